import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, open, shot } from "./browser";

/** The budgets for one frame, every pass included. */
const MAX_DRAW_CALLS = 150;
const MAX_TRIANGLES = 600_000;
const STOREY_M = 3.6;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A box of the tower's plan (metres) Henry stands in, and whether a pane must just have broken. */
interface Moment {
  x: [number, number];
  y: [number, number];
  z: [number, number];
  glass?: boolean;
}

const F1: [number, number] = [STOREY_M - 0.3, STOREY_M + 0.3];
/**
 * Moments of the climb worth a look, checked in the page every frame: on the west stairs
 * (north of z −4.4, west of x −13.9, between the lobby and floor 1), on floor 1 by its glass
 * wall just as a pane shatters (the sound caption says so), and among floor 1's desks.
 */
const MOMENTS: Record<string, Moment> = {
  stairwell: { x: [-20, -13.9], y: [0.5, 3.3], z: [-12, -4.4] },
  partition: { x: [-17.7, -6], y: F1, z: [-4.4, 2], glass: true },
  openplan: { x: [-4, 10], y: F1, z: [-12, 12] },
};

/** Holds the game still (an autopilot run pauses while the tab is hidden), or lets it go on. */
async function hold(page: Page, still: boolean): Promise<void> {
  await page.evaluate((h) => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => h });
    document.dispatchEvent(new Event("visibilitychange"));
  }, still);
}

describe("the office in headless Chromium (production build)", () => {
  it("the autopilot climbs the tower: budgets hold on the stairs, at the glass and on the open-plan floor", async () => {
    const { page, errors } = await open(browser, "?piece=office&autopilot=1&speed=4", undefined, { defaults: true });
    // Sound captions on (shadows and the rest at their defaults): "[glass shatters]" marks the moment.
    await page.evaluate(() => localStorage.setItem("headcam.settings", JSON.stringify({ version: 1, soundCaptions: true })));
    await page.reload();
    await page.waitForFunction(() => window.headcam.state().mode === "play" && window.headcam.state().tick > 30, undefined, { timeout: 60_000 });
    const rows: { moment: string; tick: number; drawCalls: number; triangles: number; file: string }[] = [];
    const sample = async (moment: string) => {
      await hold(page, true);
      const s = await page.evaluate(() => ({ st: window.headcam.state(), stats: window.headcam.stats() }));
      rows.push({ moment, tick: s.st.tick, drawCalls: s.stats.drawCalls, triangles: s.stats.triangles, file: await shot(page, `office-${moment}`) });
      await hold(page, false);
    };
    await sample("lobby");
    const left = new Set(Object.keys(MOMENTS));
    while (left.size > 0) {
      const wanted = Object.fromEntries([...left].map((m) => [m, MOMENTS[m]]));
      const hit = await page.waitForFunction(
        (ms) => {
          const st = window.headcam.state();
          if (st.finished) return "finished";
          const p = st.player.position;
          const inside = (r: [number, number], v: number) => v >= r[0] && v <= r[1];
          const shatter = [...document.querySelectorAll(".sound-caption")].some((c) => !(c as HTMLElement).hidden && c.textContent?.includes("glass shatters"));
          return Object.keys(ms).find((m) => inside(ms[m].x, p[0]) && inside(ms[m].y, p[1]) && inside(ms[m].z, p[2]) && (!ms[m].glass || shatter)) ?? null;
        },
        wanted,
        { timeout: 800_000, polling: "raf" },
      );
      const m = (await hit.jsonValue()) as string;
      if (m === "finished") break;
      left.delete(m);
      await sample(m);
    }
    console.log(JSON.stringify(rows));
    expect([...left]).toEqual([]);
    for (const r of rows) {
      expect(r.drawCalls, r.moment).toBeGreaterThan(10);
      expect(r.drawCalls, r.moment).toBeLessThanOrEqual(MAX_DRAW_CALLS);
      expect(r.triangles, r.moment).toBeLessThanOrEqual(MAX_TRIANGLES);
    }
    expect(errors).toEqual([]);
  }, 900_000);

  it("?piece=office reaches click to start, and the title lists the office as available", async () => {
    const { page, errors } = await open(browser, "?piece=office");
    await page.waitForSelector('[data-screen="start"]');
    const pieces = await page.evaluate(() => window.headcam.pieces());
    expect(pieces.find((p) => p.id === "office")?.available).toBe(true);
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().piece === "office" && window.headcam.state().mode === "play", undefined, { timeout: 60_000 });
    expect(errors).toEqual([]);
  }, 120_000);
});
