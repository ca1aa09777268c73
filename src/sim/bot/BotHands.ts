import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { DEG } from "../core/units";
import { Buttons, type InputCmd } from "../input/InputCmd";
import type { BotConfig } from "./BotSenses";

/**
 * The bot's hands on mouse and keys: a head that turns at a human rate, walking to a point
 * with a jump when stuck, and button edges (a press is only a press when it was up before).
 * Behaviours share one pair of hands, so the view never jumps between them.
 */
export class BotHands {
  yaw: number;
  pitch = 0;
  private stuckTicks = 0;
  private lastDist = Number.POSITIVE_INFINITY;
  private lastButtons = 0;

  constructor(
    startYawRad: number,
    readonly config: BotConfig,
  ) {
    this.yaw = startYawRad;
  }

  /** Turns toward a point at the configured rate; true when within the fire cone. */
  aimAt(tx: number, ty: number, tz: number, ex: number, ey: number, ez: number): boolean {
    const dx = tx - ex;
    const dy = ty - ey;
    const dz = tz - ez;
    const wantYaw = DMath.atan2(-dx, -dz);
    const wantPitch = DMath.atan2(dy, DMath.hypot(dx, dz));
    const maxStep = this.config.turnDegPerS * DEG * FIXED_DT;
    let dYaw = wantYaw - this.yaw;
    dYaw = DMath.atan2(DMath.sin(dYaw), DMath.cos(dYaw));
    const dPitch = wantPitch - this.pitch;
    this.yaw += Math.max(-maxStep, Math.min(maxStep, dYaw));
    this.yaw = DMath.atan2(DMath.sin(this.yaw), DMath.cos(this.yaw));
    this.pitch += Math.max(-maxStep, Math.min(maxStep, dPitch));
    return DMath.hypot(dYaw, dPitch) < this.config.fireWithinDeg * DEG;
  }

  /** Faces (tx, tz) and walks there, stopping within `stopM`; jumps sideways when it stops making progress. */
  walkTo(tx: number, tz: number, ex: number, ez: number, cmd: InputCmd, stopM: number, sprint: boolean): number {
    const dist = DMath.hypot(tx - ex, tz - ez);
    this.aimAt(tx, 0, tz, ex, 0, ez);
    this.pitch = 0;
    cmd.moveY = dist > stopM ? 1 : 0;
    if (sprint) cmd.buttons |= Buttons.sprint;
    this.stuckTicks = dist < this.lastDist - 0.02 ? 0 : this.stuckTicks + 1;
    this.lastDist = dist;
    if (this.stuckTicks > this.config.stuckS / FIXED_DT) {
      cmd.buttons |= Buttons.jump;
      cmd.moveX = 1;
      this.stuckTicks = 0;
    }
    return dist;
  }

  /** Presses `button` this tick only if it was up last tick (so every press is an edge). */
  press(cmd: InputCmd, button: number): void {
    if ((this.lastButtons & button) === 0) cmd.buttons |= button;
  }

  /** Writes the view into the command and remembers the buttons for the next edge. */
  finish(cmd: InputCmd): InputCmd {
    cmd.yawRad = this.yaw;
    cmd.pitchRad = this.pitch;
    this.lastButtons = cmd.buttons;
    return cmd;
  }
}
