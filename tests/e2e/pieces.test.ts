import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, open, shot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("set pieces in the browser", () => {
  for (const id of ["awakening", "street"] as const) {
    it(`${id}: after the click a subtitle names its speaker, then an objective appears`, async () => {
      const { page, errors } = await open(browser, `?piece=${id}`);
      await page.waitForSelector('[data-screen="start"]');
      await page.mouse.click(320, 180);
      await page.waitForFunction(() => window.headcam.state().subtitle !== null, undefined, { timeout: 60_000 });
      const st = await page.evaluate(() => window.headcam.state());
      expect(st.subtitle?.speaker).toMatch(/^(Estelle|Jimmy|Akan)$/);
      expect((await page.locator(".subtitle .speaker").textContent()) ?? "").toContain(st.subtitle?.speaker ?? "?");
      await shot(page, `piece-${id}-subtitle`);
      await page.waitForFunction(() => window.headcam.state().objective !== null, undefined, { timeout: 90_000 });
      expect(await page.locator(".objective").isVisible()).toBe(true);
      await shot(page, `piece-${id}-objective`);
      expect(errors).toEqual([]);
    });

    it(`${id}: with autopilot=1&speed=8 the page reaches the end card`, async () => {
      const { page, errors } = await open(browser, `?piece=${id}&autopilot=1&speed=8`);
      await page.waitForSelector('[data-screen="end"]', { timeout: 110_000 });
      const st = await page.evaluate(() => window.headcam.state());
      expect(st.finished).toBe(true);
      expect(st.piece).toBe(id);
      const card = (await page.locator(".panel.endcard").textContent()) ?? "";
      expect(card).toContain("Cameras destroyed");
      expect(card).toMatch(/Shots fired\d+/);
      await shot(page, `piece-${id}-endcard`);
      // "Next" leads on to the next playable piece, in story order.
      const pieces = await page.evaluate(() => window.headcam.pieces().filter((p) => p.available).map((p) => p.id));
      const next = pieces[pieces.indexOf(id) + 1];
      expect(next).toBeDefined();
      await page.click('[data-action="next"]');
      await page.waitForFunction((n) => window.headcam.state().piece === n && !window.headcam.state().finished, next, { timeout: 60_000 });
      expect(errors).toEqual([]);
    }, 120_000);
  }
});
