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

describe("cinema: the game plays itself as a film", () => {
  it("mode=cinema starts without a click, hides the HUD, keeps subtitles, names the piece, and hands the camera on where the script says", async () => {
    // Fast-forward (not so fast that the piece, and cinema with it, ends before the overlay is checked):
    // the awakening hands the rig from the operator to the stuntman half a minute in.
    const { page, errors } = await open(browser, "?mode=cinema&piece=awakening&speed=5");
    await page.waitForFunction(() => window.headcam.state().mode === "cinema" && window.headcam.state().tick > 0, undefined, { timeout: 120_000 });
    expect(await page.locator("[data-cinema=card]").textContent()).toContain("Awakening");
    const hudShown = await page.evaluate(() => [...document.querySelectorAll("[data-hud], .objective")].some((e) => getComputedStyle(e).display !== "none"));
    expect(hudShown).toBe(false);
    const now = page.locator("[data-cinema=now]");
    await page.waitForFunction(() => document.querySelector("[data-cinema=now]")?.textContent?.includes("camera: "), undefined, { timeout: 30_000 });
    expect(await now.textContent()).toContain("camera: Operator");
    // The overlay hides by itself and comes back when the mouse moves.
    await page.waitForFunction(() => document.querySelector("[data-cinema=bar]")?.classList.contains("hidden"), undefined, { timeout: 30_000 });
    await page.mouse.move(320, 100);
    await page.mouse.move(330, 120);
    await page.waitForFunction(() => !document.querySelector("[data-cinema=bar]")?.classList.contains("hidden"), undefined, { timeout: 10_000 });
    await shot(page, "cinema-awakening-overlay");
    await page.waitForFunction(() => window.headcam.state().subtitle !== null, undefined, { timeout: 120_000 });
    const subtitleShown = await page.evaluate(() => {
      const s = document.querySelector(".subtitle") as HTMLElement | null;
      return s !== null && !s.hidden && getComputedStyle(s).display !== "none" && (s.textContent ?? "").length > 3;
    });
    expect(subtitleShown).toBe(true);
    await page.waitForFunction(() => window.headcam.state().tick > 1900, undefined, { timeout: 240_000 });
    await page.waitForFunction(() => document.querySelector("[data-cinema=now]")?.textContent?.includes("camera: Stuntman"), undefined, { timeout: 30_000 });
    await shot(page, "cinema-awakening-stuntman");
    expect(errors).toEqual([]);
  }, 480_000);

  it("the title offers Cinema and the Rig Lab, and the Lab links back to the title", async () => {
    const { page, errors } = await open(browser, "");
    await page.waitForSelector("[data-screen=title]");
    for (const action of ["cinema", "lab", "replay", "settings", "credits"]) expect(await page.locator(`[data-screen=title] [data-action=${action}]`).count(), action).toBe(1);
    await shot(page, "title-with-cinema-and-lab");
    await page.click("[data-action=lab]");
    await page.waitForFunction(() => window.headcam?.state().mode === "lab" && typeof (window.headcam as { lab?: unknown }).lab === "object", undefined, { timeout: 60_000 });
    expect(page.url()).toContain("mode=lab");
    await page.click("[data-action=title]");
    await page.waitForSelector("[data-screen=title]", { timeout: 60_000 });
    await page.click("[data-screen=title] [data-action=cinema]");
    await page.waitForFunction(() => window.headcam.state().mode === "cinema", undefined, { timeout: 120_000 });
    expect(await page.evaluate(() => window.headcam.state().piece)).toBe("awakening");
    expect(errors).toEqual([]);
  }, 300_000);

  it("after a minute idle on the title cinema starts as an attract loop, and any key returns to the title", async () => {
    const { page, errors } = await open(browser, "");
    await page.waitForSelector("[data-screen=title]");
    const t0 = Date.now();
    await page.waitForFunction(() => window.headcam.state().mode === "cinema", undefined, { timeout: 150_000, polling: 1000 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(59_000);
    expect(await page.locator("[data-cinema=card]").textContent()).toContain("Press any key");
    await page.waitForFunction(() => window.headcam.state().tick > 0, undefined, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    await page.keyboard.press("KeyW");
    await page.waitForFunction(() => window.headcam.state().mode === "title", undefined, { timeout: 30_000 });
    expect(await page.locator("[data-screen=title]").count()).toBe(1);
    expect(errors).toEqual([]);
  }, 300_000);
});
