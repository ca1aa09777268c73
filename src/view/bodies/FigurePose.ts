import { Quaternion, Vector3 } from "three";
import { ActionPlayer } from "./ActionPlayer";
import type { BodyInput } from "./BodyInput";
import { Gait, type GaitInput } from "./Gait";
import { type HoldDef, HOLDS } from "./holds";
import { clamp, limbRotation, smooth01, Spring, twoBoneIk, wrapRad, yawPitch } from "./poseMath";
import { type HitInfo, Reactions } from "./Reactions";
import { Skel } from "./Skel";
import { Bone, HIP_DROP_M, HIP_HALF_M, LEGS, SHIN_M, THIGH_M } from "./skeleton";
import { UpperBody } from "./UpperBody";

/** Hips turning into a sideways run: from this speed, fully this much faster, at most, backpedal beyond; m/s, rad, s. */
const HIPS = { minMps: 1.2, fullOverMps: 1.5, maxRad: 1.25, backpedalRad: 2.3, followS: 0.15 } as const;

const _q = new Quaternion();
const _r = new Quaternion();
const _hip = new Vector3();
const _knee = new Vector3();
const _pole = new Vector3();
const _d = new Vector3();
const _z = new Vector3(0, 0, 1);

/**
 * One figure's pose, a pure function of the ticks it is stepped with: the walking cycle
 * and the legs' IK, the pelvis with its lean, roll and bob, the upper body (aim, hold,
 * arms, head), actions and reactions. Stepped once per core tick, never by the wall
 * clock; the view blends two ticks' poses. Reads the core's state through `BodyInput`
 * and never writes to it.
 */
export class FigurePose {
  readonly skel = new Skel();
  readonly gait = new Gait();
  readonly actions = new ActionPlayer();
  readonly react = new Reactions();
  /** Raising the weapon to the aim, 0..1. */
  readonly aim = new Spring(16);
  hold: HoldDef = HOLDS.none;
  /** The hips turned toward the way the body runs when that is not where it faces, radians. */
  hipTurnRad = 0;
  private readonly upper = new UpperBody();
  private readonly gaitIn: GaitInput = { x: 0, y: 0, z: 0, vx: 0, vz: 0, yawRad: 0, crouch01: 0, phaseRad: Number.NaN, move: "ground", moveProgress01: 0 };
  private shotsPending = 0;
  private readonly hitPending: HitInfo = { dirX: 0, dirY: 0, dirZ: 0, heightM: 0, strength: 0 };

  constructor(
    /** Seeds the figure's variation (hit reactions). */
    readonly id: number,
  ) {}

  setHold(hold: HoldDef): void {
    this.hold = hold;
  }

  /** A shot fired this tick: its recoil shows from the next tick, so the round leaves along the aim. */
  fire(): void {
    this.shotsPending++;
  }

  /** A blow this tick: the body gives way from the next tick. */
  hit(h: HitInfo): void {
    const p = this.hitPending;
    p.dirX = h.dirX;
    p.dirY = h.dirY;
    p.dirZ = h.dirZ;
    p.heightM = h.heightM;
    p.strength = h.strength;
  }

  /** Starts a one-shot action (reload, throw ...), over its own length or `durationS`. */
  play(action: string, durationS?: number): void {
    this.actions.play(action, durationS);
  }

  /** Forgets the past: the next step stands the figure where the input puts it. */
  reset(): void {
    this.gait.reset(this.gaitIn);
    this.actions.reset();
    this.react.reset();
    this.aim.reset();
    this.shotsPending = 0;
    this.hitPending.strength = 0;
  }

