import { Quaternion, Vector3 } from "three";
import { dutyAt, GAIT, runShare, stepLengthM } from "./gaitTuning";
import { createLegSample, LEG_MODES, sampleLegMode } from "./legModes";
import { clamp, smooth01, wrapRad, yawPitch, yawVec } from "./poseMath";
import { Foot, rocker } from "./Foot";
import { ANKLE_M, BALL, HEEL, HIP_DROP_M, HIP_HALF_M, PELVIS_REST_M, SHIN_M, THIGH_M } from "./skeleton";

const TAU = Math.PI * 2;
const _v = new Vector3();
const _w = new Vector3();
const _q = new Quaternion();
const _r = new Quaternion();
const _z = new Vector3(0, 0, 1);

/** What the legs read each tick. */
export interface GaitInput {
  /** Feet (the body's ground point), metres. */
  x: number;
  y: number;
  z: number;
  /** Planar velocity, m/s. */
  vx: number;
  vz: number;
  /** Body facing, radians (0 looks down -Z, positive turns left). */
  yawRad: number;
  /** 0 standing .. 1 crouched. */
  crouch01: number;
  /** An outside stride phase (the camera rig's), radians, one step per pi; NaN: keep our own. */
  phaseRad: number;
  /** The move state: "ground" walks; any key of LEG_MODES poses the legs by that mode. */
  move: string;
  moveProgress01: number;
}

/**
 * The walking and running cycle of one figure, stepped once per tick. The phase advances
 * by pi per step (step length from ground speed, or the rig's phase for Henry); each foot
 * is planted where the hip will pass over it and held there for its stance, rolling over
 * the heel and then the ball, so feet do not slide. In the swing it travels to the next
 * plant and lifts. The pelvis sinks wherever a leg could not otherwise reach its foot.
 */
export class Gait {
  readonly feet: [Foot, Foot] = [new Foot(), new Foot()];
  phaseRad = 0;
  /** The pelvis origin's height, world metres; forward lean and the stride's roll and yaw, radians. */
  pelvisY = 0;
  leanRad = 0;
  rollRad = 0;
  twistRad = 0;
  /** Smoothed ground speed, m/s, and 0 walk .. 1 run. */
  speedMps = 0;
  run01 = 0;
  /** Weight of a non-ground move (air, vault ...) over the walk, 0..1. */
  mode01 = 0;
  private duty: number = GAIT.dutyWalk;
  private lastExt = Number.NaN;
  private shuffleLeft = 0;
  private started = false;
  private readonly lastPos = new Vector3();
  private readonly sample = createLegSample();
  private modeName = "air";

  /** Puts both feet flat under the hips (first tick, teleports). */
  reset(inp: GaitInput): void {
    // Both feet down; with the rig's phase, ours starts equal to it so touchdowns meet its footsteps.
    this.phaseRad = Number.isNaN(inp.phaseRad) ? TAU * 0.55 : ((inp.phaseRad % TAU) + TAU) % TAU;
    this.speedMps = 0;
    this.shuffleLeft = 0;
    this.mode01 = 0;
    for (let i = 0; i < 2; i++) {
      const f = this.feet[i];
      yawVec(inp.yawRad, (i === 0 ? -1 : 1) * GAIT.stanceHalfM, 0, 0, _v);
      f.plant.set(inp.x + _v.x, inp.y + ANKLE_M, inp.z + _v.z);
      f.plantYaw = f.yaw = inp.yawRad;
      f.ankle.copy(f.plant);
      f.pitch = 0;
      f.stance = true;
      f.settled = false;
      f.heel = false;
    }
    this.pelvisY = inp.y + PELVIS_REST_M - GAIT.standDropM;
    this.lastPos.set(inp.x, inp.y, inp.z);
    this.lastExt = inp.phaseRad;
    this.started = true;
  }

