import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, open, shot, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether the element `selector` names is what a click at its centre reaches (nothing drawn over it). */
async function topmostAtCentre(page: Page, selector: string): Promise<boolean> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  return page.evaluate((sel) => {
    const target = document.querySelector(sel);
    if (!target) return false;
    const r = target.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === target || target.contains(hit));
  }, selector);
}

/** The HUD's parts a player could see right now (visible and not hidden under a menu). */
async function visibleHud(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("[data-hud], .subtitle, .objective, .replay-badge")]
      .filter((e) => !e.hidden && getComputedStyle(e).display !== "none" && getComputedStyle(e).visibility === "visible")
      .map((e) => e.className || e.dataset.hud || e.tagName),
  );
}

/** Opens the game page with `settings` stored as the player's settings (a reload applies them). */
async function openWithSettings(path: string, settings: unknown): Promise<{ page: Page; errors: string[] }> {
  const opened = await open(browser, path);
  await opened.page.evaluate((s) => localStorage.setItem("headcam.settings", typeof s === "string" ? s : JSON.stringify(s)), settings as string);
  await opened.page.reload();
  return opened;
}

describe("menus over a run, the title after a demo, records, replays and toasts", () => {
  it("after an autopilot demo's end card, a piece picked on the title is the player's: still with no input, at speed 1, and the URL claims no demo", async () => {
    const { page, errors } = await open(browser, "?piece=awakening&autopilot=1&speed=8");
    await page.waitForSelector('[data-screen="end"]', { timeout: 110_000 });
    // The end card is a menu: its buttons are on top and the HUD hides under it.
    expect(await topmostAtCentre(page, '[data-screen="end"] [data-action="title"]')).toBe(true);
    expect(await visibleHud(page)).toEqual([]);
    await shot(page, "menus-demo-endcard");
    await page.click('[data-action="title"]');
    await page.waitForSelector('[data-screen="title"]');
    await page.click('[data-piece="street"]');
    await page.waitForFunction(() => window.headcam.state().mode === "play" && window.headcam.state().piece === "street" && window.headcam.state().tick > 0, undefined, { timeout: 60_000 });
    const url = new URL(page.url());
    expect(url.searchParams.get("autopilot")).toBeNull();
    expect(url.searchParams.get("speed")).toBeNull();
    expect(url.searchParams.get("piece")).toBe("street");
    const before = await page.evaluate(() => window.headcam.state());
    // Two seconds of game time (120 ticks) with no key pressed: the player stands still.
    await page.waitForFunction((t) => window.headcam.state().tick >= t + 120, before.tick, { timeout: 60_000 });
    const after = await page.evaluate(() => window.headcam.state());
    const moved = Math.hypot(after.player.position[0] - before.player.position[0], after.player.position[2] - before.player.position[2]);
    expect(moved).toBeLessThan(0.5);
    // At speed 8 the 120 ticks would have come in about an eighth of the frames: count frames per tick instead of time.
    const frames0 = await page.evaluate(() => ({ f: window.headcam.stats().frames, t: window.headcam.state().tick }));
    await waitFrames(page, 20);
    const frames1 = await page.evaluate(() => ({ f: window.headcam.stats().frames, t: window.headcam.state().tick }));
    // One frame owes at most the clamped frame time (a quarter second, 15 ticks) at speed 1.
    expect((frames1.t - frames0.t) / (frames1.f - frames0.f)).toBeLessThanOrEqual(15);
    await shot(page, "menus-street-after-demo");
    expect(errors).toEqual([]);
  }, 240_000);

  it("the pause menu and the settings opened from it sit over the HUD and a subtitle: their buttons are topmost and the HUD hides", async () => {
    const { page, errors } = await open(browser, "?piece=street");
    await page.waitForSelector('[data-screen="start"]');
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().subtitle !== null, undefined, { timeout: 60_000 });
    expect((await visibleHud(page)).length).toBeGreaterThan(0);
    // Esc with the mouse captured: the browser lets the mouse go, which pauses a player's run.
    await page.evaluate(() => (document.pointerLockElement ? document.exitPointerLock() : undefined));
    if (!(await page.evaluate(() => window.headcam.state().paused))) await page.keyboard.press("Escape");
    await page.waitForSelector('[data-screen="pause"]');
    for (const action of ["resume", "restart", "settings", "save-take", "render", "quit"]) {
      expect(await topmostAtCentre(page, `[data-screen="pause"] [data-action="${action}"]`)).toBe(true);
    }
    expect(await visibleHud(page)).toEqual([]);
    await shot(page, "menus-pause-over-subtitle");
    await page.click('[data-screen="pause"] [data-action="settings"]');
    await page.waitForSelector('[data-screen="settings"] [data-action="back"]');
    expect(await topmostAtCentre(page, '[data-screen="settings"] [data-action="back"]')).toBe(true);
    expect(await topmostAtCentre(page, '[data-screen="settings"] [data-action="defaults"]')).toBe(true);
    expect(await visibleHud(page)).toEqual([]);
    await shot(page, "menus-settings-from-pause");
    await page.click('[data-screen="settings"] [data-action="back"]');
    await page.click('[data-screen="pause"] [data-action="resume"]');
    await page.waitForFunction(() => !window.headcam.state().paused);
    // Back in play the HUD shows again.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("[data-hud]")!).visibility)).toBe("visible");
    expect(errors).toEqual([]);
  });

  it("Defaults keeps the best times; clearing them is its own button that asks first", async () => {
    const { page, errors } = await openWithSettings("./", { version: 2, shadows: "off", fovDeg: 100, bestTimesS: { street: 83.4, awakening: 41.25 } });
    await page.waitForSelector('[data-screen="title"]');
    expect(await page.locator('[data-best="street"]').textContent()).toBe("best 1:23.4");
    await shot(page, "menus-title-best-times");
    await page.click('[data-action="settings"]');
    await page.click('[data-action="defaults"]');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("headcam.settings") ?? "{}"));
    expect(stored.fovDeg).toBe(90);
    expect(stored.bestTimesS).toEqual({ street: 83.4, awakening: 41.25 });
    expect(await page.locator('.records [data-best="street"]').textContent()).toBe("1:23.4");
    await page.locator('[data-action="clear-records"]').scrollIntoViewIfNeeded();
    await page.click('[data-action="clear-records"]');
    await shot(page, "menus-records-confirm");
    // Asking is not doing: "Keep them" leaves both.
    await page.click('[data-action="clear-records-cancel"]');
    expect(await page.locator(".records [data-best]").count()).toBe(2);
    await page.click('[data-action="back"]');
    await page.waitForSelector('[data-screen="title"]');
    expect(await page.locator('[data-best="awakening"]').textContent()).toBe("best 0:41.3");
    await page.click('[data-action="settings"]');
    await page.click('[data-action="clear-records"]');
    await page.click('[data-action="clear-records-confirm"]');
    expect(await page.locator(".records [data-best]").count()).toBe(0);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("headcam.settings") ?? "{}").bestTimesS)).toEqual({});
    await page.click('[data-action="back"]');
    expect(await page.locator("[data-best]").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("a replay says it is one while it plays, and a take that stops early ends on a card: watch again, render it, title", async () => {
    const { page, errors } = await open(browser, "?piece=street&autopilot=1&speed=4");
    await page.waitForFunction(() => window.headcam?.state().tick > 240, undefined, { timeout: 60_000 });
    const text = await page.evaluate(() => {
      const t = window.headcam.take()!.take;
      return JSON.stringify(t);
    });
    await page.evaluate((t) => window.headcam.replay(t), text);
    await page.waitForSelector('[data-replay="badge"]', { state: "visible" });
    expect(await page.locator('[data-replay="badge"]').textContent()).toContain("Replay of a take");
    await shot(page, "menus-replay-badge");
    await page.waitForSelector('[data-screen="replay-end"]', { timeout: 60_000 });
    expect(await page.locator(".panel.replay-end").textContent()).toContain("Replay ended");
    expect(await visibleHud(page)).toEqual([]);
    for (const action of ["replay-again", "render", "title"]) expect(await topmostAtCentre(page, `[data-screen="replay-end"] [data-action="${action}"]`)).toBe(true);
    await shot(page, "menus-replay-ended");
    // Render video opens on the replayed take, and closing it returns to the card.
    await page.click('[data-screen="replay-end"] [data-action="render"]');
    await page.waitForSelector('[data-screen="render"]');
    expect(await page.locator(".panel.render").textContent()).toContain("this run so far");
    await page.click('[data-action="render-close"]');
    await page.waitForSelector('[data-screen="replay-end"]');
    // Watch again: from the start, with the note, to the same card.
    await page.click('[data-action="replay-again"]');
    await page.waitForFunction(() => window.headcam.state().tick > 0 && window.headcam.state().tick < 200 && !window.headcam.state().finished, undefined, { timeout: 60_000 });
    expect(await page.locator('[data-replay="badge"]').isVisible()).toBe(true);
    await page.waitForSelector('[data-screen="replay-end"]', { timeout: 60_000 });
    await page.click('[data-screen="replay-end"] [data-action="title"]');
    await page.waitForSelector('[data-screen="title"]');
    expect(await page.locator('[data-replay="badge"]').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

  it("an error toast is opaque: readable over the title's lettering", async () => {
    const { page } = await openWithSettings("./", "{ not json");
    await page.waitForSelector('[data-screen="title"]');
    await page.waitForSelector(".toast");
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector(".toast")!).backgroundColor);
    // rgb(r, g, b) has an alpha of 1; rgba(..., a) must say 1 too.
    const alpha = /rgba?\(([^)]+)\)/.exec(bg)?.[1].split(",").map(Number)[3] ?? 1;
    expect(alpha).toBe(1);
    await shot(page, "menus-toast");
  });
});
