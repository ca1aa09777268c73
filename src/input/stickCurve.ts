/** A stick's deflection after the dead zone and the response curve: direction kept, length 0..1. */
export interface StickOut {
  x: number;
  y: number;
  /** Length of (x, y), 0..1. */
  magnitude: number;
}

/**
 * A radial dead zone and a power response: inside `deadzone` (a fraction of full
 * deflection, measured on the stick's length, so diagonals are not cut like a square zone
 * would) the stick reads 0; outside, the rest is rescaled to 0..1 and raised to `exponent`
 * (1 linear; 2 squared, finer near the centre). The direction is kept. Writes `out`.
 */
export function stickResponse(x: number, y: number, deadzone: number, exponent: number, out: StickOut): StickOut {
  const len = Math.hypot(x, y);
  if (!(len > deadzone) || !Number.isFinite(len)) {
    out.x = out.y = out.magnitude = 0;
    return out;
  }
  const scaled = Math.min(1, (len - deadzone) / (1 - deadzone));
  const m = scaled ** exponent;
  out.x = (x / len) * m;
  out.y = (y / len) * m;
  out.magnitude = m;
  return out;
}

/** The look stick's acceleration: the extra turn speed while the stick stays at its edge. */
export class LookAcceleration {
  /** Seconds the stick has stayed at its edge. */
  private edgeS = 0;

  /**
   * @param magnitude the stick's response this frame, 0..1.
   * @returns the extra turn speed, deg/s: rises linearly from 0 to `extraDegPerS` over
   *   `rampS` once the response reaches `edge`, and drops to 0 as soon as it leaves it.
   */
  step(magnitude: number, frameS: number, extraDegPerS: number, rampS: number, edge = 0.95): number {
    if (magnitude < edge) {
      this.edgeS = 0;
      return 0;
    }
    this.edgeS += frameS;
    return extraDegPerS * Math.min(1, rampS > 0 ? this.edgeS / rampS : 1);
  }

  reset(): void {
    this.edgeS = 0;
  }
}

/** The horizontal FOV at which look speeds are stated, deg. */
export const REFERENCE_FOV_DEG = 90;

/**
 * How much the look per mouse count (or per stick second) is scaled: by the field of view,
 * so the same motion turns the same share of the view at 90° and at 110° (the setting is
 * stated at 90°), and by the aim slowdown while aiming.
 * @param hFovDeg the horizontal FOV in use (narrower while aiming), deg.
 * @param aiming01 how far into aim, 0..1.
 * @param aimScale the extra slowdown under aim, 1 for none.
 */
export function lookScale(hFovDeg: number, aiming01: number, aimScale: number): number {
  return (hFovDeg / REFERENCE_FOV_DEG) * (1 + (aimScale - 1) * aiming01);
}
