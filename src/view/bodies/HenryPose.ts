import { WEAPONS } from "../../sim/combat/CombatConfig";
import { HENRY, type SimEvent } from "../../sim/core/SimEvent";
import { DEFAULT_PLAYER } from "../../sim/player/PlayerConfig";
import type { PlayerView } from "../../sim/SimTypes";
import { createBodyInput } from "./BodyInput";
import { FigurePose } from "./FigurePose";
import { LEG_MODES } from "./legModes";
import { HOLDS } from "./holds";
import { clamp, wrapRad } from "./poseMath";
import { POSE_FLOATS } from "./skeleton";

/** Henry's body under the camera; radians, seconds, metres. */
export const HENRY_BODY = {
  /** Standing, the head turns this far before the body follows. */
  maxTwistRad: 0.9,
  /** Moving, the body turns to the look within about this long. */
  followS: 0.12,
  /** Faster than this counts as moving, m/s. */
  movingMps: 0.6,
  /** After a shot the shadow keeps the gun up this long. */
  aimAfterShotS: 0.6,
  /** How far ahead the shadow's gun points along the look, metres. */
  aimAheadM: 30,
} as const;

/**
 * Henry's own body as a pure pose: the figure the others are, driven by the player's
 * view and the camera rig's stride phase (the phase the footsteps come from, so each foot
 * lands on its footstep). The body yaw lags the look: standing, the head turns first.
 * Stepped per tick; the view blends and places it.
 */
export class HenryPose {
  readonly pose = new FigurePose(0);
  readonly prev = new Float32Array(POSE_FLOATS);
  readonly curr = new Float32Array(POSE_FLOATS);
  /** The body's facing, radians; the feet's height and the eye's above them this tick, metres. */
  bodyYawRad = 0;
  feetY = 0;
  eyeM = DEFAULT_PLAYER.standEyeM;
  private readonly input = createBodyInput();
  private started = false;
  private sinceShotS = 99;

  onEvent(e: SimEvent): void {
    if (e.kind === "shot" && e.shooter === HENRY) {
      this.pose.fire();
      this.sinceShotS = 0;
    } else if (e.kind === "reload" && e.phase === "start") this.pose.play("reload", WEAPONS[e.weapon].reloadS);
    else if (e.kind === "throw") this.pose.play("throw");
    else if (e.kind === "respawned") this.started = false;
  }

  /**
   * One tick. `stridePhaseRad` is the rig's; `quakeCycle` says the rig counts steps
   * Quake III's way (footsteps a quarter cycle later).
   */
  step(p: PlayerView, stridePhaseRad: number, quakeCycle: boolean, tick: number, dtS: number): void {
    this.prev.set(this.curr);
    const inp = this.input;
    const speed = Math.hypot(p.velocity.x, p.velocity.z);
    if (!this.started) this.bodyYawRad = p.yawRad;
    const err = wrapRad(p.yawRad - this.bodyYawRad);
    if (speed > HENRY_BODY.movingMps) this.bodyYawRad += err * (1 - Math.exp(-dtS / HENRY_BODY.followS));
    else if (Math.abs(err) > HENRY_BODY.maxTwistRad) this.bodyYawRad += err - Math.sign(err) * HENRY_BODY.maxTwistRad;
    this.bodyYawRad = wrapRad(this.bodyYawRad);
    inp.x = p.position.x;
    inp.y = this.feetY = p.position.y;
    this.eyeM = p.eyeHeightM;
    inp.z = p.position.z;
    inp.vx = p.velocity.x;
    inp.vz = p.velocity.z;
    inp.yawRad = this.bodyYawRad;
    const cfg = DEFAULT_PLAYER;
    inp.crouch01 = clamp((cfg.standEyeM - p.eyeHeightM) / (cfg.standEyeM - cfg.crouchEyeM), 0, 1);
    inp.phaseRad = stridePhaseRad - (quakeCycle ? Math.PI / 2 : 0);
    // A parkour move poses the legs by its own mode; otherwise walking, or in the air.
    inp.move = p.move !== "none" && LEG_MODES[p.move] ? p.move : p.grounded ? "ground" : "air";
    inp.moveProgress01 = p.moveProgress01;
    this.sinceShotS += dtS;
    const cp = Math.cos(p.pitchRad);
    const eyeY = p.position.y + p.eyeHeightM;
    inp.aimX = inp.lookX = p.position.x - Math.sin(p.yawRad) * cp * HENRY_BODY.aimAheadM;
    inp.aimY = inp.lookY = eyeY + Math.sin(p.pitchRad) * HENRY_BODY.aimAheadM;
    inp.aimZ = inp.lookZ = p.position.z - Math.cos(p.yawRad) * cp * HENRY_BODY.aimAheadM;
    inp.looking = true;
    inp.aiming = p.weapon !== null && (p.aiming || this.sinceShotS < HENRY_BODY.aimAfterShotS);
    this.pose.setHold(p.weapon === "rifle" ? HOLDS.rifle : p.weapon === "pistol" ? HOLDS.pistol : HOLDS.none);
    if (!this.started) this.pose.reset();
    this.pose.step(inp, dtS, tick);
    this.pose.write(this.curr, 0);
    if (!this.started) this.prev.set(this.curr);
    this.started = true;
  }
}
