/** Small pure helpers shared by the layers. No state lives here. */

/** Degrees to radians. */
export const DEG = Math.PI / 180;
export const TWO_PI = Math.PI * 2;

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(v, hi));
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Frame-rate independent exponential smoothing factor for time constant `tauS` (0 = snap). */
export function smoothing(dtS: number, tauS: number): number {
  return tauS <= 0 ? 1 : 1 - Math.exp(-dtS / tauS);
}

/** Moves `v` toward 0 by at most `step`. */
export function towardZero(v: number, step: number): number {
  return v > step ? v - step : v < -step ? v + step : 0;
}

/** Smoothstep of t in [0, 1]. */
export function smoothstep(t: number): number {
  const x = clamp(t, 0, 1);
  return x * x * (3 - 2 * x);
}

/**
 * A seeded uniform generator in [0, 1) (mulberry32): the rig's only randomness, used to
 * seed the noise tables and pick recoil sides; never the unseeded global generator.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
