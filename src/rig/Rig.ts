/**
 * The camera rig: eleven layers composed in order (src/rig/README.md), stepped at the simulation's fixed
 * tick from signals, producing a pose offset the view adds on top of the player's eye.
 * Pure and deterministic: same settings, seed and signals give the same poses. No
 * allocation in `step`.
 */
import { type ComfortSettings, defaultComfort } from "./comfort";
import { type EffectiveLayers, blendEffective, copyEffective, createEffective, writeEffective } from "./effective";
import { BobLayer } from "./layers/BobLayer";
import { HeadLayer } from "./layers/HeadLayer";
import { ImpulseLayer, type ImpulseOptions } from "./layers/ImpulseLayer";
import { LandingLayer } from "./layers/LandingLayer";
import { addScaled, createLayerOut, zeroLayerOut } from "./layers/LayerOut";
import { LensLayer } from "./layers/LensLayer";
import { MovesLayer } from "./layers/MovesLayer";
import { PunchSpring } from "./layers/PunchSpring";
import { Stabiliser } from "./layers/Stabiliser";
import { SwayLayer } from "./layers/SwayLayer";
import { TraumaLayer } from "./layers/TraumaLayer";
import { DEG, clamp, smoothstep } from "./math";
import { type FootstepEvent, type RigEvent, type RigPose, createRigPose } from "./RigPose";
import type { RigSignals } from "./RigSignals";
import type { RigSettings } from "./schema";

export type { RigPose, RigEvent } from "./RigPose";
export type { ImpulseOptions } from "./layers/ImpulseLayer";

/** Options of a new rig. */
export interface RigOptions {
  settings: RigSettings;
  /** The player's comfort envelope; default full effects. */
  comfort?: ComfortSettings;
  /** Seed of the noise layers; default 1. */
  seed?: number;
  /** The player's horizontal FOV, deg; default 90, clamped to 60..120. */
  playerFovDeg?: number;
  /**
   * Whose FOV look: "preset" (default; the Lab and footage) adds the preset's FOV offset
   * and sprint kick; "player" (play) keeps the player's FOV, widened only by the comfort
   * setting `sprintFovDeg`, with impact kicks as brief changes around it.
   */
  fovLook?: "preset" | "player";
}

const EVENT_CAPACITY = 16;

export class Rig {
  /** This tick's pose offset (one object, rewritten by `step`). */
  readonly pose: RigPose = createRigPose();
  /** Settings of the current operator (the target of a running cross-fade). */
  settings: RigSettings;
  comfort: ComfortSettings;
  playerFovDeg = 90;
  private readonly fovLook: "preset" | "player";
  private readonly lensFov = { playerFovDeg: 90, sprintFovDeg: null as number | null, lensGain: 1, lockFov: false };
  /** Per-layer numbers in use this tick (blended during a cross-fade). */
  readonly effective: EffectiveLayers = createEffective();
  readonly head = new HeadLayer();
  readonly bob = new BobLayer();
  readonly sway: SwayLayer;
  readonly landing = new LandingLayer();
  readonly moves = new MovesLayer();
  readonly punchSpring = new PunchSpring();
  readonly trauma: TraumaLayer;
  readonly impulses = new ImpulseLayer();
  readonly stabiliser = new Stabiliser();
  readonly lens = new LensLayer();
  private readonly blendFrom: EffectiveLayers = createEffective();
  private readonly blendTo: EffectiveLayers = createEffective();
  private blendS = 0;
  private blendT = 0;
  private blending = false;
  private readonly sum = createLayerOut();
  private readonly punchOut = createLayerOut();
  private prevPitch = 0;
  private prevYaw = 0;
  private prevRoll = 0;
  private readonly events: FootstepEvent[] = [];
  private eventCount = 0;

