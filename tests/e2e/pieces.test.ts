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
  for (const id of ["awakening", "street", "office", "rooftops", "army"] as const) {
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
      await page.waitForSelector('[data-screen="end"]', { timeout: id === "office" || id === "army" ? 400_000 : 110_000 });
      const st = await page.evaluate(() => window.headcam.state());
      expect(st.finished).toBe(true);
      expect(st.piece).toBe(id);
      const card = (await page.locator(".panel.endcard").textContent()) ?? "";
      expect(card).toContain("Cameras destroyed");
      expect(card).toMatch(/Shots fired\d+/);
      if (id === "office") expect(Number((await page.locator('[data-figure="glass"]').textContent()) ?? "0")).toBeGreaterThan(0);
      await shot(page, `piece-${id}-endcard`);
      // "Next" leads on to the next playable piece, in story order; the last has none.
      const pieces = await page.evaluate(() => window.headcam.pieces().filter((p) => p.available).map((p) => p.id));
      const next = pieces[pieces.indexOf(id) + 1];
      if (next) {
        await page.click('[data-action="next"]');
        await page.waitForFunction((n) => window.headcam.state().piece === n && !window.headcam.state().finished, next, { timeout: 60_000 });
      } else expect(await page.locator('[data-action="next"]').count()).toBe(0);
      expect(errors).toEqual([]);
    }, 420_000);
  }
});
