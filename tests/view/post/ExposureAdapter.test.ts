import { describe, expect, it } from "vitest";
import { EXPOSURE_TUNING, ExposureAdapter } from "../../../src/view/post/ExposureAdapter";

/** The picture's brightness the viewer sees: scene luminance times the exposure. */
const shown = (lum: number, a: ExposureAdapter) => lum * a.multiplier;

function settleTime(a: ExposureAdapter, lum: number, fps: number, within = 0.05): number {
  const target = a.targetEv(lum);
  for (let f = 1; f <= fps * 10; f++) {
    a.update(lum, 1 / fps);
    if (Math.abs(a.ev - target) <= within * Math.max(1, Math.abs(target))) return f / fps;
  }
  return Number.POSITIVE_INFINITY;
}

describe("auto exposure", () => {
  const dark = EXPOSURE_TUNING.keyLuminance / 40; // a stairwell
  const bright = EXPOSURE_TUNING.keyLuminance * 6; // the street under a hard sky

  it("stepping from a dark stairwell into the street blows out, then settles within 1.5 s at 60, 20 and 5 fps", () => {
    for (const fps of [60, 20, 5]) {
      const a = new ExposureAdapter();
      for (let i = 0; i < 5 * fps; i++) a.update(dark, 1 / fps);
      // The first frame outside is drawn before the meter has seen it: the dark-adapted
      // exposure makes the street far too bright.
      const firstFrame = shown(bright, a);
      const t = settleTime(a, bright, fps);
      expect(t, `${fps} fps`).toBeLessThanOrEqual(1.5);
      expect(t, `${fps} fps`).toBeGreaterThan(0.3);
      expect(firstFrame).toBeGreaterThan(4 * shown(bright, a));
    }
  });

  it("keeps a bright place brighter than a dark one (it takes back most of the difference, not all)", () => {
    const a = new ExposureAdapter();
    const b = new ExposureAdapter();
    for (let i = 0; i < 300; i++) {
      a.update(dark, 1 / 60);
      b.update(bright, 1 / 60);
    }
    expect(shown(bright, b)).toBeGreaterThan(1.5 * shown(dark, a));
    expect(shown(bright, b) / shown(dark, a)).toBeLessThan(bright / dark / 10);
    // Within its limits: a night stays darker than a day however long the camera looks.
    const night = new ExposureAdapter();
    for (let i = 0; i < 300; i++) night.update(1e-6, 1 / 60);
    expect(night.ev).toBeCloseTo(EXPOSURE_TUNING.maxBrightenEv, 6);
    const sun = new ExposureAdapter();
    for (let i = 0; i < 300; i++) sun.update(1e6, 1 / 60);
    expect(sun.ev).toBeCloseTo(-EXPOSURE_TUNING.maxDarkenEv, 6);
  });

  it("with flashes reduced, the blow-out is over within a few frames", () => {
    const a = new ExposureAdapter();
    for (let i = 0; i < 300; i++) a.update(dark, 1 / 60, true);
    const target = a.targetEv(bright);
    let frames = 0;
    do {
      a.update(bright, 1 / 60, true);
      frames++;
    } while (Math.abs(a.ev - target) > 0.5 && frames < 600);
    expect(frames).toBeLessThanOrEqual(20);
  });

  it("the first metering sets the exposure outright, and a reset forgets it", () => {
    const a = new ExposureAdapter();
    a.update(bright, 1 / 60);
    expect(a.ev).toBeCloseTo(a.targetEv(bright), 9);
    a.reset();
    expect(a.ev).toBe(0);
    a.update(dark, 1 / 60);
    expect(a.ev).toBeCloseTo(a.targetEv(dark), 9);
  });

  it("a stalled frame does not jump: one update moves at most a quarter second's worth", () => {
    const a = new ExposureAdapter();
    a.update(dark, 1 / 60);
    const before = a.ev;
    a.update(bright, 5);
    const moved = Math.abs(a.ev - before) / Math.abs(a.targetEv(bright) - before);
    expect(moved).toBeLessThan(1 - Math.exp(-0.25 / EXPOSURE_TUNING.darkenTauS) + 1e-9);
  });
});
