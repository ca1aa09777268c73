/**
 * Layer 10, lens: the player's FOV is the base; the preset adds `fovOffsetDeg` and eased
 * kicks on sprint and impacts; "lock FOV" removes offset and kicks. Post-process
 * parameters (barrel, vignette, chromatic aberration, motion blur) are scaled by the
 * layer gain and the comfort envelope's lens gain.
 */
import type { EffectiveLayers } from "../effective";
import { clamp, smoothing } from "../math";
import type { RigPose } from "../RigPose";

type LensParams = EffectiveLayers["lens"];

export const MIN_FOV_DEG = 20;
export const MAX_FOV_DEG = 150;

export class LensLayer {
  private sprintKickDeg = 0;
  private impactLevelDeg = 0;
  private impactKickDeg = 0;

  reset(): void {
    this.sprintKickDeg = this.impactLevelDeg = this.impactKickDeg = 0;
  }

  /** An impact of strength 0..1 (the largest of the tick wins). */
  impact(p: LensParams, strength: number): void {
    this.impactLevelDeg = Math.max(this.impactLevelDeg, p.impactKickDeg * clamp(strength, 0, 1));
  }

  step(
    p: LensParams,
    sprinting: boolean,
    playerFovDeg: number,
    lensGain: number,
    lockFov: boolean,
    dtS: number,
    pose: RigPose,
  ): void {
    const ease = smoothing(dtS, p.kickEaseS);
    this.sprintKickDeg += ((sprinting ? p.sprintKickDeg : 0) - this.sprintKickDeg) * ease;
    this.impactLevelDeg *= 1 - smoothing(dtS, p.impactDecayS);
    this.impactKickDeg += (this.impactLevelDeg - this.impactKickDeg) * ease;
    const g = p.gain;
    const fx = lockFov ? 0 : g * (p.fovOffsetDeg + lensGain * (this.sprintKickDeg + this.impactKickDeg));
    pose.fovDeg = clamp(playerFovDeg + fx, MIN_FOV_DEG, MAX_FOV_DEG);
    const k = g * lensGain;
    pose.lens.barrel = clamp(k * p.barrelAmount, 0, 1);
    pose.lens.vignette = clamp(k * p.vignetteAmount, 0, 1);
    pose.lens.chromatic = clamp(k * p.chromaticAmount, 0, 1);
    pose.lens.motionBlur = clamp(k * p.motionBlurAmount, 0, 1);
  }
}
