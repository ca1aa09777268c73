import { describe, expect, it } from "vitest";
import { footageName, frameCount, frameTick, validateFootage } from "../../src/session/footage";

describe("a video's size, rate and range", () => {
  it("defaults to 1280x720 at 30 fps over the whole take", () => {
    expect(validateFootage({})).toEqual({ ok: true, spec: { widthPx: 1280, heightPx: 720, fps: 30, fromS: 0, seconds: null } });
  });

  it("names every wrong field: odd or oversize pixels, a frame rate other than 30 or 60, a negative start, a zero length", () => {
    const r = validateFootage({ width: 641, height: 2160, fps: 0, fromS: -1, seconds: 0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      "width must be an even whole number of pixels from 16 to 1920, got 641",
      "height must be an even whole number of pixels from 16 to 1080, got 2160",
      "fps must be 30 or 60 (frames per second), got 0",
      "from must be a time in seconds from 0 to 1200, got -1",
      "seconds must be a length in seconds above 0 and up to 1200, got 0",
    ]);
  });

  it("frame n shows a whole tick: two ticks a frame at 30 fps, one at 60, from the start rounded to a tick", () => {
    const spec = { fps: 30, fromS: 1.5 };
    expect([0, 1, 2, 89].map((n) => frameTick(spec, n))).toEqual([90, 92, 94, 268]);
    expect([0, 1, 59].map((n) => frameTick({ fps: 60, fromS: 0 }, n))).toEqual([0, 1, 59]);
  });

  it("3 s at 30 fps is 90 frames when the take is long enough, and no more frames than the take has ticks for", () => {
    const spec = { widthPx: 640, heightPx: 360, fps: 30, fromS: 0, seconds: 3 };
    expect(frameCount(spec, 180)).toBe(90);
    expect(frameCount(spec, 100)).toBe(51);
    expect(frameCount({ ...spec, seconds: null }, 180)).toBe(91);
    expect(frameCount({ ...spec, fromS: 4 }, 180)).toBe(0);
  });

  it("file names carry piece, rig and seed, safe on any disk", () => {
    expect(footageName("street", "stuntman", 1)).toBe("headcam-street-stuntman-seed1.webm");
    expect(footageName("lab-take", "My Preset/2-vs-Stuntman", 7)).toBe("headcam-lab-take-my-preset-2-vs-stuntman-seed7.webm");
  });
});
