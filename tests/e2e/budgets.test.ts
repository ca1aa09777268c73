import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, MAX_DRAW_CALLS, MAX_TRIANGLES, open, shot, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function stats(page: Page) {
  return page.evaluate(() => window.headcam.stats());
}

/** Loads a level under autopilot and samples the stats at the given ticks. */
async function sample(page: Page, id: string, timeOfDay: string, ticks: number[]) {
  await page.evaluate(([i, t]) => window.headcam.loadLevel?.(i, { timeOfDay: t as "dawn", autopilot: true }), [id, timeOfDay]);
  const out: { tick: number; drawCalls: number; triangles: number }[] = [];
  for (const tick of ticks) {
    await page.waitForFunction((t) => window.headcam.state().tick >= t, tick, { timeout: 120_000 });
    await waitFrames(page, 2);
    const s = await stats(page);
    out.push({ tick, drawCalls: s.drawCalls, triangles: s.triangles });
    await shot(page, `budget-${id}-${timeOfDay}-${tick}`);
  }
  return out;
}

describe("draw-call and triangle budgets; nothing leaks across reloads", () => {
  it("the street (morning and night, under autopilot) and the lab (its walk) stay within 150 draw calls and 600,000 triangles", async () => {
    const { page, errors } = await open(browser, "?speed=4", undefined, { defaults: true });
    await page.waitForFunction(() => typeof window.headcam?.loadLevel === "function");
    const rows = [
      ...(await sample(page, "street", "morning", [30, 400, 800])).map((r) => ({ level: "street/morning", ...r })),
      ...(await sample(page, "street", "night", [30, 400])).map((r) => ({ level: "street/night", ...r })),
      ...(await sample(page, "airlab", "dawn", [30, 200, 400])).map((r) => ({ level: "airlab/dawn", ...r })),
    ];
    console.log(JSON.stringify(rows));
    for (const r of rows) {
      expect(r.drawCalls, `${r.level}@${r.tick}`).toBeGreaterThan(10);
      expect(r.drawCalls, `${r.level}@${r.tick}`).toBeLessThanOrEqual(MAX_DRAW_CALLS);
      expect(r.triangles, `${r.level}@${r.tick}`).toBeLessThanOrEqual(MAX_TRIANGLES);
    }
    expect(errors).toEqual([]);
  });

  it("ten unload/load cycles leave geometries and textures where they started", async () => {
    const { page, errors } = await open(browser, "", undefined, { defaults: true });
    await page.waitForFunction(() => typeof window.headcam?.loadLevel === "function");
    const cycle = async (id: string) => {
      await page.evaluate((i) => window.headcam.loadLevel?.(i, { autopilot: true }), id);
      await page.waitForFunction(() => window.headcam.state().mode === "play" && window.headcam.state().tick > 2, undefined, { timeout: 60_000 });
      await page.evaluate(() => window.headcam.quit?.());
    };
    // The first load makes the shared textures (made once, kept for every later level).
    await cycle("street");
    await cycle("airlab");
    const before = await stats(page);
    for (let i = 0; i < 10; i++) await cycle(i % 2 ? "airlab" : "street");
    const after = await stats(page);
    console.log(JSON.stringify({ before: { g: before.geometries, t: before.textures }, after: { g: after.geometries, t: after.textures } }));
    expect(after.geometries).toBe(before.geometries);
    expect(after.textures).toBe(before.textures);
    expect(errors).toEqual([]);
  }, 540_000);
});
