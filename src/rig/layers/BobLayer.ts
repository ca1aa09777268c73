/**
 * Layer 2, stride bob and velocity tilt. Two models run side by side so a cross-fade
 * between presets never jumps: `stride` (phase from distance walked, src/rig/README.md) and `quake`
 * (Quake III's bobCycle, bg_pmove.c PM_Footsteps and cg_view.c). In both, a footstep
 * fires at every half cycle, from the same counter that moves the picture.
 */
import type { EffectiveLayers } from "../effective";
import { DEG, clamp, smoothing } from "../math";
import type { RigSignals } from "../RigSignals";
import { QUAKE_UNIT_M } from "../schema";
import { type LayerOut, createLayerOut } from "./LayerOut";

type BobParams = EffectiveLayers["bob"];

/** Quake III resets the cycle below 5 u/s and on a landing with delta >= 1 (100 u/s). */
const QUAKE_STILL_MPS = 5 * QUAKE_UNIT_M;
const QUAKE_LAND_RESET_MPS = 100 * QUAKE_UNIT_M;

export class BobLayer {
  readonly out: LayerOut = createLayerOut();
  /** Footsteps fired this tick (0 or 1 at any sane speed). */
  footsteps = 0;
  /** Foot of the last footstep this tick. */
  leftFoot = false;
  /** Phase of the dominant model, rad (one step = pi). */
  phaseRad = 0;
  /** Smoothed speed fraction s of the stride model. */
  speedFraction = 0;
  private stridePhaseRad = 0;
  /** Quake III's bobCycle as a float in [0, 256). */
  private quakeCycle = 0;
  private tiltVx = 0;
  private tiltVz = 0;

  reset(): void {
    this.footsteps = 0;
    this.phaseRad = this.stridePhaseRad = this.quakeCycle = 0;
    this.speedFraction = this.tiltVx = this.tiltVz = 0;
  }

  step(p: BobParams, s: RigSignals, dtS: number): void {
    const vx = s.velocityMps.x;
    const vz = s.velocityMps.z;
    const speed = Math.hypot(vx, vz);
    const q = clamp(p.model, 0, 1);
    const strideSteps = this.stepStride(p, s, speed, dtS);
    const quakeSteps = this.stepQuake(p, s, speed, dtS);
    const o = this.out;
    const sf = this.speedFraction;
    const phi = this.stridePhaseRad;
    const sinPhi = Math.sin(phi);
    // Quake III: bobfracsin = |sin((bobCycle & 127) / 127 * pi)|, leg = (bobCycle & 128) >> 7.
    const frac = Math.abs(Math.sin(((this.quakeCycle % 128) / 127) * Math.PI));
    const leg = this.quakeCycle >= 128 ? 1 : 0;
    const quakeAngleSpeed = Math.max(speed, p.quakeMinSpeedMps) * (s.crouched ? p.quakeCrouchAngleScale : 1);
    const quakeY = Math.min(p.quakeBobCapM, frac * speed * p.quakeBobUpS);
    const quakePitchDeg = frac * p.quakeBobPitchDegPerMps * quakeAngleSpeed;
    const quakeRollDeg = (leg === 1 ? -1 : 1) * frac * p.quakeBobRollDegPerMps * quakeAngleSpeed;

    const a = 1 - q;
    o.x = a * p.amplitudeXM * sf * sinPhi;
    o.y = a * -p.amplitudeYM * sf * Math.abs(sinPhi) + q * quakeY;
    o.z = 0;
    o.pitch = (a * -p.pitchDeg * sf * Math.abs(Math.sin(phi - 0.2)) - q * quakePitchDeg) * DEG;
    o.roll = (a * p.rollDeg * sf * sinPhi + q * quakeRollDeg) * DEG;
    o.yaw = 0;
    this.addTilt(p, vx, vz, dtS);

    const useQuake = q >= 0.5;
    this.footsteps = useQuake ? quakeSteps : strideSteps;
    if (useQuake) this.leftFoot = leg === 0;
    else this.leftFoot = Math.floor(this.stridePhaseRad / Math.PI) % 2 === 0;
    this.phaseRad = useQuake ? (this.quakeCycle / 128) * Math.PI : this.stridePhaseRad;
    o.x *= p.gain;
    o.y *= p.gain;
    o.pitch *= p.gain;
    o.roll *= p.gain;
  }

  /** Returns the number of half cycles crossed. */
  private stepStride(p: BobParams, s: RigSignals, speed: number, dtS: number): number {
    const target = s.grounded ? Math.min(1, speed / p.fullSpeedMps) * (s.crouched ? p.crouchScale : 1) : 0;
    this.speedFraction += (target - this.speedFraction) * smoothing(dtS, s.grounded ? p.speedSmoothS : p.airFadeS);
    if (!s.grounded) return 0;
    const stepLengthM = s.sprinting ? p.runStepLengthM : p.walkStepLengthM;
    const before = Math.floor(this.stridePhaseRad / Math.PI);
    this.stridePhaseRad += (Math.PI * speed * dtS) / stepLengthM;
    const after = Math.floor(this.stridePhaseRad / Math.PI);
    if (this.stridePhaseRad > 2e3 * Math.PI) this.stridePhaseRad -= 2e3 * Math.PI;
    return after - before;
  }

  /** Quake III's counter: frozen in the air, reset when still and on landing. */
  private stepQuake(p: BobParams, s: RigSignals, speed: number, dtS: number): number {
    if (s.landedImpactMps >= QUAKE_LAND_RESET_MPS) this.quakeCycle = 0;
    if (!s.grounded) return 0;
    if (speed < QUAKE_STILL_MPS) {
      this.quakeCycle = 0;
      return 0;
    }
    const hz = s.crouched ? p.quakeCrouchCycleHz : s.sprinting ? p.quakeRunCycleHz : p.quakeWalkCycleHz;
    const old = this.quakeCycle;
    const next = old + 256 * hz * dtS;
    // Quake III: if (((old + 64) ^ (bobCycle + 64)) & 128) a footstep.
    const steps = Math.floor((next + 64) / 128) - Math.floor((old + 64) / 128);
    this.quakeCycle = next % 256;
    return steps;
  }

  /** Quake III's runroll / runpitch on a smoothed velocity: roll into a strafe, nose down forward. */
  private addTilt(p: BobParams, vx: number, vz: number, dtS: number): void {
    const k = smoothing(dtS, p.speedSmoothS);
    this.tiltVx += (vx - this.tiltVx) * k;
    this.tiltVz += (vz - this.tiltVz) * k;
    this.out.roll -= p.tiltRollDegPerMps * this.tiltVx * DEG;
    this.out.pitch -= p.tiltPitchDegPerMps * this.tiltVz * DEG;
  }
}