  step(inp: GaitInput, dtS: number): void {
    if (!this.started || Math.hypot(inp.x - this.lastPos.x, inp.z - this.lastPos.z) > 2.5) this.reset(inp);
    this.lastPos.set(inp.x, inp.y, inp.z);
    const speed = Math.hypot(inp.vx, inp.vz);
    this.speedMps += (speed - this.speedMps) * (1 - Math.exp(-dtS / 0.12));
    this.run01 = runShare(this.speedMps);
    this.duty = dutyAt(this.speedMps, this.run01);
    const dphi = this.advancePhase(inp, speed, dtS);
    const omega = dphi / dtS;
    const mode = inp.move !== "ground" ? LEG_MODES[inp.move] : undefined;
    if (mode) this.modeName = inp.move;
    const blend = LEG_MODES[this.modeName]?.blendS ?? 0.12;
    const target = mode ? 1 : 0;
    const wasMode = this.mode01 > 0.5;
    this.mode01 = clamp(this.mode01 + (target > this.mode01 ? 1 : -1) * (dtS / blend), 0, 1);
    if (wasMode && !mode) this.land(inp);
    for (let i = 0; i < 2; i++) this.stepFoot(i, inp, speed, omega, dtS);
    this.stepPelvis(inp);
    if (this.mode01 > 0) this.applyMode(inp);
  }

  /** Advances the phase (ours or the rig's) and runs corrective steps when standing; returns the advance, rad. */
  private advancePhase(inp: GaitInput, speed: number, dtS: number): number {
    let dphi = 0;
    const ground = inp.move === "ground";
    if (!Number.isNaN(inp.phaseRad)) {
      const last = Number.isNaN(this.lastExt) ? inp.phaseRad : this.lastExt;
      const d = inp.phaseRad - last;
      // A phase that jumps back or far (a reset of the rig's cycle) moves nothing.
      dphi = d > 0 && d < Math.PI / 2 ? d : 0;
      this.lastExt = inp.phaseRad;
    } else if (ground && speed > GAIT.moveMinMps) {
      dphi = (Math.PI * speed * dtS) / this.stepLength(inp, speed);
    }
    if (dphi > 0 || !ground) this.shuffleLeft = 0;
    else {
      // With the rig's phase, a full cycle keeps each foot landing on its own footstep.
      if (this.shuffleLeft <= 0 && this.needsStep(inp)) this.shuffleLeft = Number.isNaN(inp.phaseRad) ? Math.PI : TAU;
      if (this.shuffleLeft > 0) {
        const d = Math.min(Math.PI * GAIT.idleStepsPerS * dtS, this.shuffleLeft);
        this.shuffleLeft -= d;
        dphi = d;
      }
    }
    this.phaseRad = (this.phaseRad + dphi) % (TAU * 1000);
    return dphi;
  }

  /** Step length for this speed and direction of travel relative to the facing, metres. */
  private stepLength(inp: GaitInput, speed: number): number {
    const fwd = (-Math.sin(inp.yawRad) * inp.vx - Math.cos(inp.yawRad) * inp.vz) / speed;
    const dir = fwd >= 0 ? GAIT.stepSideScale + (1 - GAIT.stepSideScale) * fwd : GAIT.stepSideScale + (GAIT.stepBackScale - GAIT.stepSideScale) * -fwd;
    return stepLengthM(speed) * dir;
  }

  /** Standing still: whether a foot is far from under its hip or turned away. */
  private needsStep(inp: GaitInput): boolean {
    for (let i = 0; i < 2; i++) {
      const f = this.feet[i];
      yawVec(inp.yawRad, (i === 0 ? -1 : 1) * GAIT.stanceHalfM, 0, 0, _v);
      const err = Math.hypot(f.plant.x - inp.x - _v.x, f.plant.z - inp.z - _v.z);
      if (err > GAIT.idleErrM || Math.abs(wrapRad(f.plantYaw - inp.yawRad)) > GAIT.idleYawErrRad) return true;
    }
    return false;
  }

