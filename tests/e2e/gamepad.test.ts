import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, open, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("gamepad", () => {
  it("a pad's left stick walks at walking speed and its right stick turns the view", async () => {
    const { page, errors } = await open(browser, "about:blank");
    // Headless Chromium has no pads: inject a standard-mapping pad before the page runs.
    await page.addInitScript(() => {
      const pad = {
        id: "fake pad",
        index: 0,
        connected: true,
        mapping: "standard",
        timestamp: 0,
        axes: [0, -1, 0.5, 0],
        buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
      };
      Object.defineProperty(navigator, "getGamepads", { value: () => [pad, null, null, null] });
    });
    const base = new URL(".", (await import("vitest")).inject("baseUrl")).toString();
    await page.goto(`${base}?piece=street`);
    await page.waitForSelector('[data-screen="start"]');
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().mode === "play");
    await waitFrames(page, 5);
    const a = await page.evaluate(() => window.headcam.state());
    await page.waitForTimeout(1000);
    const b = await page.evaluate(() => window.headcam.state());
    // Walking while turning runs in a circle, so read the speed, not the displacement.
    expect(Math.hypot(b.player.velocity[0], b.player.velocity[2])).toBeGreaterThan(4);
    // Right stick to the right turns right: yaw decreases.
    // (yaw wraps at ±180°, so compare the signed difference).
    const turnedDeg = ((b.camera.yawDeg - a.camera.yawDeg + 540) % 360) - 180;
    expect(turnedDeg).toBeLessThan(-10);
    expect(errors).toEqual([]);
  });
});

describe("comfort aids", () => {
  it("a fast turn with the pad closes the comfort vignette, and the health bar shows when asked", async () => {
    const { page, errors } = await open(browser, "about:blank");
    await page.addInitScript(() => {
      localStorage.setItem("headcam.settings", JSON.stringify({ version: 3, shadows: "off", comfortVignette: 1, healthBar: true }));
      const pad = {
        id: "fake pad",
        index: 0,
        connected: true,
        mapping: "standard",
        timestamp: 0,
        // The right stick all the way right: 220 °/s, plus the acceleration at the edge.
        axes: [0, 0, 1, 0],
        buttons: Array.from({ length: 17 }, () => ({ pressed: false, touched: false, value: 0 })),
      };
      Object.defineProperty(navigator, "getGamepads", { value: () => [pad, null, null, null] });
    });
    const base = new URL(".", (await import("vitest")).inject("baseUrl")).toString();
    await page.goto(`${base}?piece=street`);
    await page.waitForSelector('[data-screen="start"]');
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().mode === "play");
    await waitFrames(page, 20);
    const ring = await page.evaluate(() => {
      const v = document.querySelector<HTMLElement>('[data-hud="comfort-vignette"]')!;
      return { opacity: v.style.opacity, background: v.style.background };
    });
    expect(ring.opacity).toBe("1");
    // The clear circle's radius (vmin) shrinks from 75 as the ring closes.
    const inner = Number(/transparent ([\d.]+)vmin/.exec(ring.background)?.[1]);
    expect(inner).toBeLessThan(60);
    const bar = page.locator('[data-hud="health"]');
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.getAttribute("aria-valuenow")).toBe("100");
    expect(errors).toEqual([]);
  });
});
