/**
 * Trace analysis, as src/rig/README.md ("Measuring a rig") defines it: angular speed of the rotation
 * offset, roll, bob, and the share of rotational energy in the 0.2-0.4 Hz band where
 * visually induced motion sickness peaks (Diels & Howarth 2013), plus a comfort score.
 */
import { DEG } from "./math";

/** The channels analysis needs (a RigTrace has them). */
export interface TraceInput {
  dtS: number;
  pitchRad: ArrayLike<number>;
  yawRad: ArrayLike<number>;
  rollRad: ArrayLike<number>;
  yM: ArrayLike<number>;
}

export type ComfortRating = "good" | "fair" | "poor";

export interface TraceAnalysis {
  peakAngularSpeedDegS: number;
  rmsAngularSpeedDegS: number;
  rmsRollDeg: number;
  peakBobM: number;
  vimsBandShare: number;
  vimsBandRmsDeg: number;
  comfort: { score: number; rating: ComfortRating };
}

export const VIMS_BAND_HZ = [0.2, 0.4] as const;
export const ANALYSIS_BAND_HZ = [0.05, 15] as const;

/** Angular speed per tick, `|Δ(pitch, yaw, roll)| / dt` in deg/s (element 0 is 0). */
export function angularSpeedDegS(t: TraceInput): Float64Array {
  const n = t.pitchRad.length;
  const out = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const d = Math.hypot(t.pitchRad[i] - t.pitchRad[i - 1], t.yawRad[i] - t.yawRad[i - 1], t.rollRad[i] - t.rollRad[i - 1]);
    out[i] = d / DEG / t.dtS;
  }
  return out;
}

/**
 * Sum of |X_k|² of a rectangular DFT of `x` (deg, mean removed) over the bins whose
 * frequency k / (N dt) lies in [loHz, hiHz].
 */
export function bandEnergy(x: ArrayLike<number>, dtS: number, loHz: number, hiHz: number): number {
  const n = x.length;
  if (n < 2) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const df = 1 / (n * dtS);
  const kLo = Math.max(1, Math.ceil(loHz / df - 1e-9));
  const kHi = Math.min(Math.floor((n - 1) / 2), Math.floor(hiHz / df + 1e-9));
  let e = 0;
  for (let k = kLo; k <= kHi; k++) {
    const w = (2 * Math.PI * k) / n;
    let re = 0;
    let im = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i] - mean;
      re += v * Math.cos(w * i);
      im -= v * Math.sin(w * i);
    }
    e += re * re + im * im;
  }
  return e;
}

function toDeg(a: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] / DEG;
  return out;
}

/** The level at which each figure starts to tell on comfort; each adds figure / level to the penalty. */
export const COMFORT_LEVELS = {
  rmsAngularSpeedDegS: 30,
  peakAngularSpeedDegS: 400,
  rmsRollDeg: 1.5,
  vimsBandRmsDeg: 0.5,
  peakBobM: 0.15,
} as const;

/** Lowest scores rated good and fair (below: poor). */
export const COMFORT_RATING_MIN_SCORE = { good: 60, fair: 30 } as const;

/**
 * Comfort score, 0-100, higher is gentler: 100 / (1 + P) with P the sum of the figures
 * over the levels at which each starts to tell (`COMFORT_LEVELS`), rated by
 * `COMFORT_RATING_MIN_SCORE`.
 */
export function comfortScore(a: Omit<TraceAnalysis, "comfort">): { score: number; rating: ComfortRating } {
  const l = COMFORT_LEVELS;
  const p =
    a.rmsAngularSpeedDegS / l.rmsAngularSpeedDegS +
    a.peakAngularSpeedDegS / l.peakAngularSpeedDegS +
    a.rmsRollDeg / l.rmsRollDeg +
    a.vimsBandRmsDeg / l.vimsBandRmsDeg +
    a.peakBobM / l.peakBobM;
  const score = Math.round(1000 / (1 + p)) / 10;
  const r = COMFORT_RATING_MIN_SCORE;
  return { score, rating: score >= r.good ? "good" : score >= r.fair ? "fair" : "poor" };
}

/** The rig's figures (src/rig/README.md, "Measuring a rig") from a trace. */
export function analyzeTrace(t: TraceInput): TraceAnalysis {
  const n = t.pitchRad.length;
  const speed = angularSpeedDegS(t);
  let peak = 0;
  let sq = 0;
  for (let i = 1; i < n; i++) {
    peak = Math.max(peak, speed[i]);
    sq += speed[i] * speed[i];
  }
  let rollSq = 0;
  let bob = 0;
  for (let i = 0; i < n; i++) {
    rollSq += (t.rollRad[i] / DEG) ** 2;
    bob = Math.max(bob, Math.abs(t.yM[i]));
  }
  let band = 0;
  let all = 0;
  for (const ch of [t.pitchRad, t.yawRad, t.rollRad]) {
    const deg = toDeg(ch);
    band += bandEnergy(deg, t.dtS, VIMS_BAND_HZ[0], VIMS_BAND_HZ[1]);
    all += bandEnergy(deg, t.dtS, ANALYSIS_BAND_HZ[0], ANALYSIS_BAND_HZ[1]);
  }
  const figures = {
    peakAngularSpeedDegS: round(peak, 2),
    rmsAngularSpeedDegS: round(n > 1 ? Math.sqrt(sq / (n - 1)) : 0, 3),
    rmsRollDeg: round(n > 0 ? Math.sqrt(rollSq / n) : 0, 4),
    peakBobM: round(bob, 4),
    vimsBandShare: round(all > 0 ? band / all : 0, 4),
    // Parseval: a one-sided band's mean square is 2 Σ|X_k|² / N².
    vimsBandRmsDeg: round(n > 0 ? Math.sqrt((2 * band) / (n * n)) : 0, 4),
  };
  return { ...figures, comfort: comfortScore(figures) };
}

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}
