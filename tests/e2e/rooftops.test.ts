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

/**
 * Holds the run (the API's test hook) and steps it tick by tick, inside the page, until
 * `move` is one of `moves` with the feet `riseM` over the ground last stood on: the moment
 * to look at. Returns the state it stopped on (the frame then draws that moment).
 */
async function holdAt(page: Page, moves: string[], riseM: number) {
  return page.evaluate(
    ([ms, rise]) => {
      const h = window.headcam;
      h.hold?.(0);
      let ground = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 9000; i++) {
        const st = h.state();
        const y = st.player.position[1];
        if (st.player.grounded && st.player.move === "none") ground = y;
        if (((ms as string[]).includes(st.player.move) && y - ground >= (rise as number)) || st.finished) return st;
        h.hold?.(1);
      }
      return h.state();
    },
    [moves, riseM] as const,
  );
}

describe("the rooftops in the browser", () => {
  it("with autopilot=1&speed=8 the chase reaches the end card, within the draw-call and triangle budgets", async () => {
    const { page, errors } = await open(browser, "?piece=rooftops&autopilot=1&speed=8", undefined, { defaults: true });
    const samples: { tick: number; drawCalls: number; triangles: number }[] = [];
    for (const tick of [60, 900, 1700, 2400]) {
      await page.waitForFunction((t) => window.headcam.state().tick >= t, tick, { timeout: 200_000 });
      await waitFrames(page, 1);
      const s = await page.evaluate(() => window.headcam.stats());
      samples.push({ tick, drawCalls: s.drawCalls, triangles: s.triangles });
      await shot(page, `rooftops-budget-${tick}`);
    }
    console.log(JSON.stringify(samples));
    for (const r of samples) {
      expect(r.drawCalls, `@${r.tick}`).toBeGreaterThan(10);
      expect(r.drawCalls, `@${r.tick}`).toBeLessThanOrEqual(MAX_DRAW_CALLS);
      expect(r.triangles, `@${r.tick}`).toBeLessThanOrEqual(MAX_TRIANGLES);
    }
    await page.waitForSelector('[data-screen="end"]', { timeout: 200_000 });
    const st = await page.evaluate(() => window.headcam.state());
    expect(st.finished).toBe(true);
    expect(st.piece).toBe("rooftops");
    await shot(page, "rooftops-endcard");
    expect(errors).toEqual([]);
  }, 420_000);

  it("shows a vault, a mantle with the hands on the ledge, a ladder and a gap jump in mid-air", async () => {
    const { page, errors } = await open(browser, "?piece=rooftops&autopilot=1");
    await page.waitForFunction(() => window.headcam.state().tick > 0, undefined, { timeout: 60_000 });
    const held: Record<string, { move: string; y: number; tick: number }> = {};
    for (const [name, moves, rise] of [
      ["vault", ["vault"], 0.6],
      ["leap", ["leap"], 0.3],
      ["mantle", ["mantle"], 0.7],
      ["ladder", ["ladder"], 1.2],
    ] as const) {
      const st = await holdAt(page, [...moves], rise);
      held[name] = { move: st.player.move, y: st.player.position[1], tick: st.tick };
      expect(st.paused).toBe(true);
      // Held, the game still draws every animation frame (frame stats count only running ones).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await shot(page, `rooftops-${name}`);
    }
    await page.evaluate(() => window.headcam.release?.());
    await waitFrames(page, 2);
    expect((await page.evaluate(() => window.headcam.state())).paused).toBe(false);
    console.log(JSON.stringify(held));
    expect(held.vault.move).toBe("vault");
    expect(held.leap.move).toBe("leap");
    expect(held.mantle.move).toBe("mantle");
    expect(held.ladder.move).toBe("ladder");
    expect(errors).toEqual([]);
  }, 300_000);
});
