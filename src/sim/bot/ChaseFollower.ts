import type { LineLeg } from "../ai/ChaseLine";
import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { Buttons, type InputCmd } from "../input/InputCmd";

/** What the chasing bot sees: its own feet and speed, the line, and the courier when he is in sight. */
export interface ChaseSenses {
  position: { x: number; y: number; z: number };
  velocity: { x: number; y: number; z: number };
  line: readonly LineLeg[];
  courier: { position: { x: number; y: number; z: number }; act: string; caught: boolean };
  /** Line of sight from the eye to a point. */
  canSee(x: number, y: number, z: number): boolean;
}

/** Within this of a leg's end (and `LEG_UP_M` of its height) the leg is done, metres. */
const LEG_DONE_M = 1.3;
const LEG_UP_M = 0.8;
/** A jump press this close to where a move starts: vaults and leaps (their moves wait for the spot), mantles (close to the wall). */
const PRESS_AT_M = { vault: 1.0, leap: 0.9, mantle: 0.6 } as const;
/** Crouch for the landing roll this far above where a drop (or a vault down) lands, metres. */
const ROLL_ABOVE_M = 2.2;
/** The courier close and in sight: go straight for him; punch within this, metres. */
const PURSUE_M = 8;
const PUNCH_M = 1.3;
const STUCK_S = 1.2;

/** At the leg's end (or past it along the leg, at its height: a roll carries on). */
function legDone(l: LineLeg, p: { x: number; y: number; z: number }): boolean {
  if (Math.abs(p.y - l.y1) >= LEG_UP_M) return false;
  if (DMath.hypot(l.x1 - p.x, l.z1 - p.z) < LEG_DONE_M) return true;
  const dx = l.x1 - l.x0;
  const dz = l.z1 - l.z0;
  const len = DMath.hypot(dx, dz);
  return len > 0.1 && ((p.x - l.x0) * dx + (p.z - l.z0) * dz) / len >= len;
}

/**
 * The autopilot's legs in a chase: runs the chase's fastest line leg by leg with the
 * buttons a player would press (sprint at the obstacle and jump to vault, jump at the edge
 * to leap, jump at the wall and hold to mantle, walk into a ladder and hold forward,
 * crouch before a long landing to roll), then goes straight for the courier and punches
 * him. Only writes move axes and buttons; the bot turns the head toward `targetX/Z`.
 */
export class ChaseFollower {
  targetX = 0;
  targetZ = 0;
  private leg = 0;
  private lastX = Number.NaN;
  private lastZ = Number.NaN;
  private pressed = false;
  private punchToggle = false;
  private stuckS = 0;
  private bestDist = Number.POSITIVE_INFINITY;

  /** Writes move axes and buttons (not the look) for this tick. */
  next(s: ChaseSenses, cmd: InputCmd): void {
    const p = s.position;
    if (!Number.isNaN(this.lastX) && DMath.hypot(p.x - this.lastX, p.z - this.lastZ) > 3) this.resync(s);
    this.lastX = p.x;
    this.lastZ = p.z;
    cmd.moveX = 0;
    cmd.moveY = 1;
    // Added to, not set: a reload the weapon care pressed this tick still goes through.
    cmd.buttons |= Buttons.sprint;
    const current = s.line[this.leg];
    if (current && legDone(current, p)) this.advance();
    if (this.pursue(s, cmd)) return;
    const leg = s.line[this.leg];
    if (!leg) {
      this.aim(s.courier.position.x, s.courier.position.z);
      return;
    }
    this.aim(leg.x1, leg.z1);
    this.doMove(leg, s, cmd);
    this.unstick(DMath.hypot3(leg.x1 - p.x, leg.y1 - p.y, leg.z1 - p.z), cmd);
  }

  /** The buttons of the leg's move, pressed where a player would press them. */
  private doMove(leg: LineLeg, s: ChaseSenses, cmd: InputCmd): void {
    const p = s.position;
    const fromStart = DMath.hypot(p.x - leg.x0, p.z - leg.z0);
    const airborne = Math.abs(s.velocity.y) > 0.5;
    if ((leg.via === "vault" || leg.via === "leap" || leg.via === "mantle") && !this.pressed && fromStart < PRESS_AT_M[leg.via]) {
      this.pressed = true;
      cmd.buttons |= Buttons.jump;
    } else if (leg.via === "mantle" && this.pressed) cmd.buttons |= Buttons.jump;
    if (leg.via === "ladder") cmd.buttons &= ~Buttons.sprint;
    const longFall = leg.y0 - leg.y1 > 2;
    if (longFall && airborne && s.velocity.y < -1 && p.y - leg.y1 < ROLL_ABOVE_M) cmd.buttons |= Buttons.crouch;
  }

  /** The courier close and in sight (or cornered): straight at him, a punch within reach. */
  private pursue(s: ChaseSenses, cmd: InputCmd): boolean {
    const c = s.courier;
    if (c.caught) return false;
    const p = s.position;
    const d = DMath.hypot(c.position.x - p.x, c.position.z - p.z);
    const near = d < PURSUE_M && Math.abs(c.position.y - p.y) < 1 && (c.act === "run" || c.act === "cornered" || c.act === "hide" || c.act === "stand");
    if (!near || !s.canSee(c.position.x, c.position.y + 1.2, c.position.z)) return false;
    this.aim(c.position.x, c.position.z);
    if (d < PUNCH_M) {
      this.punchToggle = !this.punchToggle;
      if (this.punchToggle) cmd.buttons |= Buttons.melee;
    }
    return true;
  }

  private aim(x: number, z: number): void {
    this.targetX = x;
    this.targetZ = z;
  }

  private advance(): void {
    this.leg++;
    this.pressed = false;
    this.stuckS = 0;
    this.bestDist = Number.POSITIVE_INFINITY;
  }

  /** After a restart at a checkpoint: back to the leg that starts nearest, at that height. */
  private resync(s: ChaseSenses): void {
    const p = s.position;
    let best = this.leg;
    let bestD = Number.POSITIVE_INFINITY;
    for (let i = 0; i < s.line.length; i++) {
      const l = s.line[i];
      const d = DMath.hypot(l.x0 - p.x, l.z0 - p.z) + 5 * Math.abs(l.y0 - p.y);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    this.leg = best;
    this.pressed = false;
    this.stuckS = 0;
    this.bestDist = Number.POSITIVE_INFINITY;
  }

  /** No progress for a while: let go of the press and try again (a hop, a sidestep). */
  private unstick(dist: number, cmd: InputCmd): void {
    if (dist < this.bestDist - 0.05) {
      this.bestDist = dist;
      this.stuckS = 0;
      return;
    }
    this.stuckS += FIXED_DT;
    if (this.stuckS > STUCK_S) {
      this.pressed = false;
      this.stuckS = 0;
      this.bestDist = Number.POSITIVE_INFINITY;
      cmd.buttons |= Buttons.jump;
      cmd.moveX = 1;
    }
  }
}
