import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { Buttons, type InputCmd } from "../input/InputCmd";
import type { LevelLadder } from "../world/Level";
import { groundBelow } from "./LedgeProbe";
import type { MoverHost } from "./MoverHost";
import { startPath } from "./Parkour";

/** How far below the top the feet are when the hands pass it and the step off begins, metres. */
const TOP_OUT_BELOW_M = 1.0;
/** Seconds to settle onto the rungs from where the ladder was grabbed. */
const GRAB_S = 0.2;

/** The way a climber of the ladder faces (toward the wall): x and z of a unit vector. */
const fwdX = (l: LevelLadder): number => -DMath.sin(l.yawRad);
const fwdZ = (l: LevelLadder): number => -DMath.cos(l.yawRad);

/**
 * How hard the sticks push toward the wall (-1..1 of full tilt): into the ladder climbs
 * up, away from it climbs down, whichever way Henry looks; 0 when the sticks are idle.
 */
function pushToward(cmd: InputCmd, fx: number, fz: number): number {
  const sin = DMath.sin(cmd.yawRad);
  const cos = DMath.cos(cmd.yawRad);
  const wx = -sin * cmd.moveY + cos * cmd.moveX;
  const wz = -cos * cmd.moveY - sin * cmd.moveX;
  return Math.max(-1, Math.min(1, wx * fx + wz * fz));
}

/**
 * Whether the feet are in front of a ladder, within its width and below its top, facing
 * it and pushing toward it: then the body settles onto the rungs. From the top, walking
 * back over the edge above a ladder puts Henry on it to climb down.
 */
export function tryGrabLadder(h: MoverHost, cmd: InputCmd, tick: number): boolean {
  const pk = h.config.parkour;
  const s = h.state;
  const p = h.body.position;
  if (DMath.hypot(cmd.moveX, cmd.moveY) < 0.3) return false;
  for (let i = 0; i < h.ladders.length; i++) {
    const l = h.ladders[i];
    const fx = fwdX(l);
    const fz = fwdZ(l);
    const dx = p.x - l.position[0];
    const dz = p.z - l.position[2];
    const along = dx * fx + dz * fz;
    const lateral = dx * -fz + dz * fx;
    if (Math.abs(lateral) > l.widthM / 2 + 0.15) continue;
    const push = pushToward(cmd, fx, fz) / Math.min(1, DMath.hypot(cmd.moveX, cmd.moveY));
    const hangX = l.position[0] - fx * pk.ladderStandoffM;
    const hangZ = l.position[2] - fz * pk.ladderStandoffM;
    // From below: in front of the wall, facing it, pushing into it.
    const facing = DMath.cos(cmd.yawRad - l.yawRad);
    if (along <= 0 && along >= -pk.ladderGrabM && p.y >= l.position[1] - 0.3 && p.y <= l.topY - TOP_OUT_BELOW_M - 0.1) {
      if (push < 0.5 || facing < DMath.cos(pk.ladderFacingRad)) continue;
      grab(h, i, tick, hangX, p.y, hangZ);
      return true;
    }
    // From the top: on the roof just past the edge, walking back toward it.
    if (s.grounded && along > 0 && along < 0.9 && Math.abs(p.y - l.topY) < 0.3 && push < -0.5) {
      grab(h, i, tick, hangX, l.topY - TOP_OUT_BELOW_M - 0.2, hangZ);
      return true;
    }
  }
  return false;
}

function grab(h: MoverHost, index: number, tick: number, x: number, y: number, z: number): void {
  h.state.ladder = index;
  h.state.climbedM = 0;
  h.stats.climbs++;
  startPath(h, "ladderOn", tick, GRAB_S, x, y, z);
}

/** Lets go of the ladder: a jump pushes off the wall, a crouch just drops. */
function letGo(h: MoverHost, l: LevelLadder, jump: boolean, tick: number): void {
  const pk = h.config.parkour;
  const fx = fwdX(l);
  const fz = fwdZ(l);
  const v = h.body.velocity;
  if (jump) v.set(-fx * pk.ladderJumpBackMps, pk.ladderJumpUpMps, -fz * pk.ladderJumpBackMps);
  else v.set(0, 0, 0);
  h.state.ladder = -1;
  h.state.move.kind = "none";
  h.state.airCapMps = pk.ladderJumpBackMps;
  h.state.lastGroundY = h.body.position.y;
  h.events.push({ kind: "move", tick, move: "none" });
}

/**
 * One tick on a ladder: pushing into it climbs up, away from it climbs down, both at `ladderClimbMps`;
 * a rung event at every `ladderRungM` climbed; at the top the body steps off onto the roof;
 * at the bottom it stands. Jump pushes off, crouch lets go. Returns true while still on it.
 */
export function stepLadder(h: MoverHost, cmd: InputCmd, pressed: number, tick: number): boolean {
  const s = h.state;
  const pk = h.config.parkour;
  const l = h.ladders[s.ladder];
  const b = h.body;
  if (!l) {
    s.ladder = -1;
    s.move.kind = "none";
    return false;
  }
  if (pressed & (Buttons.jump | Buttons.crouch)) {
    letGo(h, l, (pressed & Buttons.jump) !== 0, tick);
    return false;
  }
  const fx = fwdX(l);
  const fz = fwdZ(l);
  const push = pushToward(cmd, fx, fz);
  const dir = push > 0.2 ? 1 : push < -0.2 ? -1 : 0;
  if (dir > 0 && b.position.y >= l.topY - TOP_OUT_BELOW_M) {
    const m = startPath(h, "ladderTop", tick, pk.ladderTopS, l.position[0] + fx * pk.ladderTopInM, l.topY, l.position[2] + fz * pk.ladderTopInM);
    m.pullH = 0;
    s.ladder = -1;
    return true;
  }
  if (dir < 0) {
    const ground = groundBelow(h.physics.world, b.position.x, b.position.y, b.position.z, 0.1, 0.1);
    if (!Number.isNaN(ground)) {
      s.ladder = -1;
      s.move.kind = "none";
      s.lastGroundY = ground;
      b.velocity.set(0, 0, 0);
      h.events.push({ kind: "move", tick, move: "none" });
      return false;
    }
  }
  const vy = dir * pk.ladderClimbMps;
  const hangX = l.position[0] - fx * pk.ladderStandoffM;
  const hangZ = l.position[2] - fz * pk.ladderStandoffM;
  // Held on the rungs' line: any drift off it is pulled back within a tick or two.
  b.velocity.set(((hangX - b.position.x) / FIXED_DT) * 0.5, vy, ((hangZ - b.position.z) / FIXED_DT) * 0.5);
  h.cancelGravity();
  // (A hair of slack so a rung every 0.3 m at 2 m/s lands on every 9th tick, not the 10th by rounding.)
  const before = Math.floor(s.climbedM / pk.ladderRungM + 1e-6);
  s.climbedM += Math.abs(vy) * FIXED_DT;
  if (Math.floor(s.climbedM / pk.ladderRungM + 1e-6) !== before) h.events.push({ kind: "rung", tick, up: dir > 0 });
  return true;
}
