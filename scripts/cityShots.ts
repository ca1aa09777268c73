/**
 * Dev script: screenshots of the levels at several moments (street under autopilot,
 * morning and night; the airborne lab along its walk). Builds, serves, drives headless
 * Chromium; PNGs go to HEADCAM_SHOTS or /tmp/headcam-city. Usage: npx tsx scripts/cityShots.ts
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, ensureChromium } from "./chromium";

const out = process.env.HEADCAM_SHOTS ?? "/tmp/headcam-city";
mkdirSync(out, { recursive: true });
if (!process.argv.includes("--no-build")) await build({ logLevel: "warn", mode: "production" });
const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
const addr = server.httpServer.address();
const port = typeof addr === "object" && addr ? addr.port : 0;
const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
page.on("pageerror", (e) => console.log("pageerror:", String(e)));
await page.goto(`http://127.0.0.1:${port}/`);
await page.waitForFunction(() => typeof window.headcam === "object");
const plan: [string, string, number[]][] = [
  ["street", "morning", [30, 500, 900, 1300]],
  ["street", "night", [30, 700]],
  ["airlab", "dawn", [30, 300, 600]],
  ["office-kit", "midday", [30, 300]],
];
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
for (const [id, tod, ticks] of plan) {
  if (only && !only.split(",").includes(id)) continue;
  await page.evaluate(([i, t]) => window.headcam.loadLevel?.(i, { timeOfDay: t as "dawn", autopilot: true }), [id, tod]);
  for (const tick of ticks) {
    await page.waitForFunction((t) => window.headcam.state().tick >= t, tick, { timeout: 300_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const st = await page.evaluate(() => ({ s: window.headcam.stats(), p: window.headcam.state().player.position }));
    const file = join(out, `${id}-${tod}-${tick}.png`);
    await page.screenshot({ path: file });
    console.log(JSON.stringify({ file, drawCalls: st.s.drawCalls, triangles: st.s.triangles, geometries: st.s.geometries, textures: st.s.textures, pos: st.p.map((v) => +v.toFixed(1)) }));
  }
}
await browser.close();
server.httpServer.close();
