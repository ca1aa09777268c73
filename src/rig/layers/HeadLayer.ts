/**
 * Layer 1, head: the eye height from the core, with crouch transitions and step-ups eased
 * out linearly as Quake III does (DUCK_TIME 0.1 s, STEP_TIME 0.2 s, capped step offset).
 */
import type { EffectiveLayers } from "../effective";
import { clamp, towardZero } from "../math";
import type { RigSignals } from "../RigSignals";

type HeadParams = EffectiveLayers["head"];

export class HeadLayer {
  /** Eased eye height above the feet, m. */
  eyeHeightM = 1.6;
  private prevRawM = Number.NaN;
  private prevCrouched = false;
  private duckOffsetM = 0;
  private duckRateMps = 0;
  private stepOffsetM = 0;
  private stepRateMps = 0;

  reset(): void {
    this.prevRawM = Number.NaN;
    this.duckOffsetM = this.duckRateMps = this.stepOffsetM = this.stepRateMps = 0;
  }

  /**
   * A change of eye height on a tick where `crouched` flips is a crouch; any other change
   * on the ground is a step (the core folds steps into its eye height); in the air it passes.
   */
  step(p: HeadParams, s: RigSignals, dtS: number): void {
    const raw = s.eyeHeightM;
    if (Number.isNaN(this.prevRawM)) {
      this.prevRawM = raw;
      this.prevCrouched = s.crouched;
    }
    const delta = raw - this.prevRawM;
    if (delta !== 0) {
      if (s.crouched !== this.prevCrouched) {
        this.duckOffsetM -= delta;
        this.duckRateMps = p.crouchSmoothS > 0 ? Math.abs(this.duckOffsetM) / p.crouchSmoothS : Infinity;
      } else if (s.grounded) {
        this.stepOffsetM = clamp(this.stepOffsetM - delta, -p.stepMaxM, p.stepMaxM);
        this.stepRateMps = p.stepSmoothS > 0 ? Math.abs(this.stepOffsetM) / p.stepSmoothS : Infinity;
      }
    }
    this.prevRawM = raw;
    this.prevCrouched = s.crouched;
    this.duckOffsetM = towardZero(this.duckOffsetM, this.duckRateMps * dtS);
    this.stepOffsetM = towardZero(this.stepOffsetM, this.stepRateMps * dtS);
    this.eyeHeightM = raw + p.gain * (p.eyeOffsetM + this.duckOffsetM + this.stepOffsetM);
  }
}