  constructor(opts: RigOptions) {
    const seed = opts.seed ?? 1;
    this.sway = new SwayLayer(seed);
    this.trauma = new TraumaLayer(seed);
    this.settings = opts.settings;
    this.comfort = opts.comfort ?? defaultComfort();
    this.fovLook = opts.fovLook ?? "preset";
    this.setPlayerFov(opts.playerFovDeg ?? 90);
    writeEffective(this.settings, this.effective);
    for (let i = 0; i < EVENT_CAPACITY; i++) this.events.push({ kind: "footstep", foot: "left", surface: "", speedMps: 0 });
    this.pose.fovDeg = this.playerFovDeg;
  }

  /** Cross-fades to another operator's preset over `blendS` seconds (0 = at once). */
  setOperator(settings: RigSettings, blendS: number): void {
    this.settings = settings;
    if (!(blendS > 0)) {
      writeEffective(settings, this.effective);
      this.blending = false;
      return;
    }
    copyEffective(this.effective, this.blendFrom);
    writeEffective(settings, this.blendTo);
    this.blendS = blendS;
    this.blendT = 0;
    this.blending = true;
  }

  /** Replaces the player's comfort envelope (takes effect next tick). */
  setComfort(c: ComfortSettings): void {
    this.comfort = c;
  }

  /** The player's horizontal FOV, deg (clamped to 60..120). */
  setPlayerFov(deg: number): void {
    this.playerFovDeg = Number.isFinite(deg) ? clamp(deg, 60, 120) : 90;
  }

  /** A recoil, melee or damage kick: the kick angles, rad (pitch up, yaw left positive). */
  punch(pitchRad: number, yawRad: number, rollRad = 0): void {
    const p = this.effective.punch;
    const max = p.maxAngleDeg * DEG;
    this.punchSpring.kick(clamp(pitchRad, -max, max), clamp(yawRad, -max, max), clamp(rollRad, -max, max), p.kickVelocityPerS);
  }

  /** Adds own trauma (0..1; hits, falls). */
  addTrauma(amount: number): void {
    if (Number.isFinite(amount)) this.trauma.addOwn(amount);
  }

  /** An explosion or close impact at a world position (see ImpulseOptions). */
  impulse(opts: ImpulseOptions): void {
    this.impulses.add(this.effective.impulse, opts);
  }

  /** Visits and clears this tick's events. The event objects are reused: copy what you keep. */
  drainEvents(visit: (e: RigEvent) => void): void {
    for (let i = 0; i < this.eventCount; i++) visit(this.events[i]);
    this.eventCount = 0;
  }

  /** Back to rest: every layer's state cleared, pending impulses and events dropped. */
  reset(): void {
    this.head.reset();
    this.bob.reset();
    this.sway.reset();
    this.landing.reset();
    this.moves.reset();
    this.punchSpring.reset();
    this.trauma.reset();
    this.impulses.reset();
    this.stabiliser.reset();
    this.lens.reset();
    if (this.blending) copyEffective(this.blendTo, this.effective);
    this.blending = false;
    this.prevPitch = this.prevYaw = this.prevRoll = 0;
    this.eventCount = 0;
    const pose = this.pose;
    pose.offsetM.x = pose.offsetM.y = pose.offsetM.z = 0;
    pose.pitchRad = pose.yawRad = pose.rollRad = pose.stridePhaseRad = 0;
    pose.fovDeg = this.playerFovDeg;
  }

