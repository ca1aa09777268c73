import { Buttons, type InputCmd } from "./InputCmd";
import type { Sim } from "../SimTypes";
import { DMath } from "../core/DMath";
import { TICK_HZ } from "../core/time";

// Seconds of no progress after which the walker tries a jump.
const STUCK_S = 0.5;

/**
 * A scripted walker for the headless runs: heads from wherever it is to the level's
 * `end` anchor down the middle of the road, and jumps when it stops making progress.
 * Placeholder until a real bot exists.
 */
export class Autopilot {
  private stuckTicks = 0;
  private lastDist = Number.POSITIVE_INFINITY;

  constructor(private readonly sim: Sim) {}

  /** Writes this tick's command into `target`. */
  next(target: InputCmd): InputCmd {
    const end = this.sim.level.anchors["end"];
    const p = this.sim.player.position;
    const dx = (end?.position[0] ?? p.x) - p.x;
    const dz = (end?.position[2] ?? p.z - 1) - p.z;
    const dist = DMath.hypot(dx, dz);
    // forward = (-sin yaw, -cos yaw), so the yaw that faces (dx, dz) is atan2(-dx, -dz).
    target.yawRad = DMath.atan2(-dx, -dz);
    target.pitchRad = 0;
    target.moveX = 0;
    target.moveY = dist > 0.5 ? 1 : 0;
    this.stuckTicks = dist < this.lastDist - 0.01 ? 0 : this.stuckTicks + 1;
    this.lastDist = dist;
    target.buttons = Buttons.sprint;
    if (this.stuckTicks > STUCK_S * TICK_HZ) {
      target.buttons |= Buttons.jump;
      this.stuckTicks = 0;
    }
    return target;
  }
}
