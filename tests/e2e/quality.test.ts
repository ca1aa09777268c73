import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUALITY, QUALITY_LEVELS, type QualityLevel } from "../../src/view/quality/QualityLevels";
import { launch, open, shot, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The documented counts of each level on the street at its spawn (README, "Quality"):
 * render passes (shadow map, scene, exposure meter, five bloom levels, camera pass) and a
 * ceiling on draw calls, every pass included.
 */
const DOCUMENTED: Record<QualityLevel, { passes: number; maxDrawCalls: number }> = {
  low: { passes: 3, maxDrawCalls: 70 },
  medium: { passes: 9, maxDrawCalls: 130 },
  high: { passes: 9, maxDrawCalls: 150 },
  ultra: { passes: 9, maxDrawCalls: 150 },
};

async function stats(page: Page) {
  return page.evaluate(() => window.headcam.stats());
}

describe("quality levels", () => {
  it("each level renders the street with its documented passes, shadow map and multisampling, and a clean console", async () => {
    const decor: number[] = [];
    for (const level of QUALITY_LEVELS) {
      const { page, errors } = await open(browser, `?quality=${level}`, undefined, { defaults: true });
      await page.waitForFunction(() => typeof window.headcam?.loadLevel === "function");
      await page.evaluate(() => window.headcam.loadLevel?.("street"));
      await waitFrames(page, 4, 120_000);
      const s = await stats(page);
      const q = QUALITY[level];
      expect(s.quality.level, level).toBe(level);
      expect(s.quality.setting, level).toBe(level);
      expect(s.quality.renderScale, level).toBe(q.renderScale);
      expect(s.quality.passes, level).toBe(DOCUMENTED[level].passes);
      expect(s.quality.shadowMapSize, level).toBe(q.shadowMapSize);
      expect(s.quality.msaaSamples, level).toBe(q.msaaSamples);
      expect(s.quality.anisotropy, level).toBe(q.anisotropy);
      expect(s.drawCalls, level).toBeGreaterThan(15);
      expect(s.drawCalls, level).toBeLessThanOrEqual(DOCUMENTED[level].maxDrawCalls);
      decor.push(s.quality.decorDrawn);
      await shot(page, `quality-street-${level}`);
      expect(errors, level).toEqual([]);
    }
    // Richer levels draw farther and denser decoration.
    for (let i = 1; i < decor.length; i++) expect(decor[i]).toBeGreaterThanOrEqual(decor[i - 1]);
    expect(decor[decor.length - 1]).toBeGreaterThan(2 * decor[0]);
  }, 600_000);

  it("auto starts from the renderer's guess (software WebGL: low) and a bad quality in the URL is named", async () => {
    const { page, errors } = await open(browser, "?quality=auto", undefined, { defaults: true });
    await page.waitForFunction(() => typeof window.headcam?.loadLevel === "function");
    await page.evaluate(() => window.headcam.loadLevel?.("street"));
    await waitFrames(page, 2, 120_000);
    const s = await stats(page);
    expect(s.quality.setting).toBe("auto");
    expect(s.quality.level).toBe("low");
    expect(s.quality.renderScale).toBeGreaterThanOrEqual(QUALITY.low.minRenderScale);
    expect(s.quality.renderScale).toBeLessThanOrEqual(QUALITY.low.maxRenderScale);
    expect(errors).toEqual([]);
    const bad = await open(browser, "?quality=potato");
    await bad.page.waitForSelector(".screen");
    const text = await bad.page.locator(".screen").innerText();
    expect(text).toContain('quality="potato"');
    expect(text).toContain("low, medium, high, ultra or auto");
    await shot(bad.page, "quality-bad-value");
  });
});