  /** Advances every layer by `dtS` (normally 1/60 s) and rewrites `pose`. */
  step(signals: RigSignals, dtS: number): void {
    if (!(dtS > 0)) return;
    this.advanceBlend(dtS);
    const e = this.effective;
    const c = this.comfort;
    this.head.step(e.head, signals, dtS);
    this.bob.step(e.bob, signals, dtS);
    this.emitFootsteps(signals);
    this.sway.step(e.sway, signals, dtS);
    this.landing.step(e.landing, signals, dtS);
    this.moves.step(e.moves, signals, dtS);
    if (this.landing.nodDeg > 0) {
      this.punchSpring.kick(-this.landing.nodDeg * c.headBobGain * DEG, 0, 0, e.punch.kickVelocityPerS);
    }
    this.trauma.addOwn(this.landing.traumaAdded);
    this.punchSpring.step(dtS, e.punch.stiffnessPerS2, e.punch.dampingPerS, e.punch.maxAngleDeg * DEG);
    this.impulses.step(e.impulse, dtS);
    this.trauma.addWorld(this.impulses.traumaAdded);
    this.trauma.step(e.trauma, dtS, c.ownShakeGain, c.worldShakeGain);

    const sum = this.sum;
    zeroLayerOut(sum);
    addScaled(sum, this.bob.out, c.headBobGain);
    addScaled(sum, this.sway.out, c.swayGain);
    addScaled(sum, this.landing.out, c.headBobGain);
    addScaled(sum, this.moves.out, c.headBobGain);
    const po = this.punchOut;
    const pg = e.punch.gain;
    po.pitch = pg * this.punchSpring.pitch;
    po.yaw = pg * this.punchSpring.yaw;
    po.roll = pg * this.punchSpring.roll;
    addScaled(sum, po, c.punchGain);
    addScaled(sum, this.trauma.out, 1);
    addScaled(sum, this.impulses.out, c.worldShakeGain);
    this.stabiliser.apply(e.stabiliser, sum, dtS);
    this.applyComfortCaps(dtS);

    this.lens.impact(e.lens, Math.max(this.landing.impact, this.impulses.impact));
    const lf = this.lensFov;
    lf.playerFovDeg = this.playerFovDeg;
    lf.sprintFovDeg = this.fovLook === "player" ? c.sprintFovDeg : null;
    lf.lensGain = c.lensGain;
    lf.lockFov = c.lockFov;
    this.lens.step(e.lens, signals.sprinting, lf, dtS, this.pose);
    this.pose.eyeHeightM = this.head.eyeHeightM;
    this.pose.stridePhaseRad = this.bob.phaseRad;
  }

  private advanceBlend(dtS: number): void {
    if (!this.blending) return;
    this.blendT += dtS;
    if (this.blendT >= this.blendS) {
      copyEffective(this.blendTo, this.effective);
      this.blending = false;
      return;
    }
    blendEffective(this.blendFrom, this.blendTo, smoothstep(this.blendT / this.blendS), this.effective);
  }

  /** Caps total roll, then limits the angular speed of the whole rotation offset. */
  private applyComfortCaps(dtS: number): void {
    const sum = this.sum;
    const maxRoll = this.comfort.maxRollDeg * DEG;
    const roll = clamp(sum.roll, -maxRoll, maxRoll);
    let dp = sum.pitch - this.prevPitch;
    let dy = sum.yaw - this.prevYaw;
    let dr = roll - this.prevRoll;
    const len = Math.hypot(dp, dy, dr);
    const maxStep = this.comfort.maxAngularSpeedDegS * DEG * dtS;
    if (len > maxStep) {
      const k = maxStep / len;
      dp *= k;
      dy *= k;
      dr *= k;
    }
    const pose = this.pose;
    pose.pitchRad = this.prevPitch = this.prevPitch + dp;
    pose.yawRad = this.prevYaw = this.prevYaw + dy;
    pose.rollRad = this.prevRoll = this.prevRoll + dr;
    pose.offsetM.x = sum.x;
    pose.offsetM.y = sum.y;
    pose.offsetM.z = sum.z;
  }

  private emitFootsteps(s: RigSignals): void {
    const n = this.bob.footsteps;
    for (let i = 0; i < n && this.eventCount < EVENT_CAPACITY; i++) {
      const ev = this.events[this.eventCount++];
      // With more than one step in a tick (absurd speeds), alternate feet backwards.
      ev.foot = this.bob.leftFoot === ((n - 1 - i) % 2 === 0) ? "left" : "right";
      ev.surface = s.surface;
      ev.speedMps = Math.hypot(s.velocityMps.x, s.velocityMps.z);
    }
  }
}
