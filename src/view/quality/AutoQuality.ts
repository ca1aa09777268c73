import { QUALITY, QUALITY_LEVELS, type QualityLevel } from "./QualityLevels";

/** Frames longer than this are stalls, not measurements, ms. */
const STALL_MS = 2500;

/** One step of the ladder `auto` climbs: a level and a render scale inside its range. */
export interface QualityRung {
  level: QualityLevel;
  renderScale: number;
}

/** How `auto` judges frame times and how cautiously it moves. */
export interface AutoQualityTuning {
  /** A window whose median frame is longer than this is slow: step down, ms. */
  slowMs: number;
  /** A window whose median frame is shorter than this is fast (a vsync-capped 60 Hz counts), ms. */
  fastMs: number;
  /** Frame time judged at once: at least this long, s ... */
  windowS: number;
  /** ... and at least this many frames (a 2 fps start still decides on three). */
  minFrames: number;
  /** Never two changes closer than this, s. */
  minChangeIntervalS: number;
  /** Fast for this long before a step up, s. */
  upAfterS: number;
  /** A step down this soon after a step up means the rung above is too slow, s. */
  probeS: number;
  /** A rung found too slow is not tried again for this long, doubling at each failure, s. */
  backoffS: number;
  maxBackoffS: number;
  /** Frames ignored after a change (new shaders compile, targets reallocate). */
  settleFrames: number;
  /** Render-scale increment between rungs of one level. */
  scaleStep: number;
}

export const AUTO_QUALITY_TUNING: Readonly<AutoQualityTuning> = {
  slowMs: 1000 / 45,
  fastMs: 1000 / 55,
  windowS: 1,
  minFrames: 3,
  minChangeIntervalS: 1,
  upAfterS: 2,
  probeS: 5,
  backoffS: 15,
  maxBackoffS: 240,
  settleFrames: 3,
  scaleStep: 0.05,
};

/** Every rung from cheapest to richest: each level's render scales from its minimum up. */
export function qualityLadder(step = AUTO_QUALITY_TUNING.scaleStep): QualityRung[] {
  const out: QualityRung[] = [];
  for (const level of QUALITY_LEVELS) {
    const p = QUALITY[level];
    const n = Math.round((p.maxRenderScale - p.minRenderScale) / step);
    for (let i = 0; i <= n; i++) out.push({ level, renderScale: round2(p.minRenderScale + i * step) });
  }
  return out;
}

/**
 * The `auto` quality controller, pure (no clock, no DOM: fed frame durations and the time).
 * It walks one ladder of (level, render scale) rungs: down when a window of frames is slow
 * (further when much slower), up one rung after a spell of fast windows. Hysteresis: the
 * slow and fast thresholds leave a band where it holds; at most one change per
 * `minChangeIntervalS`; a step up that turns out slow bars that rung for a backoff that
 * doubles each time, so it never flickers between two rungs.
 */
export class AutoQuality {
  readonly ladder: readonly QualityRung[];
  private rung: number;
  private readonly window: Float64Array;
  private readonly sorted: Float64Array;
  private count = 0;
  private windowMs = 0;
  private skip = 0;
  private lastChangeS = Number.NEGATIVE_INFINITY;
  private lastUpS = Number.NEGATIVE_INFINITY;
  private fastSinceS: number | null = null;
  private barredFrom = Number.POSITIVE_INFINITY;
  private barredUntilS = Number.NEGATIVE_INFINITY;
  private backoffS: number;
  /** Changes made so far (for stats and tests). */
  changes = 0;

  constructor(
    start: QualityRung,
    readonly tuning: Readonly<AutoQualityTuning> = AUTO_QUALITY_TUNING,
  ) {
    this.ladder = qualityLadder(tuning.scaleStep);
    this.rung = nearestRung(this.ladder, start);
    this.window = new Float64Array(256);
    this.sorted = new Float64Array(256);
    this.backoffS = tuning.backoffS;
  }

  get level(): QualityLevel {
    return this.ladder[this.rung].level;
  }

  get renderScale(): number {
    return this.ladder[this.rung].renderScale;
  }

  /** Index of the current rung on the ladder (0 is the cheapest). */
  get rungIndex(): number {
    return this.rung;
  }

  /**
   * Feeds one frame.
   * @param frameMs the frame's duration, ms
   * @param nowS the time at its end, s (any monotonic clock)
   * @returns whether the level or the render scale changed
   */
  sample(frameMs: number, nowS: number): boolean {
    // A stall (a hidden tab, a level loading) says nothing about the rung.
    if (!(frameMs > 0) || frameMs > STALL_MS) return false;
    if (this.skip > 0) {
      this.skip--;
      return false;
    }
    if (this.count < this.window.length) this.window[this.count++] = Math.min(frameMs, 2000);
    this.windowMs += frameMs;
    const t = this.tuning;
    if (this.windowMs < t.windowS * 1000 || this.count < t.minFrames) return false;
    const median = this.median();
    const windowStartS = nowS - this.windowMs / 1000;
    this.count = 0;
    this.windowMs = 0;
    if (median > t.slowMs) return this.slow(median, nowS);
    if (median < t.fastMs) return this.fast(windowStartS, nowS);
    this.fastSinceS = null;
    return false;
  }

  /** Starts judging afresh after something that is not the rung's fault (a level load). */
  settle(): void {
    this.count = 0;
    this.windowMs = 0;
    this.fastSinceS = null;
    this.skip = this.tuning.settleFrames;
  }

  private slow(median: number, nowS: number): boolean {
    this.fastSinceS = null;
    const t = this.tuning;
    if (nowS - this.lastChangeS < t.minChangeIntervalS || this.rung === 0) return false;
    if (nowS - this.lastUpS < t.probeS) {
      // The last step up was one too many: keep off this rung for a while.
      this.barredFrom = this.rung;
      this.barredUntilS = nowS + this.backoffS;
      this.backoffS = Math.min(t.maxBackoffS, this.backoffS * 2);
      this.lastUpS = Number.NEGATIVE_INFINITY;
    }
    const by = median > 2.5 * t.slowMs ? 3 : median > 1.5 * t.slowMs ? 2 : 1;
    return this.moveTo(Math.max(0, this.rung - by), nowS);
  }

  private fast(windowStartS: number, nowS: number): boolean {
    const t = this.tuning;
    this.fastSinceS ??= windowStartS;
    if (nowS - this.fastSinceS < t.upAfterS || nowS - this.lastChangeS < t.minChangeIntervalS) return false;
    const next = this.rung + 1;
    if (next >= this.ladder.length || (next >= this.barredFrom && nowS < this.barredUntilS)) return false;
    this.lastUpS = nowS;
    return this.moveTo(next, nowS);
  }

  private moveTo(rung: number, nowS: number): boolean {
    if (rung === this.rung) return false;
    this.rung = rung;
    this.lastChangeS = nowS;
    this.fastSinceS = null;
    this.skip = this.tuning.settleFrames;
    this.changes++;
    return true;
  }

  private median(): number {
    const s = this.sorted.subarray(0, this.count);
    s.set(this.window.subarray(0, this.count));
    s.sort();
    return s[(this.count - 1) >> 1];
  }
}

function nearestRung(ladder: readonly QualityRung[], want: QualityRung): number {
  let best = 0;
  let bestD = Number.POSITIVE_INFINITY;
  ladder.forEach((r, i) => {
    if (r.level !== want.level) return;
    const d = Math.abs(r.renderScale - want.renderScale);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
