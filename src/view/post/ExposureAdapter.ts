/** The longest frame the adapter takes whole, s: a stall does not jump the exposure. */
const MAX_STEP_S = 0.25;

/** How the camera's auto exposure meters and adapts. */
export interface ExposureTuning {
  /** Scene luminance the base exposure is made for (a sunny street at morning), linear units. */
  keyLuminance: number;
  /** Share of a brightness difference the exposure takes back: 1 would make every scene grey. */
  compensation: number;
  /** Most the exposure brightens a dark place / darkens a bright one, EV (stops): a camera at night stays dark. */
  maxBrightenEv: number;
  maxDarkenEv: number;
  /** Time constants of adapting toward a brighter / a darker scene, s (a camera darkens quickly). */
  brightenTauS: number;
  darkenTauS: number;
  /** With flashes reduced: adapt this fast both ways, so a doorway never blows out for long, s. */
  calmTauS: number;
}

export const EXPOSURE_TUNING: Readonly<ExposureTuning> = {
  keyLuminance: 0.085,
  compensation: 0.8,
  maxBrightenEv: 1.5,
  maxDarkenEv: 2.5,
  brightenTauS: 0.45,
  darkenTauS: 0.3,
  calmTauS: 0.1,
};

/**
 * Auto exposure as an action camera does it, pure (no GPU): fed the metered scene
 * luminance and the frame's duration, it eases the exposure (in stops, so a dark-to-bright
 * step adapts evenly) toward the one that takes back most of the difference from the key.
 * Entering the street from a stairwell the picture blows out, then settles within about a
 * second; with `calm` (reduced flashes) it settles in a few frames.
 */
export class ExposureAdapter {
  /** Current correction from the base exposure, stops (positive brightens). */
  ev = 0;
  /** The adapter's own clock: the (clamped) frame time it has adapted over, s. */
  clockS = 0;
  private primed = false;

  constructor(readonly tuning: Readonly<ExposureTuning> = EXPOSURE_TUNING) {}

  /** The correction the adapter is heading to for a metered luminance, stops. */
  targetEv(meteredLuminance: number): number {
    const t = this.tuning;
    const l = Math.max(meteredLuminance, 1e-5);
    const ev = -Math.log2(l / t.keyLuminance) * t.compensation;
    return Math.max(-t.maxDarkenEv, Math.min(t.maxBrightenEv, ev));
  }

  /**
   * Adapts toward the metered luminance over `dtS`.
   * @param meteredLuminance the scene's average luminance before exposure (linear)
   * @param dtS the frame's duration, s (clamped to a quarter second so a stall does not jump)
   * @param calm reduced flashes: adapt quickly both ways
   * @returns the exposure multiplier, 2^ev
   */
  update(meteredLuminance: number, dtS: number, calm = false): number {
    const target = this.targetEv(meteredLuminance);
    this.clockS += Math.min(dtS, MAX_STEP_S);
    if (!this.primed) {
      // The first metering sets the exposure outright: no fade-in from black at the start.
      this.ev = target;
      this.primed = true;
      return this.multiplier;
    }
    const t = this.tuning;
    const tau = calm ? t.calmTauS : target < this.ev ? t.darkenTauS : t.brightenTauS;
    const a = 1 - Math.exp(-Math.min(dtS, MAX_STEP_S) / tau);
    this.ev += (target - this.ev) * a;
    return this.multiplier;
  }

  /** The exposure multiplier for the current correction. */
  get multiplier(): number {
    return 2 ** this.ev;
  }

  /** Forgets the adaptation (a new level): the next metering sets it outright. */
  reset(): void {
    this.ev = 0;
    this.primed = false;
  }
}
