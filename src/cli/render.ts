/**
 * `npm run render -- --piece <id> [--autopilot] [--take file.json] [--rig <preset | file.json>]
 * [--seed N] [--seconds N] [--from S] [--width W --height H --fps F] --out clip.webm`:
 * renders footage with the production build in headless Chromium (the page's own
 * `headcam.render`, frame by frame from the replay, with the offline mix), writes the WebM
 * and prints one JSON line `{ frames, seconds, bytes, codec }` read back from the file.
 * Progress goes to stderr. Exit 2 on bad input (naming it), 1 when the render fails.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ALL_FORMATS, BufferSource, Input } from "mediabunny";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium";
import { isPieceId, PIECE_IDS } from "../content/pieces";
import type { RigSettings } from "../rig/schema";
import { type FootageSpec, validateFootage } from "../session/footage";
import { parseTake, type Take } from "../sim/input/Take";
import { isPlayable } from "../sim/world/levels/index";
import { rigFromArg } from "./rigFile";

export const USAGE = `usage: npm run render -- --piece <${PIECE_IDS.join("|")}> [--autopilot] [--take file.json] [--rig <preset | file.json>]
       [--seed N] [--seconds N] [--from S] [--width W --height H --fps 30|60] --out clip.webm
  Renders a take (or, without --take, the autopilot's run of the piece) to a WebM video
  (VP9 or VP8 with Opus sound), offline, frame by frame. Default 1280x720 at 30 fps, the
  whole take, the piece's own camera operators. Prints { frames, seconds, bytes, codec }.`;

class BadInput extends Error {}

export interface RenderArgs {
  take: Take | null;
  piece: string;
  seed: number;
  rig: string | RigSettings | null;
  spec: FootageSpec;
  out: string;
}

function num(name: string, v: string | undefined): number {
  if (v === undefined || v.trim() === "" || !Number.isFinite(Number(v))) throw new BadInput(`--${name} needs a number, got ${JSON.stringify(v ?? null)}`);
  return Number(v);
}

/** Reads the arguments; throws BadInput naming the first problem (null: --help). */
export function parseRenderArgs(argv: readonly string[]): RenderArgs | null {
  let piece: string | undefined;
  let take: Take | null = null;
  let rig: string | RigSettings | null = null;
  let seed = 1;
  let out: string | undefined;
  const req: Record<string, number | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === "--help" || a === "-h") return null;
    if (a === "--autopilot") continue;
    i++;
    if (a === "--piece") piece = v;
    else if (a === "--out") out = v;
    else if (a === "--seed") seed = num("seed", v);
    else if (a === "--take") take = readTake(v);
    else if (a === "--rig") {
      const r = rigFromArg(v ?? "");
      if (!r.ok) throw new BadInput(`--rig: ${r.error}`);
      rig = r.id.endsWith(".json") ? r.settings : r.id;
    } else if (a === "--width" || a === "--height" || a === "--fps" || a === "--seconds" || a === "--from") req[a.slice(2)] = num(a.slice(2), v);
    else throw new BadInput(`unknown argument ${JSON.stringify(a)}`);
  }
  if (take) piece ??= take.piece;
  if (piece === undefined) throw new BadInput(`--piece is missing (one of: ${PIECE_IDS.join(", ")})`);
  if (!isPieceId(piece)) throw new BadInput(`--piece: unknown piece ${JSON.stringify(piece)} (one of: ${PIECE_IDS.join(", ")})`);
  if (!isPlayable(piece)) throw new BadInput(`--piece: ${piece} is not built in this version yet`);
  if (take && take.piece !== piece) throw new BadInput(`--take is a take of ${take.piece}, not of ${piece}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new BadInput(`--seed must be a whole number >= 0, got ${seed}`);
  const v = validateFootage({ width: req.width, height: req.height, fps: req.fps, fromS: req.from, seconds: req.seconds });
  if (!v.ok) throw new BadInput(v.errors.map((e) => `--${e}`).join("; "));
  if (!out) throw new BadInput("--out is missing: the .webm file to write");
  if (!out.endsWith(".webm")) throw new BadInput(`--out must name a .webm file, got ${JSON.stringify(out)}`);
  return { take, piece, seed: take?.seed ?? seed, rig, spec: v.spec, out };
}

function readTake(file: string | undefined): Take {
  if (!file) throw new BadInput("--take needs a file name");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new BadInput(`--take ${file}: cannot be read (${(e as Error).message})`);
  }
  const r = parseTake(text);
  if (!r.ok) throw new BadInput(`--take ${file}: ${r.error}`);
  return r.take;
}

/*
 * What runs in the page, as source text: a function handed to playwright would carry the
 * helpers tsx adds to named functions, which the page does not have.
 */
const RENDER_IN_PAGE = `async (a) => {
  const source = a.take ? { take: a.take } : { piece: a.piece, autopilot: true, seed: a.seed };
  const blob = await window.headcam.render({
    ...source, rig: a.rig ?? undefined, width: a.spec.widthPx, height: a.spec.heightPx, fps: a.spec.fps,
    fromS: a.spec.fromS, seconds: a.spec.seconds ?? undefined,
    onProgress: (p) => window.__renderProgress(p.frame, p.frames, p.etaS),
  });
  window.__footage = blob;
  return blob.size;
}`;

const SLICE_IN_PAGE = `async (from, to) => {
  const part = new Uint8Array(await window.__footage.slice(from, to).arrayBuffer());
  let s = "";
  for (let i = 0; i < part.length; i += 0x8000) s += String.fromCharCode(...part.subarray(i, i + 0x8000));
  return btoa(s);
}`;

/** Bytes pulled out of the page per call (a DevTools message is capped; base64 adds a third). */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** Renders in headless Chromium on a freshly built site and writes the file; returns what the file holds. */
export async function renderInBrowser(args: RenderArgs, log: (line: string) => void): Promise<{ frames: number; seconds: number; bytes: number; codec: string }> {
  log("render: building the site…");
  // Its own build folder: dist/ may be served by a test run or a preview meanwhile.
  const outDir = mkdtempSync(join(tmpdir(), "headcam-render-site-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({ build: { outDir }, preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
  const port = (server.httpServer.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: ensureChromium(log), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
    page.on("pageerror", (e) => log(`render: page error: ${e.message}`));
    let lastLog = 0;
    await page.exposeFunction("__renderProgress", (frame: number, frames: number, etaS: number) => {
      if (frame !== frames && Date.now() - lastLog < 2000) return;
      lastLog = Date.now();
      log(`render: frame ${frame}/${frames}, about ${Math.round(etaS)} s left`);
    });
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: 0 });
    await page.waitForFunction(() => typeof window.headcam?.render === "function", undefined, { timeout: 0 });
    log("render: preparing the take and compiling shaders…");
    const { take, piece, seed, rig, spec } = args;
    const request = { take, piece, seed, rig, spec };
    const bytes = (await page.evaluate(`(${RENDER_IN_PAGE})(${JSON.stringify(request)})`)) as number;
    const fd = openSync(args.out, "w");
    try {
      for (let at = 0; at < bytes; at += CHUNK_BYTES) {
        const b64 = (await page.evaluate(`(${SLICE_IN_PAGE})(${at}, ${Math.min(bytes, at + CHUNK_BYTES)})`)) as string;
        const buf = Buffer.from(b64, "base64");
        writeSync(fd, buf, 0, buf.length, at);
      }
    } finally {
      closeSync(fd);
    }
    return await describeFile(readFileSync(args.out));
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** What a WebM holds, read back with mediabunny: video frames, length and codec. */
export async function describeFile(data: Uint8Array): Promise<{ frames: number; seconds: number; bytes: number; codec: string }> {
  const input = new Input({ source: new BufferSource(data), formats: ALL_FORMATS });
  try {
    const video = await input.getPrimaryVideoTrack();
    if (!video) throw new Error("the file has no video track");
    const stats = await video.computePacketStats();
    return { frames: stats.packetCount, seconds: Math.round((await input.computeDuration()) * 1000) / 1000, bytes: data.length, codec: String(await video.getCodec()) };
  } finally {
    input.dispose();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let args: RenderArgs | null;
  try {
    args = parseRenderArgs(argv);
  } catch (e) {
    if (e instanceof BadInput) {
      process.stderr.write(`render: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const result = await renderInBrowser(args, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`render: failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
