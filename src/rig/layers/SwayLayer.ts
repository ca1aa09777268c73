/**
 * Layer 3, handheld sway: per axis a sum of three bands of smooth seeded noise (slow,
 * middle, fast, like Cinemachine's handheld profiles), plus breathing whose rate and depth
 * grow with exertion.
 */
import { createNoise2D, type NoiseFunction2D } from "simplex-noise";
import type { EffectiveLayers } from "../effective";
import { DEG, TWO_PI, clamp, lerp, seededRandom } from "../math";
import type { RigSignals } from "../RigSignals";
import { type LayerOut, createLayerOut } from "./LayerOut";

type SwayParams = EffectiveLayers["sway"];

/** Rows of the noise plane, one per channel, far apart so channels are uncorrelated. */
const ROW_PITCH = 11.5;
const ROW_YAW = 47.25;
const ROW_ROLL = 83.75;
const ROW_X = 131.5;
const ROW_Y = 173.25;

export class SwayLayer {
  readonly out: LayerOut = createLayerOut();
  /** Exertion used this tick, 0..1 (the larger of the game's and the rig's own). */
  exertion = 0;
  private readonly noise: NoiseFunction2D;
  private slowU = 0;
  private midU = 0;
  private fastU = 0;
  private breathPhaseRad = 0;
  private ownExertion = 0;

  constructor(seed: number) {
    this.noise = createNoise2D(seededRandom(seed ^ 0x5a17));
  }

  reset(): void {
    this.slowU = this.midU = this.fastU = this.breathPhaseRad = this.ownExertion = this.exertion = 0;
  }

  private channel(p: SwayParams, row: number): number {
    const n = this.noise;
    return (
      p.slowAmplitudeDeg * n(this.slowU, row) +
      p.midAmplitudeDeg * n(this.midU, row + 3.1) +
      p.fastAmplitudeDeg * n(this.fastU, row + 6.7)
    );
  }

  step(p: SwayParams, s: RigSignals, dtS: number): void {
    // Each band keeps its own noise time so a frequency change (a cross-fade) never jumps.
    this.slowU += p.slowFrequencyHz * dtS;
    this.midU += p.midFrequencyHz * dtS;
    this.fastU += p.fastFrequencyHz * dtS;
    const rate = s.sprinting ? p.exertionRisePerS : -p.exertionFallPerS;
    this.ownExertion = clamp(this.ownExertion + rate * dtS, 0, 1);
    this.exertion = Math.max(this.ownExertion, clamp(s.exertion, 0, 1));
    this.breathPhaseRad = (this.breathPhaseRad + TWO_PI * lerp(p.breathRestHz, p.breathExertedHz, this.exertion) * dtS) % TWO_PI;
    const breathDeg = p.breathAmplitudeDeg * lerp(1, p.breathExertedScale, this.exertion) * Math.sin(this.breathPhaseRad);
    const o = this.out;
    const g = p.gain;
    o.pitch = g * (this.channel(p, ROW_PITCH) + breathDeg) * DEG;
    o.yaw = g * p.yawScale * this.channel(p, ROW_YAW) * DEG;
    o.roll = g * p.rollScale * this.channel(p, ROW_ROLL) * DEG;
    o.x = g * p.positionM * this.noise(this.midU, ROW_X);
    o.y = g * p.positionM * this.noise(this.midU, ROW_Y);
    o.z = 0;
  }
}