  private stepFoot(i: number, inp: GaitInput, speed: number, omega: number, dtS: number): void {
    const f = this.feet[i];
    const duty = this.duty;
    const c = (this.phaseRad / TAU + i * 0.5) % 1;
    const wantStance = c < duty;
    const groundAnkle = inp.y + ANKLE_M;
    if (wantStance && !f.stance) {
      if (f.swingU < 0.8 && !f.settled) {
        // The cycle says down early in a swing (the pace changed): bring the foot down first.
        this.target(f, i, inp, speed, omega, 1);
        this.settle(f, dtS);
        return;
      }
      f.stance = true;
      f.heel = !f.settled;
      if (!f.settled) f.plant.set(f.plant.x, groundAnkle, f.plant.z);
      f.settled = false;
    } else if (!wantStance && f.stance) {
      f.stance = false;
      f.lift.copy(f.ankle);
      f.liftPitch = f.pitch;
      f.liftYaw = f.yaw;
      f.liftS = (c - duty) / (1 - duty);
      f.swingU = 0;
    }
    if (f.stance) {
      this.roll(f, c / duty);
      return;
    }
    const s = (c - duty) / (1 - duty);
    // Once the foot is over its spot the spot stays put until the stance takes it.
    if (f.swingU < GAIT.overShare || f.settled) this.target(f, i, inp, speed, omega, s);
    if (omega < 1e-3) {
      this.target(f, i, inp, 0, 0, 1);
      this.settle(f, dtS);
      return;
    }
    if (f.settled) {
      f.settled = false;
      f.lift.copy(f.ankle);
      f.liftPitch = f.pitch;
      f.liftYaw = f.yaw;
      f.liftS = s;
    }
    const u = f.liftS < 1 ? clamp((s - f.liftS) / (1 - f.liftS), 0, 1) : 1;
    f.swingU = u;
    // Over the spot first, then straight down onto it: the sole meets the ground at rest.
    const k = smooth01(u / GAIT.overShare);
    const heel = GAIT.heelStrikeRad * (1 - this.run01);
    // Along the ground from lift-off to where the heel strikes (the plant rolled back onto
    // the heel), starting and arriving at rest; up and over, highest early (the heel kicks
    // up), arriving at rest.
    rocker(f.plant, f.plantYaw, heel, HEEL, _w);
    f.ankle.lerpVectors(f.lift, _w, k);
    const lift = (GAIT.liftWalkM + (GAIT.liftRunM - GAIT.liftWalkM) * this.run01) * Math.min(1, 0.3 + speed);
    const a = GAIT.swingPeakAt;
    f.ankle.y += lift * Math.sin(Math.PI * (u < a ? (0.5 * u) / a : 0.5 + (0.5 * (u - a)) / (1 - a)));
    f.pitch = f.liftPitch + (heel - f.liftPitch) * k;
    f.yaw = f.liftYaw + wrapRad(f.plantYaw - f.liftYaw) * k;
  }

  /** Stance: rolls over the heel, stands flat, then rises onto the ball; `u` is 0..1 of the stance. */
  private roll(f: Foot, u: number): void {
    let pitch = 0;
    let pivot = HEEL;
    if (f.heel && u < GAIT.heelShare) pitch = GAIT.heelStrikeRad * (1 - this.run01) * (1 - smooth01(u / GAIT.heelShare));
    else if (u > 1 - GAIT.toeShare) {
      pitch = -(GAIT.toeOffRad + (GAIT.toeOffRunRad - GAIT.toeOffRad) * this.run01) * smooth01((u - (1 - GAIT.toeShare)) / GAIT.toeShare);
      pivot = BALL;
    }
    f.pitch = pitch;
    f.yaw = f.plantYaw;
    rocker(f.plant, f.plantYaw, pitch, pivot, f.ankle);
  }

  /** Where a swinging foot will be planted: under its hip when the body gets there, ahead by a share of the stance. */
  private target(f: Foot, i: number, inp: GaitInput, speed: number, omega: number, s: number): void {
    const side = i === 0 ? -1 : 1;
    let bx = inp.x;
    let bz = inp.z;
    let lead = 0;
    if (omega > 1e-3 && speed > 1e-3) {
      const cycleS = TAU / omega;
      const tRem = (1 - s) * (1 - this.duty) * cycleS;
      bx += inp.vx * tRem;
      bz += inp.vz * tRem;
      const share = GAIT.frontShareWalk + (GAIT.frontShareRun - GAIT.frontShareWalk) * this.run01;
      lead = Math.min(GAIT.frontMaxM, share * speed * this.duty * cycleS) / speed;
    }
    const rx = Math.cos(inp.yawRad);
    const rz = -Math.sin(inp.yawRad);
    let tx = bx + rx * side * GAIT.stanceHalfM + inp.vx * lead;
    let tz = bz + rz * side * GAIT.stanceHalfM + inp.vz * lead;
    // Never across the other foot's side of the body.
    const lat = (tx - bx) * rx + (tz - bz) * rz;
    const fix = side < 0 ? Math.min(0, -0.05 - lat) : Math.max(0, 0.05 - lat);
    tx += rx * fix;
    tz += rz * fix;
    f.plant.set(tx, inp.y + ANKLE_M, tz);
    f.plantYaw = inp.yawRad;
  }

