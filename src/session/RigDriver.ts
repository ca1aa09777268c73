import { HENRY, type SimEvent } from "../sim/core/SimEvent";
import { FIXED_DT } from "../sim/core/time";
import type { Sim } from "../sim/SimTypes";
import type { ComfortSettings } from "../rig/comfort";
import { Rig } from "../rig/Rig";
import { copyRigPose, createRigPose, lerpRigPose, type RigEvent, type RigPose } from "../rig/RigPose";
import { createRigSignals } from "../rig/RigSignals";
import type { RigSettings } from "../rig/schema";
import type { StepObserver } from "./StepObserver";

/** Where a blast counts fully and where it stops shaking the head, metres. */
const BLAST_INNER_M = 2;
const BLAST_OUTER_M = 20;
/** Damage punch per 10 points of damage, radians, and trauma per 10 points. */
const HIT_PUNCH_RAD = (2.5 * Math.PI) / 180;
const HIT_TRAUMA = 0.22;
/** The punch of Henry's own fist or throw, radians. */
const MELEE_PUNCH_RAD = (2 * Math.PI) / 180;
/** Above this horizontal speed the rig is told Henry sprints, m/s. */
const SPRINT_SIGNAL_MPS = 6;

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
  ) {
    this.rig = new Rig({ settings, comfort, seed, playerFovDeg });
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
    if (e.kind === "landed") this.signals.landedImpactMps = e.impactSpeedMps;
    else if (e.kind === "recoil") this.rig.punch(e.pitchRad, e.yawRad);
    else if (e.kind === "blast") {
      this.rig.impulse({
        sourcePos: e.position,
        listenerPos: [p.position.x, p.position.y + p.eyeHeightM, p.position.z],
        strength: e.strength,
        innerRadiusM: BLAST_INNER_M,
        outerRadiusM: BLAST_OUTER_M,
        delayed: true,
        listenerYawRad: p.yawRad,
      });
    } else if (e.kind === "shot" && e.shooter === HENRY) this.rig.punch(e.recoilPitchRad, e.recoilYawRad);
    else if (e.kind === "damage" && e.target === HENRY) {
      // The head snaps away from the hit: back for a hit ahead, aside for one from the side.
      const k = Math.min(1.5, e.amount / 10);
      const side = Math.sin(e.bearingRad);
      this.rig.punch(Math.cos(e.bearingRad) * HIT_PUNCH_RAD * k, -side * HIT_PUNCH_RAD * 1.4 * k, side * HIT_PUNCH_RAD * k);
      this.rig.addTrauma(HIT_TRAUMA * k);
    } else if (e.kind === "melee") this.rig.punch(-MELEE_PUNCH_RAD, MELEE_PUNCH_RAD * 0.6, MELEE_PUNCH_RAD * 0.5);
    else if (e.kind === "throw") this.rig.punch(-MELEE_PUNCH_RAD * 0.6, MELEE_PUNCH_RAD * 0.4);
    else if (e.kind === "explosion") {
      this.rig.impulse({
        sourcePos: e.position,
        listenerPos: [p.position.x, p.position.y + p.eyeHeightM, p.position.z],
        strength: e.strength,
        innerRadiusM: e.innerRadiusM * 2,
        outerRadiusM: e.radiusM * 4,
        delayed: true,
        listenerYawRad: p.yawRad,
      });
    } else if (e.kind === "respawned") this.rig.reset();
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
    const speed = Math.hypot(p.velocity.x, p.velocity.z);
    s.sprinting = p.grounded && speed > SPRINT_SIGNAL_MPS;
    // Exertion climbs over ~10 s of sprinting and settles over ~20 s of rest.
    this.exertion += s.sprinting ? FIXED_DT / 10 : -FIXED_DT / 20;
    this.exertion = Math.min(1, Math.max(0, this.exertion));
    // Hurt, Henry breathes as hard as after a long sprint.
    s.exertion = Math.max(this.exertion, (1 - p.health01) * 0.9);
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
