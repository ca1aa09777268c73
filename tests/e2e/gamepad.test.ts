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