  /** Advances one tick (`dtS` = FIXED_DT) on the core's tick `tick`. */
  step(inp: BodyInput, dtS: number, tick: number): void {
    // Springs first: an event of the last tick shows from this one.
    this.react.step(dtS, inp.staggered);
    this.actions.step(dtS, inp.action);
    const aimWanted = inp.aiming && this.hold.aim !== null ? 1 : 0;
    this.aim.x = clamp(this.aim.x, 0, 1);
    this.aim.step(dtS, aimWanted);
    const g = this.gaitIn;
    g.x = inp.x;
    g.y = inp.y;
    g.z = inp.z;
    g.vx = inp.vx;
    g.vz = inp.vz;
    g.yawRad = inp.yawRad + this.turnHips(inp, dtS);
    g.crouch01 = clamp(inp.crouch01 + this.actions.channel("crouch"), 0, 1);
    g.phaseRad = inp.phaseRad;
    g.move = inp.move;
    g.moveProgress01 = inp.moveProgress01;
    this.gait.step(g, dtS);
    this.pelvis(inp, g.yawRad);
    this.legs(g.yawRad);
    this.upper.step(this, inp, dtS);
    // This tick's shots and blows kick the springs after the pose: they show from the next tick.
    for (; this.shotsPending > 0; this.shotsPending--) this.react.fire(this.hold === HOLDS.rifle ? 1 : 0.7);
    if (this.hitPending.strength > 0) {
      this.react.hit(this.hitPending, inp.yawRad, this.id, tick);
      this.hitPending.strength = 0;
    }
  }

  /**
   * Running across or away from where it faces (a strafe, a flank under fire), a body
   * turns its hips into the run and twists the torso back; it backpedals only when going
   * almost straight back. Returns the hips' turn, radians.
   */
  private turnHips(inp: BodyInput, dtS: number): number {
    const speed = Math.hypot(inp.vx, inp.vz);
    let want = 0;
    if (speed > HIPS.minMps && inp.move === "ground") {
      const rel = wrapRad(Math.atan2(-inp.vx, -inp.vz) - inp.yawRad);
      if (Math.abs(rel) < HIPS.backpedalRad) want = clamp(rel, -HIPS.maxRad, HIPS.maxRad) * smooth01((speed - HIPS.minMps) / HIPS.fullOverMps);
    }
    this.hipTurnRad += (want - this.hipTurnRad) * (1 - Math.exp(-dtS / HIPS.followS));
    return this.hipTurnRad;
  }

  private pelvis(inp: BodyInput, yawRad: number): void {
    const r = this.react;
    const gait = this.gait;
    const sy = Math.sin(yawRad);
    const cy = Math.cos(yawRad);
    const f = r.shiftFwd.x;
    const s = r.shiftRight.x;
    this.skel.root.set(inp.x - sy * f + cy * s, gait.pelvisY - r.dip.x, inp.z - cy * f - sy * s);
    const lean = gait.leanRad + this.actions.channel("lean") - 0.3 * r.torsoPitch.x - 0.15 * r.stagger.x;
    yawPitch(yawRad + gait.twistRad + 0.3 * r.torsoYaw.x, -lean, _q);
    _q.multiply(_r.setFromAxisAngle(_z, gait.rollRad + 0.3 * r.torsoRoll.x));
    this.skel.set(Bone.pelvis, _q);
  }

  /** Two-bone IK from each hip to its ankle, knees forward; the feet as the gait turned them. */
  private legs(yawRad: number): void {
    const sk = this.skel;
    const pq = sk.world.q[Bone.pelvis];
    for (let i = 0; i < 2; i++) {
      const leg = LEGS[i];
      const foot = this.gait.feet[i];
      _hip.set(leg.side * HIP_HALF_M, -HIP_DROP_M, 0).applyQuaternion(pq).add(sk.root);
      _pole.set(-Math.sin(yawRad) + Math.cos(yawRad) * leg.side * 0.12, 0, -Math.cos(yawRad) - Math.sin(yawRad) * leg.side * 0.12);
      twoBoneIk(_hip, foot.ankle, _pole, THIGH_M, SHIN_M, _knee);
      sk.setWorld(leg.thigh, limbRotation(_d.subVectors(_knee, _hip), _pole, _q));
      sk.setWorld(leg.shin, limbRotation(_d.subVectors(foot.ankle, _knee), _pole, _q));
      sk.setWorld(leg.foot, yawPitch(foot.yaw, foot.pitch, _q));
    }
  }

  /** Writes this tick's pose into a pose buffer at offset `o`. */
  write(buf: Float32Array, o: number): void {
    this.skel.write(buf, o);
  }
}
