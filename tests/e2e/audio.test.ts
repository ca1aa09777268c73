import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { expectedWarnings, launch, open, waitFrames } from "./browser";

interface HowlerWindow {
  Howler?: { ctx?: AudioContext; _howls: { playing(): boolean }[] };
}

describe("audio in the production build", () => {
  const browsers: Browser[] = [];
  afterAll(async () => {
    for (const b of browsers) await b.close();
  });

  it("starts on the start click: the context runs and sounds play", async () => {
    const browser = await launch({ autoplay: false });
    browsers.push(browser);
    const { page, errors } = await open(browser, "?piece=street");
    expect(await page.evaluate(() => window.headcam.state().audio)).toBe("off");
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().mode === "play", undefined, { timeout: 60_000 });
    await page.waitForFunction(() => window.headcam.state().audio === "running", undefined, { timeout: 20_000 });
    // The street renders slowly in software WebGL: a few frames are enough.
    await waitFrames(page, 3, 60_000);
    const howler = await page.evaluate(() => {
      const h = (window as unknown as HowlerWindow).Howler;
      return { state: h?.ctx?.state ?? "none", howls: h?._howls.length ?? 0, playing: h?._howls.filter((x) => x.playing()).length ?? 0 };
    });
    expect(howler.state).toBe("running");
    expect(howler.howls).toBeGreaterThan(50);
    // The music layers and Henry's breathing loop at least.
    expect(howler.playing).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });

  it("stays quiet without a click in a browser that blocks autoplay, with no console error", async () => {
    const browser = await launch({ autoplay: false });
    browsers.push(browser);
    const opened = await open(browser, "?piece=street&autopilot=1");
    const { page, errors } = opened;
    await page.waitForFunction(() => window.headcam.state().mode === "play", undefined, { timeout: 60_000 });
    await waitFrames(page, 3, 60_000);
    // Chromium only warns ("The AudioContext was not allowed to start"); headless Chromium
    // may let the context run a little later by itself, so either state is accepted.
    const audio = await page.evaluate(() => window.headcam.state().audio);
    expect(["suspended", "running"]).toContain(audio);
    // That warning is the browser's own, the point of this test; any other is not.
    expectedWarnings(opened, /The AudioContext was not allowed to start/);
    expect(errors).toEqual([]);
  });
});
