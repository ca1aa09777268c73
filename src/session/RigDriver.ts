import { HENRY, type SimEvent } from "../sim/core/SimEvent";
import { FIXED_DT } from "../sim/core/time";
import { DEG } from "../sim/core/units";
import type { Sim } from "../sim/SimTypes";
import type { ComfortSettings } from "../rig/comfort";
import { Rig } from "../rig/Rig";
import { copyRigPose, createRigPose, lerpRigPose, type RigEvent, type RigPose } from "../rig/RigPose";
import { createRigSignals } from "../rig/RigSignals";
import type { RigSettings } from "../rig/schema";
import type { StepObserver } from "./StepObserver";

/** How the core's events and motion become the rig's signals, with units in the names. */
export interface RigDriveTuning {
  /** Where a test blast (the B key) shakes the head fully, and where it stops, m. */
  blastInnerM: number;
  blastOuterM: number;
  /** A real explosion shakes the head over its damage radii scaled by these. */
  explosionInnerScale: number;
  explosionOuterScale: number;
  /** The head's snap per 10 points of damage, rad, and the trauma added (0..1). */
  hitPunchRadPer10: number;
  hitTraumaPer10: number;
  /** The largest multiple of the per-10 snap one hit gives. */
  hitMaxScale: number;
  /** A hit from the side turns the head this much more than it tilts it. */
  hitYawScale: number;
  /** The head's kick when Henry punches and when he throws, rad (positive pitch looks up, positive yaw turns left). */
  meleePunchRad: { pitch: number; yaw: number; roll: number };
  throwPunchRad: { pitch: number; yaw: number; roll: number };
  /** Henry through a pane at a run: the head's snap, rad, and the trauma added (0..1). */
  glassBodyPunchRad: { pitch: number; yaw: number; roll: number };
  glassBodyTrauma: number;
  /** A pane bursting this close to the eye shakes the head too (less with distance), m; its trauma at the eye. */
  glassNearM: number;
  glassNearTrauma: number;
  /** Above this horizontal speed on the ground the rig is told Henry sprints, m/s. */
  sprintSignalMps: number;
  /** Sprinting builds exertion to full in this long, and rest settles it in this long, s. */
  exertionRiseS: number;
  exertionFallS: number;
  /** Exertion at zero health (hurt, Henry breathes as hard as after a long sprint). */
  hurtExertion: number;
}

export const RIG_DRIVE: Readonly<RigDriveTuning> = {
  blastInnerM: 2,
  blastOuterM: 20,
  explosionInnerScale: 2,
  explosionOuterScale: 4,
  hitPunchRadPer10: 2.5 * DEG,
  hitTraumaPer10: 0.22,
  hitMaxScale: 1.5,
  hitYawScale: 1.4,
  meleePunchRad: { pitch: -2 * DEG, yaw: 1.2 * DEG, roll: 1 * DEG },
  throwPunchRad: { pitch: -1.2 * DEG, yaw: 0.8 * DEG, roll: 0 },
  glassBodyPunchRad: { pitch: 3 * DEG, yaw: 1.5 * DEG, roll: 2 * DEG },
  glassBodyTrauma: 0.45,
  glassNearM: 4,
  glassNearTrauma: 0.25,
  sprintSignalMps: 6,
  exertionRiseS: 10,
  exertionFallS: 20,
  hurtExertion: 0.9,
};

/**
 * Derives the rig's signals from the core after every step and steps the rig at the same
 * fixed tick. It only reads the core: the rig never changes the simulation. Keeps the last
 * two poses so the view can interpolate them like the body.
 */
export class RigDriver implements StepObserver {
  readonly rig: Rig;
  private readonly signals = createRigSignals();
  private readonly prev: RigPose = createRigPose();
  private readonly curr: RigPose = createRigPose();
  /** The pose blended for this frame. */
  readonly pose: RigPose = createRigPose();
  private exertion = 0;
  /** Rig events (footsteps) of the last step, for audio and arms. */
  onRigEvent: (e: RigEvent) => void = () => {};

  /**
   * @param pinned `rig=<id>` in the URL: the preset holds for the whole run and operator
   *   changes named by set pieces are ignored.
   */
  constructor(
    settings: RigSettings,
    comfort: ComfortSettings,
    playerFovDeg: number,
    seed: number,
    readonly pinned = false,
    private readonly tuning: Readonly<RigDriveTuning> = RIG_DRIVE,
    /** "player" in play: the player's FOV is what they get (Rig.ts, `fovLook`). */
    fovLook: "preset" | "player" = "preset",
  ) {
    this.rig = new Rig({ settings, comfort, seed, playerFovDeg, fovLook });
  }

  /**
   * Hands the rig to another operator, cross-fading over `blendS` seconds (the film
   * switched operators between action and drama). Ignored while a preset is pinned.
   * @returns whether the change was applied.
   */
  setOperator(settings: RigSettings, blendS = 1): boolean {
    if (this.pinned) return false;
    this.rig.setOperator(settings, blendS);
    return true;
  }

