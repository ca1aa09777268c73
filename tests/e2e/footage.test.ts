import type { Browser, Page } from "playwright-core";
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from "mediabunny";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GameSession } from "../../src/session/GameSession";
import { autopilotTake, TakePlayer } from "../../src/session/TakeSources";
import { createSim } from "../../src/sim/createSim";
import { serializeTake, type Take } from "../../src/sim/input/Take";
import { levelForPiece } from "../../src/sim/world/levels/index";
import { launch, open, shot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FPS = 30;
const SECONDS = 3;
/** Audio level hop for onsets, seconds. */
const HOP_S = 0.005;

/** Game times (s) where Henry fires in a take: the ticks of his shot events. */
function shotTimes(take: Take): number[] {
  const sim = createSim({ level: levelForPiece(take.piece, take.seed)!, seed: take.seed, piece: take.piece, difficulty: take.difficulty ?? "normal" });
  const s = new GameSession({ piece: take.piece, sim, source: new TakePlayer(take), autopilot: true });
  const out: number[] = [];
  s.observe({ onEvent: (e, sim) => void (e.kind === "shot" && e.shooter === 0 && out.push(sim.tick / 60)) });
  while (sim.tick < take.ticks) s.step();
  s.dispose();
  return out;
}

/**
 * Renders the take in the page; returns the file (base64) and the soundtrack decoded by the
 * browser, high-passed at 6 kHz (twice) and measured in dB per 5 ms: gunshots are sudden
 * bright transients there; the music stays below, and a voice's sibilants rise slowly.
 */
async function renderTake(page: Page, text: string): Promise<{ file: Buffer; levelsDb: number[] }> {
  const r = await page.evaluate(
    async ([t, fps, seconds, hop]) => {
      const blob = await (window.headcam.render as NonNullable<typeof window.headcam.render>)({ take: t, width: 640, height: 360, fps, seconds });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = "";
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const decoded = await new OfflineAudioContext(1, 48000, 48000).decodeAudioData(bytes.buffer.slice(0));
      const ctx = new OfflineAudioContext(1, decoded.length, decoded.sampleRate);
      const src = ctx.createBufferSource();
      src.buffer = decoded;
      const f1 = ctx.createBiquadFilter();
      const f2 = ctx.createBiquadFilter();
      f1.type = f2.type = "highpass";
      f1.frequency.value = f2.frequency.value = 6000;
      src.connect(f1).connect(f2).connect(ctx.destination);
      src.start();
      const x = (await ctx.startRendering()).getChannelData(0);
      const n = Math.round(hop * decoded.sampleRate);
      const levels: number[] = [];
      for (let i = 0; i + n <= x.length; i += n) {
        let e = 0;
        for (let k = i; k < i + n; k++) e += x[k] * x[k];
        levels.push(10 * Math.log10(e / n + 1e-12));
      }
      return { b64: btoa(s), levels };
    },
    [text, FPS, SECONDS, HOP_S] as const,
  );
  return { file: Buffer.from(r.b64, "base64"), levelsDb: r.levels };
}

/** What the file holds, read back with mediabunny in node. */
async function readBack(file: Buffer) {
  const input = new Input({ source: new BufferSource(file), formats: ALL_FORMATS });
  const video = await input.getPrimaryVideoTrack();
  const audio = await input.getPrimaryAudioTrack();
  if (!video || !audio) throw new Error("a track is missing");
  const packets: { key: boolean; data: string; ts: number }[] = [];
  for await (const p of new EncodedPacketSink(video).packets()) packets.push({ key: p.type === "key", data: Buffer.from(p.data).toString("base64"), ts: p.timestamp });
  const config = await video.getDecoderConfig();
  return {
    videoCodec: await video.getCodec(),
    audioCodec: await audio.getCodec(),
    frames: (await video.computePacketStats()).packetCount,
    width: await video.getDisplayWidth(),
    height: await video.getDisplayHeight(),
    videoS: await video.computeDuration(),
    audioS: await audio.computeDuration(),
    sampleRate: await audio.getSampleRate(),
    packets,
    codecString: config?.codec ?? "",
  };
}

/** Decodes the packets in the page (WebCodecs) and returns each frame as 32x18 grey levels. */
async function thumbnails(page: Page, codec: string, w: number, h: number, packets: { key: boolean; data: string; ts: number }[]): Promise<number[][]> {
  return page.evaluate(
    async ([c, width, height, list]) => {
      const out: number[][] = [];
      const canvas = new OffscreenCanvas(32, 18);
      const g = canvas.getContext("2d", { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
      const dec = new VideoDecoder({
        output: (f) => {
          g.drawImage(f, 0, 0, 32, 18);
          f.close();
          const d = g.getImageData(0, 0, 32, 18).data;
          const grey: number[] = [];
          for (let i = 0; i < d.length; i += 4) grey.push((d[i] + d[i + 1] + d[i + 2]) / 3);
          out.push(grey);
        },
        error: (e) => {
          throw e;
        },
      });
      dec.configure({ codec: c, codedWidth: width, codedHeight: height });
      for (const p of list) dec.decode(new EncodedVideoChunk({ type: p.key ? "key" : "delta", timestamp: Math.round(p.ts * 1e6), data: Uint8Array.from(atob(p.data), (ch) => ch.charCodeAt(0)) }));
      await dec.flush();
      dec.close();
      return out;
    },
    [codec, w, h, packets] as const,
  );
}

/**
 * A gunshot's onset near `t` (within two frames): a 5 ms block of the high band within 5 dB
 * of the loudest in the clip that rose 10 dB or more over the last 10 ms; null when none.
 * A shot's attack is that sudden (16 dB and more in one block); the voices are full band
 * now, and a sibilant of a line swells as bright over some 40 ms (7 dB in 20 ms).
 */
function onsetNear(levelsDb: number[], t: number, windowS: number): number | null {
  const top = Math.max(...levelsDb);
  for (let i = 2; i < levelsDb.length; i++) {
    if (Math.abs(i * HOP_S - t) > windowS) continue;
    if (levelsDb[i] >= top - 5 && levelsDb[i] - levelsDb[i - 2] >= 10) return i * HOP_S;
  }
  return null;
}

describe("footage: a take renders to a WebM offline, frame-exact, with its sound", () => {
  it("3 s of the street at 640x360, 30 fps: 90 frames, 3.0 s of Opus, frames that differ, the gunshots where the take fires, the same twice", async () => {
    const take = autopilotTake("street", 1, "normal", SECONDS * 60);
    const shots = shotTimes(take);
    expect(shots.length).toBeGreaterThanOrEqual(3);
    const text = serializeTake(take);
    const { page, errors } = await open(browser, "");
    await page.waitForFunction(() => typeof window.headcam?.render === "function");
    const a = await renderTake(page, text);
    const b = await renderTake(page, text);
    const ra = await readBack(a.file);
    const rb = await readBack(b.file);
    console.log(JSON.stringify({ bytes: [a.file.length, b.file.length], ...ra, packets: ra.packets.length, shots }));
    expect(["vp9", "vp8"]).toContain(ra.videoCodec);
    expect(ra.audioCodec).toBe("opus");
    expect(ra.sampleRate).toBe(48000);
    expect([ra.width, ra.height]).toEqual([640, 360]);
    expect(ra.frames).toBe(SECONDS * FPS);
    expect(Math.abs(ra.audioS - SECONDS)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(ra.videoS - SECONDS)).toBeLessThanOrEqual(0.05);
    expect([rb.frames, rb.videoS, rb.audioS]).toEqual([ra.frames, ra.videoS, ra.audioS]);

    const thumbs = await thumbnails(page, ra.codecString, 640, 360, ra.packets);
    expect(thumbs.length).toBe(SECONDS * FPS);
    const diff = (p: number[], q: number[]) => p.reduce((s, v, i) => s + Math.abs(v - q[i]), 0) / p.length;
    const changes = thumbs.slice(1).map((t, i) => diff(t, thumbs[i]));
    // The camera rides the rig through a crash and a fight: nearly every frame moves.
    expect(changes.filter((d) => d > 0.3).length).toBeGreaterThanOrEqual(80);
    expect(diff(thumbs[0], thumbs[thumbs.length - 1])).toBeGreaterThan(5);

    const twoFrames = 2 / FPS;
    const heard = shots.map((t) => onsetNear(a.levelsDb, t, twoFrames));
    // A tenth of a second off (between the shots), nothing like them.
    const between = shots.map((t) => onsetNear(a.levelsDb, t + 0.1, twoFrames));
    console.log(JSON.stringify({ shots, heard, between }));
    for (const [i, t] of shots.entries()) expect(heard[i], `a gunshot heard within two frames of ${t.toFixed(3)} s`).not.toBeNull();
    expect(between).toEqual(shots.map(() => null));
    expect(shots.map((t) => onsetNear(b.levelsDb, t, twoFrames))).toEqual(heard);
    expect(errors).toEqual([]);
  }, 1_800_000);

  it("Render video on the pause menu: cancelling halfway leaves no download and no encoder open; a finished render downloads headcam-street-stuntman-seed1.webm", async () => {
    const { page, errors } = await open(browser, "?piece=street&autopilot=1");
    // Count every encoder the page makes, to see each one closed after the cancel.
    await page.evaluate(() => {
      const w = window as unknown as { __coders: { state: string }[]; VideoEncoder: typeof VideoEncoder; AudioEncoder: typeof AudioEncoder };
      w.__coders = [];
      const V = w.VideoEncoder;
      const A = w.AudioEncoder;
      w.VideoEncoder = class extends V {
        constructor(init: VideoEncoderInit) {
          super(init);
          w.__coders.push(this);
        }
      };
      w.AudioEncoder = class extends A {
        constructor(init: AudioEncoderInit) {
          super(init);
          w.__coders.push(this);
        }
      };
    });
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    await page.waitForFunction(() => window.headcam.state().tick > 90, undefined, { timeout: 120_000 });
    await page.keyboard.press("Escape");
    await page.click("[data-screen=pause] [data-action=render]");
    await page.selectOption("[data-field=size]", "640x360");
    await page.fill("[data-field=seconds]", "1");
    await page.click("[data-action=render-go]");
    await page.waitForFunction(() => /Frame (1[5-9]|2\d) of 30/.test(document.querySelector(".render-status")?.textContent ?? ""), undefined, { timeout: 600_000, polling: 200 });
    await shot(page, "render-panel-progress");
    await page.click("[data-action=render-cancel]");
    await page.waitForFunction(() => document.querySelector(".render-status")?.textContent?.startsWith("Cancelled"), undefined, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const coders = await page.evaluate(() => (window as unknown as { __coders: { state: string }[] }).__coders.map((c) => c.state));
    expect(coders.length).toBeGreaterThanOrEqual(1);
    expect(coders.every((s) => s === "closed")).toBe(true);
    expect(downloads).toEqual([]);
    // A short one to the end gives the download its name.
    await page.fill("[data-field=seconds]", "0.5");
    const done = page.waitForEvent("download", { timeout: 600_000 });
    await page.click("[data-action=render-go]");
    const d = await done;
    expect(d.suggestedFilename()).toBe("headcam-street-stuntman-seed1.webm");
    await page.waitForFunction(() => document.querySelector(".render-status")?.textContent?.startsWith("Saved headcam-street-stuntman-seed1.webm"), undefined, { timeout: 60_000 });
    expect(errors).toEqual([]);
  }, 1_200_000);

  it("a browser without WebCodecs gets a clear message, and the game goes on", async () => {
    const { page } = await open(browser, "");
    await page.waitForFunction(() => typeof window.headcam?.render === "function");
    const message = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      delete w.VideoEncoder;
      try {
        await (window.headcam.render as NonNullable<typeof window.headcam.render>)({ piece: "street", autopilot: true, seconds: 1 });
        return "rendered";
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    });
    expect(message).toContain("This browser cannot make videos: it lacks WebCodecs");
  }, 300_000);
});
