/**
 * Layer 10, lens: the player's FOV is the base; eased kicks on impacts come and go around
 * it. Sprint widening is the player's own comfort setting in play (`sprintFovDeg`); where
 * the preset's look is wanted (the Lab, footage), the preset's `fovOffsetDeg` and
 * `sprintKickDeg` apply instead. "Lock FOV" removes offset and kicks. Post-process
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
  /** How far into a sprint, eased: 0..1. */
  private sprint01 = 0;
  private impactLevelDeg = 0;
  private impactKickDeg = 0;

  reset(): void {
    this.sprint01 = this.impactLevelDeg = this.impactKickDeg = 0;
  }

  /** An impact of strength 0..1 (the largest of the tick wins). */
  impact(p: LensParams, strength: number): void {
    this.impactLevelDeg = Math.max(this.impactLevelDeg, p.impactKickDeg * clamp(strength, 0, 1));
  }

  /**
   * @param fov the player's FOV and comfort: `sprintFovDeg` null takes the preset's offset
   *   and sprint kick (the preset's look), a number is the player's own sprint widening.
   */
  step(
    p: LensParams,
    sprinting: boolean,
    fov: { playerFovDeg: number; sprintFovDeg: number | null; lensGain: number; lockFov: boolean },
    dtS: number,
    pose: RigPose,
  ): void {
    const ease = smoothing(dtS, p.kickEaseS);
    this.sprint01 += ((sprinting ? 1 : 0) - this.sprint01) * ease;
    this.impactLevelDeg *= 1 - smoothing(dtS, p.impactDecayS);
    this.impactKickDeg += (this.impactLevelDeg - this.impactKickDeg) * ease;
    const g = p.gain;
    const { playerFovDeg, sprintFovDeg, lensGain, lockFov } = fov;
    const presetLook = sprintFovDeg === null;
    const kicks = g * lensGain * (this.impactKickDeg + (presetLook ? this.sprint01 * p.sprintKickDeg : 0));
    const own = presetLook ? g * p.fovOffsetDeg : this.sprint01 * sprintFovDeg;
    const fx = lockFov ? 0 : own + kicks;
    pose.fovDeg = clamp(playerFovDeg + fx, MIN_FOV_DEG, MAX_FOV_DEG);
    const k = g * lensGain;
    pose.lens.barrel = clamp(k * p.barrelAmount, 0, 1);
    pose.lens.vignette = clamp(k * p.vignetteAmount, 0, 1);
    pose.lens.chromatic = clamp(k * p.chromaticAmount, 0, 1);
    pose.lens.motionBlur = clamp(k * p.motionBlurAmount, 0, 1);
  }
}