  onEvent(e: SimEvent, sim: Sim): void {
    const p = sim.player;
    const t = this.tuning;
    if (e.kind === "landed") this.signals.landedImpactMps = e.impactSpeedMps;
    else if (e.kind === "recoil") this.rig.punch(e.pitchRad, e.yawRad);
    else if (e.kind === "blast") {
      this.rig.impulse({
        sourcePos: e.position,
        listenerPos: [p.position.x, p.position.y + p.eyeHeightM, p.position.z],
        strength: e.strength,
        innerRadiusM: t.blastInnerM,
        outerRadiusM: t.blastOuterM,
        delayed: true,
        listenerYawRad: p.yawRad,
      });
    } else if (e.kind === "shot" && e.shooter === HENRY) this.rig.punch(e.recoilPitchRad, e.recoilYawRad);
    else if (e.kind === "damage" && e.target === HENRY) {
      // The head snaps away from the hit: back for a hit ahead, aside for one from the side.
      const k = Math.min(t.hitMaxScale, e.amount / 10);
      const side = Math.sin(e.bearingRad);
      const punch = t.hitPunchRadPer10 * k;
      this.rig.punch(Math.cos(e.bearingRad) * punch, -side * punch * t.hitYawScale, side * punch);
      this.rig.addTrauma(t.hitTraumaPer10 * k);
    } else if (e.kind === "melee") this.rig.punch(t.meleePunchRad.pitch, t.meleePunchRad.yaw, t.meleePunchRad.roll);
    else if (e.kind === "throw") this.rig.punch(t.throwPunchRad.pitch, t.throwPunchRad.yaw, t.throwPunchRad.roll);
    else if (e.kind === "explosion") {
      this.rig.impulse({
        sourcePos: e.position,
        listenerPos: [p.position.x, p.position.y + p.eyeHeightM, p.position.z],
        strength: e.strength,
        innerRadiusM: e.innerRadiusM * t.explosionInnerScale,
        outerRadiusM: e.radiusM * t.explosionOuterScale,
        delayed: true,
        listenerYawRad: p.yawRad,
      });
    } else if (e.kind === "glass") this.glassImpulse(e.cause === "sprint", e.hit, p);
    else if (e.kind === "respawned") this.rig.reset();
  }

  /** Through a pane at a run the head snaps and shakes; a pane bursting close by shakes it less. */
  private glassImpulse(body: boolean, at: readonly number[], p: Sim["player"]): void {
    const t = this.tuning;
    if (body) {
      this.rig.punch(t.glassBodyPunchRad.pitch, t.glassBodyPunchRad.yaw, t.glassBodyPunchRad.roll);
      this.rig.addTrauma(t.glassBodyTrauma);
      return;
    }
    const d = Math.hypot(at[0] - p.position.x, at[1] - (p.position.y + p.eyeHeightM), at[2] - p.position.z);
    if (d < t.glassNearM) this.rig.addTrauma(t.glassNearTrauma * (1 - d / t.glassNearM));
  }

  afterStep(sim: Sim): void {
    const p = sim.player;
    const s = this.signals;
    const sy = Math.sin(p.yawRad);
    const cy = Math.cos(p.yawRad);
    // World to body frame: right = (cos, 0, -sin), forward = (-sin, 0, -cos) for yaw 0 down -Z.
    s.velocityMps.x = p.velocity.x * cy - p.velocity.z * sy;
    s.velocityMps.y = p.velocity.y;
    s.velocityMps.z = -p.velocity.x * sy - p.velocity.z * cy;
    s.grounded = p.grounded;
    s.crouched = p.crouched;
    s.eyeHeightM = p.eyeHeightM;
    s.surface = p.surface;
    // The core's parkour moves carry the rig's names.
    s.move = p.move;
    s.moveProgress01 = p.moveProgress01;
    s.climbedM = p.climbedM;
    const speed = Math.hypot(p.velocity.x, p.velocity.z);
    const t = this.tuning;
    s.sprinting = p.grounded && speed > t.sprintSignalMps;
    this.exertion += s.sprinting ? FIXED_DT / t.exertionRiseS : -FIXED_DT / t.exertionFallS;
    this.exertion = Math.min(1, Math.max(0, this.exertion));
    s.exertion = Math.max(this.exertion, (1 - p.health01) * t.hurtExertion);
    this.rig.step(s, FIXED_DT);
    s.landedImpactMps = 0;
    this.rig.drainEvents(this.onRigEvent);
    copyRigPose(this.curr, this.prev);
    copyRigPose(this.rig.pose, this.curr);
  }

  /** Blends the last two poses by the loop's `alpha` into `pose` and returns it. */
  blend(alpha: number): RigPose {
    return lerpRigPose(this.prev, this.curr, alpha, this.pose);
  }
}
