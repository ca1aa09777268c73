import puppeteer, { type Browser } from "puppeteer-core";
import type { PreviewServer } from "vite";
import { build, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureFirefox, startXvfb } from "../../scripts/firefox";
import { replayTake, type Take } from "../../src/sim/input/Take";

/**
 * Another engine: Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi,
 * headful on a virtual display with Mesa's software WebGL (headless Firefox has no
 * WebGL). It is slow (seconds per frame), so this reads state, never pixels, and runs as
 * `npm run test:firefox` (CI runs it too) rather than inside `npm test`.
 */
let browser: Browser;
let server: PreviewServer;
let xvfb: { display: string; stop(): void };

beforeAll(async () => {
  const firefox = ensureFirefox();
  await build({ logLevel: "warn", mode: "production" });
  server = await preview({ preview: { host: "127.0.0.1", port: 0, strictPort: false }, logLevel: "warn" });
  xvfb = await startXvfb();
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefox,
    headless: false,
    env: { ...process.env, DISPLAY: xvfb.display },
    extraPrefsFirefox: { "webgl.force-enabled": true },
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  xvfb?.stop();
  await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
});

describe("a take recorded in Firefox", () => {
  it("replays in node to the same state hash", async () => {
    const address = server.httpServer.address() as { port: number };
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warn") errors.push(m.text());
    });
    await page.setViewport({ width: 640, height: 360 });
    // Shadows off, as in the Chromium tests: software WebGL is slow enough without them.
    await page.evaluateOnNewDocument(() => localStorage.setItem("headcam.settings", JSON.stringify({ version: 1, shadows: "off" })));
    await page.goto(`http://127.0.0.1:${address.port}/?piece=street&autopilot=1&speed=8&seed=5`);
    await page.waitForFunction(() => window.headcam?.state().mode === "play", { timeout: 180_000 });
    await page.waitForFunction(() => window.headcam.state().tick > 600, { timeout: 300_000, polling: 500 });
    const rec = (await page.evaluate(() => ({ ...window.headcam.take(), ua: navigator.userAgent, stats: window.headcam.stats() }))) as {
      take: Take;
      stateHash: string;
      ua: string;
      stats: { drawCalls: number; frames: number };
    };
    expect(rec.ua).toMatch(/Firefox\/\d+/);
    // It really drew, with WebGL, before it recorded.
    expect(rec.stats.frames).toBeGreaterThan(2);
    expect(rec.stats.drawCalls).toBeGreaterThan(0);
    expect(rec.take.ticks).toBeGreaterThan(600);
    expect(rec.take.seed).toBe(5);
    const node = replayTake(rec.take);
    expect(node.sim.tick).toBe(rec.take.ticks);
    expect(node.stateHash).toBe(rec.stateHash);
    node.sim.dispose();
    expect(errors).toEqual([]);
    await page.close();
  }, 420_000);
});