  /** Brings a foot down flat on its plant (the cycle stopped or changed pace under it). */
  private settle(f: Foot, dtS: number): void {
    const k = 1 - Math.exp(-GAIT.settlePerS * dtS);
    f.ankle.lerp(f.plant, k);
    f.pitch += (0 - f.pitch) * k;
    f.yaw += wrapRad(f.plantYaw - f.yaw) * k;
    if (f.ankle.distanceTo(f.plant) < 0.01) {
      f.ankle.copy(f.plant);
      f.pitch = 0;
      f.settled = true;
    }
  }

  /** The pelvis height: standing, crouched and bobbing, but never so high a leg cannot reach. */
  private stepPelvis(inp: GaitInput): void {
    const phi = this.phaseRad;
    const move = Math.min(1, this.speedMps / 1.2);
    this.leanRad = (GAIT.leanWalkRad + (GAIT.leanRunRad - GAIT.leanWalkRad) * this.run01) * move + 0.35 * inp.crouch01;
    this.rollRad = GAIT.pelvisRollRad * move * Math.cos(phi) * (1 - 0.5 * this.run01);
    this.twistRad = GAIT.pelvisYawRad * move * Math.sin(phi);
    const walkBob = GAIT.bobWalkM * (1 - this.run01) * move * (1 + Math.cos(2 * phi)) * 0.5;
    const runBob = GAIT.bobRunM * this.run01 * (1 + Math.cos(2 * (phi - Math.PI * this.duty))) * 0.5;
    let y = inp.y + PELVIS_REST_M - GAIT.standDropM - GAIT.crouchDropM * inp.crouch01 - walkBob - runBob;
    const reach = GAIT.reachShare * (THIGH_M + SHIN_M);
    // The hips as the pelvis will turn them (yaw, stride twist, lean, roll).
    yawPitch(inp.yawRad + this.twistRad, -this.leanRad, _q).multiply(_r.setFromAxisAngle(_z, this.rollRad));
    for (let i = 0; i < 2; i++) {
      const f = this.feet[i];
      const a = f.ankle;
      _v.set((i === 0 ? -1 : 1) * HIP_HALF_M, -HIP_DROP_M, 0).applyQuaternion(_q);
      const dxz = Math.hypot(a.x - inp.x - _v.x, a.z - inp.z - _v.z);
      const up = dxz < reach ? Math.sqrt(reach * reach - dxz * dxz) : 0;
      // A foot in the air may trail or reach (the leg stretches); the pelvis yields as it comes down.
      const slack = f.stance ? 0 : Math.max(0, a.y - inp.y - ANKLE_M - 0.02) * GAIT.liftSlackPerM;
      y = Math.min(y, a.y + up - _v.y + slack);
    }
    this.pelvisY = Math.max(inp.y + GAIT.pelvisMinM, y);
  }

  /** Blends the ankles and pelvis toward a move state's pose (a jump, a vault ...). */
  private applyMode(inp: GaitInput): void {
    const mode = LEG_MODES[this.modeName];
    if (!mode) return;
    const s = sampleLegMode(mode, inp.moveProgress01, this.sample);
    const w = smooth01(this.mode01);
    const standY = inp.y + PELVIS_REST_M - GAIT.standDropM - s.dropM;
    this.pelvisY += (standY - this.pelvisY) * w;
    this.leanRad += (s.leanRad - this.leanRad) * w;
    this.rollRad *= 1 - w;
    this.twistRad *= 1 - w;
    for (let i = 0; i < 2; i++) {
      const o = i === 0 ? s.left : s.right;
      yawVec(inp.yawRad, o[0], o[1], o[2], _v);
      const f = this.feet[i];
      _w.set(inp.x + _v.x, this.pelvisY + _v.y, inp.z + _v.z);
      f.ankle.lerp(_w, w);
      f.pitch *= 1 - w;
      f.yaw += wrapRad(inp.yawRad - f.yaw) * w;
    }
  }

  /** Back on the ground after a move: each foot comes down where it is and the walk resumes from there. */
  private land(inp: GaitInput): void {
    for (const f of this.feet) {
      f.plant.set(f.ankle.x, inp.y + ANKLE_M, f.ankle.z);
      f.plantYaw = inp.yawRad;
      f.settled = false;
      f.stance = false;
      f.lift.copy(f.ankle);
      f.liftPitch = f.pitch;
      f.liftYaw = f.yaw;
      f.liftS = 0;
    }
  }
}
