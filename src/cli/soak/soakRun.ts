import type { Page } from "playwright-core";
import type { PieceId } from "../../content/pieces";
import { TICK_HZ } from "../../sim/core/time";
import { playablePieces } from "../../sim/world/levels/index";

/** What the page holds right after a level load, with garbage collected first. */
export interface SoakSample {
  /** 1-based count of loads in this soak. */
  load: number;
  piece: PieceId;
  /** Game seconds played before this load, all pieces together. */
  gameS: number;
  /** JS heap in use after a full collection, bytes. */
  heapBytes: number;
  /** three.js geometries and textures on the GPU (`headcam.stats()`). */
  geometries: number;
  textures: number;
  /** Event listeners registered from JavaScript, and DOM nodes (Chromium's counters). */
  listeners: number;
  domNodes: number;
}

export interface SoakResult {
  samples: SoakSample[];
  /**
   * The second load's piece loaded once more when the soak is over: the same level at the
   * same point as `samples[1]` (the level after the first piece), so the heaps compare.
   */
  end: SoakSample;
  gameS: number;
  /** Set pieces played to their end card, and those cut at `pieceCapS`. */
  finished: number;
  cut: number;
}

export interface SoakOptions {
  /** Game time to play in all, seconds (the soak ends after the piece that crosses it). */
  gameS: number;
  /** The `speed` each run starts with (1..20). */
  speed: number;
  /** A piece that has not ended after this many game seconds is cut and the next loaded. */
  pieceCapS?: number;
  seed?: number;
  /** Stop after this many loads even with game time left (a test's fixed round of loads). */
  maxLoads?: number;
  log?: (line: string) => void;
}

/**
 * Plays the playable set pieces one after another under autopilot in a page that already
 * shows the game, through `headcam.start` (as "next" and "retry" do), and samples memory
 * after each level load: garbage collected, then the heap, three's geometry and texture
 * counts and the listeners. The page must be Chromium's (the samples use its DevTools
 * protocol). `npm run soak` and tests/e2e/soak.test.ts both run it.
 */
export async function runSoak(page: Page, opts: SoakOptions): Promise<SoakResult> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  const pieces = playablePieces().map((p) => p.id);
  const samples: SoakSample[] = [];
  const capTicks = Math.round((opts.pieceCapS ?? 1e9) * TICK_HZ);
  let ticks = 0;
  let finished = 0;
  let cut = 0;
  const sample = async (load: number, piece: PieceId): Promise<SoakSample> => {
    // Twice: objects freed by the first collection's finalizers go in the second.
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    const dom = (await cdp.send("Memory.getDOMCounters")) as { nodes: number; jsEventListeners: number };
    const stats = await page.evaluate(() => window.headcam.stats());
    return {
      load,
      piece,
      gameS: ticks / TICK_HZ,
      heapBytes: heap.usedSize,
      geometries: stats.geometries,
      textures: stats.textures,
      listeners: dom.jsEventListeners,
      domNodes: dom.nodes,
    };
  };
  const start = async (piece: PieceId): Promise<void> => {
    const frames = await page.evaluate(() => window.headcam.stats().frames);
    await page.evaluate((o) => window.headcam.start(o), { piece, autopilot: true, speed: opts.speed, seed: opts.seed ?? 1 });
    // A few frames in, so the view has drawn (and uploaded) the whole level once.
    await page.waitForFunction((f) => window.headcam.stats().frames >= f + 3, frames, { timeout: 120_000 });
  };
  let load = 0;
  while (ticks < opts.gameS * TICK_HZ && load < (opts.maxLoads ?? Number.POSITIVE_INFINITY)) {
    const piece = pieces[load % pieces.length];
    load++;
    await start(piece);
    const s = await sample(load, piece);
    samples.push(s);
    opts.log?.(`load ${load} ${piece}: heap ${(s.heapBytes / 2 ** 20).toFixed(1)} MiB, ${s.geometries} geometries, ${s.textures} textures, ${s.listeners} listeners, ${s.gameS.toFixed(0)} s played`);
    const left = opts.gameS * TICK_HZ - ticks;
    const stopAt = Math.min(capTicks, left);
    await page.waitForFunction((t) => window.headcam.state().finished || window.headcam.state().tick >= t, stopAt, { timeout: 30 * 60_000, polling: 250 });
    const st = await page.evaluate(() => window.headcam.state());
    ticks += st.tick;
    if (st.finished) finished++;
    else cut++;
  }
  const again = pieces[1 % pieces.length];
  await start(again);
  const end = await sample(load + 1, again);
  await cdp.detach();
  return { samples, end, gameS: ticks / TICK_HZ, finished, cut };
}

type Counted = "geometries" | "textures" | "listeners";

/** Loads of one piece whose counts (geometries, textures, listeners by default) differ from its first load. */
export function countDrift(samples: readonly SoakSample[], fields: readonly Counted[] = ["geometries", "textures", "listeners"]): string[] {
  const first = new Map<PieceId, SoakSample>();
  const out: string[] = [];
  for (const s of samples) {
    const f = first.get(s.piece);
    if (!f) {
      first.set(s.piece, s);
      continue;
    }
    for (const k of fields) {
      if (s[k] !== f[k]) out.push(`load ${s.load} (${s.piece}): ${s[k]} ${k}, ${f[k]} at load ${f.load}`);
    }
  }
  return out;
}
