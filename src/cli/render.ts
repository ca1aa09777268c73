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
import { isPresetId } from "../rig/presets";
import type { RigSettings } from "../rig/schema";
import { type FootageSpec, validateFootage } from "../session/footage";
import type { Take } from "../sim/input/Take";
import { BadInput, type CliSpec, type FlagSpecs, helpText, parseFlags, refuseIgnored } from "./cliArgs";
import { checkWritable, log, printJson, runCli, unwritable } from "./cliOutput";
import { pieceArg } from "./pieceArg";
import { rigFromArg } from "./rigFile";
import { readTakeFile } from "./takeFile";

const SPEC = {
  usage: `npm run render -- --piece <id> [--autopilot] [--seed N] [--rig <preset | file.json>] [--seconds N] [--from S]
       [--width W --height H --fps 30|60] --out clip.webm
       npm run render -- --take take.json [--rig …] [--seconds N] [--from S] [--width W --height H --fps F] --out clip.webm`,
  about: `Renders a take (or, without --take, the autopilot's run of the piece) to a WebM video
(VP9 or VP8 with Opus sound), offline, frame by frame, with the production build in headless
Chromium. Default 1280x720 at 30 fps, the whole take, the piece's own camera operators.
Prints one JSON line { frames, seconds, bytes, codec }, read back from the file; progress
goes to stderr. Exit 0 on success, 2 on bad input or an --out that cannot be written,
1 when the render fails.`,
  flags: {
    piece: { kind: "string", value: "id", help: "the set piece the autopilot plays (a take names its own)" },
    autopilot: { kind: "boolean", help: "the autopilot plays the piece (what happens without --take anyway)" },
    take: { kind: "path", value: "take.json", help: "render this take file (as the game saves and npm run sim --record writes)" },
    seed: { kind: "seed", help: "the autopilot run's seed (default 1)" },
    rig: { kind: "string", value: "preset | file.json", help: "pin a camera preset or rig settings file for the whole take" },
    seconds: { kind: "number", value: "N", help: "game seconds to render (default: to the take's end)" },
    from: { kind: "number", value: "S", help: "start this many game seconds in (default 0)" },
    width: { kind: "number", value: "W", help: "frame width, even, 16..1920 (default 1280)" },
    height: { kind: "number", value: "H", help: "frame height, even, 16..1080 (default 720)" },
    fps: { kind: "number", value: "30|60", help: "frames per second (default 30)" },
    out: { kind: "path", value: "clip.webm", help: "the WebM file to write" },
  },
} satisfies CliSpec<FlagSpecs>;

/** The usage `--help` prints. */
export const USAGE = helpText(SPEC);

export interface RenderArgs {
  take: Take | null;
  piece: string;
  seed: number;
  rig: string | RigSettings | null;
  spec: FootageSpec;
  out: string;
}

/** Reads the arguments; throws BadInput naming the first problem (null: --help). */
export function parseRenderArgs(argv: readonly string[]): RenderArgs | null {
  const flags = parseFlags(argv, SPEC);
  if (flags === "help") return null;
  refuseIgnored(flags, "take", ["seed", "autopilot"], "a take replays its own seed and commands");
  const take = flags.take !== undefined ? readTakeFile(flags.take) : null;
  const piece = take && flags.piece === undefined ? take.piece : pieceArg(flags.piece);
  if (take && take.piece !== piece) throw new BadInput(`--take is a take of ${take.piece}, not of ${piece}`);
  let rig: string | RigSettings | null = null;
  if (flags.rig !== undefined) {
    const r = rigFromArg(flags.rig);
    if (!r.ok) throw new BadInput(`--rig: ${r.error}`);
    rig = isPresetId(r.id) ? r.id : r.settings;
  }
  const v = validateFootage({ width: flags.width, height: flags.height, fps: flags.fps, fromS: flags.from, seconds: flags.seconds });
  if (!v.ok) throw new BadInput(v.errors.map((e) => `--${e}`).join("; "));
  const out = flags.out;
  if (out === undefined) throw new BadInput("--out is missing: the .webm file to write");
  if (!/\.webm$/i.test(out)) throw new BadInput(`--out must name a .webm file, got ${JSON.stringify(out)}`);
  checkWritable("out", out);
  return { take, piece, seed: take?.seed ?? flags.seed ?? 1, rig, spec: v.spec, out };
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
    let fd: number;
    try {
      fd = openSync(args.out, "w");
    } catch (e) {
      throw unwritable("out", args.out, e);
    }
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
  const args = parseRenderArgs(argv);
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    printJson(await renderInBrowser(args, log));
    return 0;
  } catch (e) {
    if (e instanceof BadInput) throw e;
    log(`render: failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runCli("render", SPEC, () => main(process.argv.slice(2)));
