import type { ThrowView } from "../ai/TelekineticThrow";
import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { Buttons, type InputCmd } from "../input/InputCmd";

/** How the dodge is done; seconds, metres. */
export interface DodgeConfig {
  /** Longest a sidestep lasts once the object trembles (it ends early when the throw does). */
  maxS: number;
  /** Sprint sideways rather than walk. */
  sprint: boolean;
  /** Ignore throws whose object is farther than this from Henry, metres. */
  rangeM: number;
}

export const WALK_DODGE: DodgeConfig = { maxS: 2.2, sprint: false, rangeM: 60 };

/** Where the side to step to is free: `clear(x, z)` tells whether Henry could stand there. */
export type FootingTest = (x: number, z: number) => boolean;

/**
 * What a player who reads the telegraph does: when an object starts to tremble, step
 * sideways, across the line from the object to Henry, and keep going until it has flown.
 * Writes only the move axes (and sprint) of a command; the look is left alone.
 */
export class ThrowDodger {
  private throwId = 0;
  private dirX = 0;
  private dirZ = 0;
  private leftS = 0;

  constructor(readonly config: DodgeConfig = WALK_DODGE) {}

  /** Whether a dodge is under way (the caller leaves the move axes to it). */
  get dodging(): boolean {
    return this.leftS > 0;
  }

  /**
   * Reads the throw and, while dodging, overwrites the move axes of `cmd` (relative to its
   * yaw) with the step. Returns whether it did.
   */
  apply(t: ThrowView, henry: { x: number; z: number }, clear: FootingTest, cmd: InputCmd): boolean {
    if (t.stage !== "none" && t.id !== this.throwId) this.begin(t, henry, clear);
    if (this.leftS <= 0) return false;
    this.leftS -= FIXED_DT;
    if (t.stage === "none" || t.id !== this.throwId) {
      this.leftS = 0;
      return false;
    }
    // forward is (-sin yaw, -cos yaw); right is (cos yaw, -sin yaw).
    const s = DMath.sin(cmd.yawRad);
    const c = DMath.cos(cmd.yawRad);
    cmd.moveX = this.dirX * c - this.dirZ * s;
    cmd.moveY = -this.dirX * s - this.dirZ * c;
    if (this.config.sprint) cmd.buttons |= Buttons.sprint;
    else cmd.buttons &= ~Buttons.sprint;
    return true;
  }

  /** A new throw: pick the side (across its line to Henry) with room to step into. */
  private begin(t: ThrowView, henry: { x: number; z: number }, clear: FootingTest): void {
    this.throwId = t.id;
    const dx = henry.x - t.position.x;
    const dz = henry.z - t.position.z;
    const d = DMath.hypot(dx, dz);
    if (d > this.config.rangeM || d < 1e-3) return;
    // The two sideways directions; prefer the one with footing 2 and 4 m away.
    const ax = -dz / d;
    const az = dx / d;
    const room = (sx: number, sz: number) => (clear(henry.x + sx * 2, henry.z + sz * 2) ? 1 : 0) + (clear(henry.x + sx * 4, henry.z + sz * 4) ? 1 : 0);
    const side = room(ax, az) >= room(-ax, -az) ? 1 : -1;
    this.dirX = ax * side;
    this.dirZ = az * side;
    this.leftS = this.config.maxS;
  }
}
