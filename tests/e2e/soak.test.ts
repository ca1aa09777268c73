import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countDrift, runSoak } from "../../src/cli/soak/soakRun";
import { playablePieces } from "../../src/sim/world/levels/index";
import { launch, open } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A short `npm run soak`: every playable piece loaded twice in turn under autopilot, each
 * played 20 game seconds. A level loaded again must hold exactly the textures and event
 * listeners it held the first time (what leaks shows up as one more each load).
 * Heap is left to `npm run soak`, which plays long enough for it to mean something.
 */
describe("soak", () => {
  it("each load of a level holds the same textures and listeners as its first", async () => {
    const { page, errors } = await open(browser, "");
    await page.waitForFunction(() => window.headcam !== undefined);
    const pieces = playablePieces().length;
    const r = await runSoak(page, { gameS: 3600, maxLoads: 2 * pieces, pieceCapS: 20, speed: 8 });
    expect(r.samples.length).toBe(2 * pieces);
    for (const s of r.samples) {
      expect(s.geometries).toBeGreaterThan(10);
      expect(s.textures).toBeGreaterThan(3);
      expect(s.listeners).toBeGreaterThan(0);
    }
    // Geometries are left to npm run soak: the rooftops' count is one higher at some loads
    // (54 or 55), depending on how many ticks the first frames at speed 8 ran before the
    // sample; textures and listeners do not depend on it.
    expect(countDrift([...r.samples, r.end], ["textures", "listeners"])).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
});
