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

const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("headcam.settings") ?? "{}"));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

async function openSettings(page: Page): Promise<void> {
  await page.waitForSelector('[data-screen="title"]');
  await page.click('[data-screen="title"] [data-action="settings"]');
  await page.waitForSelector('[data-screen="settings"]');
}

describe("the settings screen", () => {
  it("works from the keyboard: four presses of → move the slider four steps, Space ticks a box, Tab goes on from there", async () => {
    const { page, errors } = await open(browser, "");
    await openSettings(page);
    await page.focus("#setting-fovDeg");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    expect((await saved(page)).fovDeg).toBe(94);
    expect(await focusedId(page)).toBe("setting-fovDeg");
    await page.focus("#setting-invertY");
    await page.keyboard.press("Space");
    expect((await saved(page)).invertY).toBe(true);
    expect(await focusedId(page)).toBe("setting-invertY");
    await page.keyboard.press("Tab");
    // The next control in the list, not the top of the page.
    expect(await focusedId(page)).toBe("setting-fovDeg");
    await shot(page, "settings-640x360");
    expect(errors).toEqual([]);
  });

  it("the title's Comfort settings link lands on the comfort section", async () => {
    const { page, errors } = await open(browser, "");
    await page.waitForSelector('[data-screen="title"]');
    await page.click('[data-action="comfort"]');
    await page.waitForSelector('[data-screen="settings"]');
    const where = await page.evaluate(() => {
      const panel = document.querySelector(".panel.settings")!.getBoundingClientRect();
      const heading = document.getElementById("comfort")!.getBoundingClientRect();
      const focused = document.activeElement;
      return { top: heading.top - panel.top, panelHeight: panel.height, inComfort: !!focused?.closest('[aria-labelledby="comfort"]') };
    });
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.top).toBeLessThan(where.panelHeight / 2);
    expect(where.inComfort).toBe(true);
    await shot(page, "settings-comfort-section");
    expect(errors).toEqual([]);
  });

  it("a rebound key works in play and survives a reload; a conflict is refused with a message", async () => {
    const { page, errors } = await open(browser, "");
    await openSettings(page);
    await page.click('[data-bind="keys.forward.0"]');
    await page.keyboard.press("KeyI");
    expect(await page.textContent('[data-bind="keys.forward.0"]')).toBe("I");
    expect((await saved(page)).bindings.keys.forward).toEqual(["KeyI", "ArrowUp"]);
    // I is taken now: binding it to jump is refused, naming who has it, and jump keeps Space.
    await page.click('[data-bind="keys.jump.0"]');
    await page.keyboard.press("KeyI");
    expect(await page.textContent('[data-screen="settings"] .error')).toContain("I is already bound to “Move forward”");
    expect((await saved(page)).bindings.keys.jump).toEqual(["Space"]);
    await shot(page, "settings-rebind-conflict");

    await page.goto(new URL("?piece=street", page.url()).toString());
    await page.waitForSelector('[data-screen="start"]');
    // The controls help shows the binding in use.
    expect(await page.textContent('[data-screen="start"] .controls')).toContain("I / ↑");
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().mode === "play" && !window.headcam.state().paused);
    await waitFrames(page, 5);
    const before = await page.evaluate(() => window.headcam.state());
    await page.keyboard.down("KeyI");
    await page.waitForFunction((t) => window.headcam.state().tick >= t + 60, before.tick, { timeout: 60_000 });
    await page.keyboard.up("KeyI");
    const after = await page.evaluate(() => window.headcam.state());
    const yaw = (before.camera.yawDeg * Math.PI) / 180;
    const forward = -Math.sin(yaw) * (after.player.position[0] - before.player.position[0]) - Math.cos(yaw) * (after.player.position[2] - before.player.position[2]);
    expect(forward).toBeGreaterThan(2.5);
    expect(errors).toEqual([]);
  });

  it("a corrupt bindings entry is kept aside and said; the other settings stay", async () => {
    const { page } = await open(browser, "about:blank");
    const base = new URL(".", (await import("vitest")).inject("baseUrl")).toString();
    await page.addInitScript(() => {
      localStorage.setItem("headcam.settings", JSON.stringify({ version: 3, shadows: "off", fovDeg: 100, bindings: { keys: { jump: ["Kye"] } } }));
    });
    await page.goto(base);
    await page.waitForSelector(".toast");
    expect(await page.textContent(".toast")).toContain("settings.bindings.keys.jump[0]");
    const state = await page.evaluate(() => {
      const aside = Object.keys(localStorage).filter((k) => k.startsWith("headcam.settings.corrupt."));
      return { aside: aside.map((k) => localStorage.getItem(k)), now: JSON.parse(localStorage.getItem("headcam.settings") ?? "{}") };
    });
    expect(state.aside[0]).toContain('"Kye"');
    expect(state.now.fovDeg).toBe(100);
    expect(state.now.bindings.keys.jump).toEqual(["Space"]);
  });
});

