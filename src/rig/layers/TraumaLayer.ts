/**
 * Layer 6, trauma shake (Eiserloh, GDC 2016): trauma in [0, 1] added by events, decaying
 * linearly; shake = trauma^power; each axis = max angle x shake x two-octave seeded simplex
 * noise at `frequencyHz`. Own trauma (hits, falls) and world trauma (impulses) are kept
 * apart so the comfort envelope can scale them separately.
 */
import { createNoise2D, type NoiseFunction2D } from "simplex-noise";
import type { EffectiveLayers } from "../effective";
import { DEG, clamp, seededRandom } from "../math";
import { type LayerOut, createLayerOut, zeroLayerOut } from "./LayerOut";

type TraumaParams = EffectiveLayers["trauma"];

export class TraumaLayer {
  readonly out: LayerOut = createLayerOut();
  ownTrauma = 0;
  worldTrauma = 0;
  /** Shake amount this tick after comfort gains, 0..1. */
  shake = 0;
  private readonly noise: NoiseFunction2D;
  private u = 0;

  constructor(seed: number) {
    this.noise = createNoise2D(seededRandom(seed ^ 0x7a3c));
  }

  reset(): void {
    this.ownTrauma = this.worldTrauma = this.shake = this.u = 0;
    zeroLayerOut(this.out);
  }

  addOwn(amount: number): void {
    if (amount > 0) this.ownTrauma = clamp(this.ownTrauma + amount, 0, 1);
  }

  addWorld(amount: number): void {
    if (amount > 0) this.worldTrauma = clamp(this.worldTrauma + amount, 0, 1);
  }

  /** Two octaves, normalised to about [-1, 1]. */
  private n(row: number): number {
    return (this.noise(this.u, row) + 0.5 * this.noise(2 * this.u, row + 5.5)) / 1.5;
  }

  /** `ownGain` and `worldGain` are the comfort envelope's family gains. */
  step(p: TraumaParams, dtS: number, ownGain: number, worldGain: number): void {
    this.ownTrauma = Math.max(0, this.ownTrauma - p.decayPerS * dtS);
    this.worldTrauma = Math.max(0, this.worldTrauma - p.decayPerS * dtS);
    this.u += p.frequencyHz * dtS;
    const shake = Math.min(1, ownGain * this.ownTrauma ** p.shakePower + worldGain * this.worldTrauma ** p.shakePower);
    this.shake = shake;
    const o = this.out;
    if (shake === 0) {
      zeroLayerOut(o);
      return;
    }
    const k = p.gain * shake;
    o.pitch = k * p.maxPitchDeg * DEG * this.n(17.5);
    o.yaw = k * p.maxYawDeg * DEG * this.n(59.25);
    o.roll = k * p.maxRollDeg * DEG * this.n(97.75);
    if (p.maxOffsetM > 0) {
      o.x = k * p.maxOffsetM * this.n(139.5);
      o.y = k * p.maxOffsetM * this.n(181.25);
      o.z = k * p.maxOffsetM * this.n(223.75);
    } else {
      o.x = o.y = o.z = 0;
    }
  }
}
