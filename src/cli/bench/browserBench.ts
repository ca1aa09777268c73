import { chromium, type Page } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, ensureChromium } from "../../../scripts/chromium";
import type { BenchRow } from "./BenchRow";

export interface LevelFigures {
  level: string;
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
}

export interface BrowserFigures {
  rows: BenchRow[];
  levels: LevelFigures[];
  renderer: string;
}

/*
 * Renders a clip of the street's autopilot run in the page and times the frame loop from its
 * progress (shader compiling and the take's pre-pass are left out). Source text: a function
 * handed to playwright would carry the helpers tsx adds to named functions.
 */
const RENDER_SPEED = `async (w, h, seconds) => {
  const at = [];
  await window.headcam.render({ piece: "street", autopilot: true, width: w, height: h, fps: 30, seconds, onProgress: (p) => at.push(p.elapsedS) });
  return { frames: at.length, fps: (at.length - 1) / (at[at.length - 1] - at[0]) };
}`;

/** Frames of video rendered per second of wall time at a size (the first frame's setup left out). */
async function renderSpeed(page: Page, widthPx: number, heightPx: number, seconds: number): Promise<BenchRow> {
  const r = (await page.evaluate(`(${RENDER_SPEED})(${widthPx}, ${heightPx}, ${seconds})`)) as { frames: number; fps: number };
  return { name: `render to WebM, street autopilot, ${widthPx}x${heightPx} (frames per wall second)`, unit: "frames/s", median: r.fps, p95: r.fps, n: r.frames };
}

/**
 * Builds the site, opens the street under autopilot in headless Chromium (software WebGL
 * unless the machine has a GPU) and reads `headcam.stats()` after a few seconds.
 */
export async function benchBrowser(seconds = 6): Promise<BrowserFigures> {
  await build({ logLevel: "warn" });
  const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
  const addr = server.httpServer.address() as { port: number };
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`http://127.0.0.1:${addr.port}/?piece=street&autopilot=1`);
    await page.waitForFunction(() => window.headcam?.state().mode === "play", undefined, { timeout: 60_000 });
    await page.waitForTimeout(seconds * 1000);
    const stats = await page.evaluate(() => window.headcam.stats());
    await page.evaluate(() => window.headcam.loadLevel?.("airlab", { autopilot: true }));
    await page.waitForTimeout(3000);
    const lab = await page.evaluate(() => window.headcam.stats());
    const renderer = await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      const ext = gl?.getExtension("WEBGL_debug_renderer_info");
      return ext && gl ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : "unknown";
    });
    await page.evaluate(() => window.headcam.quit?.());
    const render = [await renderSpeed(page, 640, 360, 2), await renderSpeed(page, 1280, 720, 2)];
    return {
      rows: [{ name: "browser frame, street autopilot, 1280x720", unit: "ms", median: stats.frameMs.median, p95: stats.frameMs.p95, n: Math.min(stats.frames, 240) }, ...render],
      levels: [
        { level: "street (morning, autopilot)", drawCalls: stats.drawCalls, triangles: stats.triangles, geometries: stats.geometries, textures: stats.textures },
        { level: "airlab (dawn)", drawCalls: lab.drawCalls, triangles: lab.triangles, geometries: lab.geometries, textures: lab.textures },
      ],
      renderer,
    };
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