describe("odd window shapes", () => {
  it("a tall narrow window keeps a sensible vertical view and subtitles of 16 px or more", async () => {
    const { page, errors } = await open(browser, "?piece=street", undefined, { viewport: { width: 360, height: 740 } });
    await page.waitForSelector('[data-screen="start"]');
    await page.mouse.click(180, 370);
    await page.waitForFunction(() => window.headcam.state().mode === "play" && !window.headcam.state().paused);
    await waitFrames(page, 5);
    const cam = await page.evaluate(() => window.headcam.state().camera);
    const vDeg = (2 * Math.atan(Math.tan((cam.fovDeg * Math.PI) / 360) / (360 / 740)) * 180) / Math.PI;
    console.log(`odd window 360x740: horizontal ${cam.fovDeg.toFixed(1)}°, vertical ${vDeg.toFixed(1)}°`);
    // 90° horizontal at 4:3 is 73.7° vertical; a fixed horizontal FOV would have given 128°.
    expect(vDeg).toBeLessThan(80);
    const px = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector(".subtitle")!).fontSize));
    expect(px).toBeGreaterThanOrEqual(16);
    await shot(page, "odd-window-360x740");
    expect(errors).toEqual([]);
  });

  it("a small landscape window (640x360): the subtitle stays clear of the ammo counter, and sound captions clear of the subtitle", async () => {
    const { page, errors } = await open(browser, "?piece=street", undefined, { viewport: { width: 640, height: 360 } });
    await page.waitForSelector('[data-screen="start"]');
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().mode === "play" && window.headcam.state().subtitle !== null, undefined, { timeout: 60_000 });
    const rects = await page.evaluate(() => {
      const r = (sel: string) => {
        const b = document.querySelector(sel)!.getBoundingClientRect();
        return { left: b.left, right: b.right, top: b.top, bottom: b.bottom, height: b.height };
      };
      return { subtitle: r(".subtitle"), ammo: r(".hud-ammo"), captions: r(".sound-captions") };
    });
    // Sound captions stack upwards from above the tallest subtitle box, never under the line.
    expect(rects.captions.bottom).toBeLessThanOrEqual(rects.subtitle.top);
    console.log(`640x360: subtitle ${JSON.stringify(rects.subtitle)}, ammo ${JSON.stringify(rects.ammo)}`);
    expect(rects.subtitle.height).toBeGreaterThan(10);
    expect(rects.ammo.height).toBeGreaterThan(10);
    const overlap = rects.subtitle.right > rects.ammo.left && rects.subtitle.left < rects.ammo.right && rects.subtitle.bottom > rects.ammo.top && rects.subtitle.top < rects.ammo.bottom;
    expect(overlap).toBe(false);
    await shot(page, "small-window-640x360-subtitle");
    expect(errors).toEqual([]);
  });
});
