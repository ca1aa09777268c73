import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { groundBelow } from "./LedgeProbe";
import type { MoverHost } from "./MoverHost";
import { jumpLaunchSpeedMps } from "./PlayerConfig";

/** Below the feet by more than this, the ground ahead counts as a drop (a gap's edge), metres. */
const EDGE_DROP_M = 1.2;
/** Spacing of the rays that look for an edge ahead, metres. */
const EDGE_STEP_M = 0.3;

/**
 * Distance along (dirX, dirZ) to the first point where the ground drops away by more than
 * `dropM` (no ground within that under the feet), scanning from `fromM` to `toM`; Infinity
 * when the ground goes on.
 */
export function edgeAhead(h: MoverHost, dirX: number, dirZ: number, fromM: number, toM: number, dropM = EDGE_DROP_M): number {
  const p = h.body.position;
  for (let d = fromM; d <= toM + 1e-9; d += EDGE_STEP_M) {
    const y = groundBelow(h.physics.world, p.x + dirX * d, p.y, p.z + dirZ * d, h.config.maxStepM, dropM);
    if (Number.isNaN(y)) return d;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The edge assist: whether a running jump pressed now should wait for the edge. True when
 * the run is a leap's speed and the ground ends within `leapAssistM`, but not yet under
 * the next tick's feet. It never changes the jump itself, only when it fires.
 */
export function waitForEdge(h: MoverHost): boolean {
  const pk = h.config.parkour;
  const v = h.body.velocity;
  const speed = DMath.hypot(v.x, v.z);
  if (speed < pk.leapMinSpeedMps || !h.state.grounded) return false;
  const dx = v.x / speed;
  const dz = v.z / speed;
  // The centre of the next tick's feet (plus a hair): past the edge there, leap now.
  const next = speed * FIXED_DT + 0.02;
  if (edgeAhead(h, dx, dz, next, next, h.config.maxStepM + 0.1) <= next) return false;
  return edgeAhead(h, dx, dz, next + 0.2, pk.leapAssistM) < Number.POSITIVE_INFINITY;
}

/**
 * Launches a jump: a running leap at `leapMinSpeedMps` and up (low, long: apex
 * `leapApexM`, carrying `leapCarryMps`), else a jump to `jumpApexM` carrying at most
 * `jumpCarryMps`. Air control cannot go past the carried speed. Returns whether it was a leap.
 */
export function launchJump(h: MoverHost, tick: number): boolean {
  const c = h.config;
  const pk = c.parkour;
  const s = h.state;
  const v = h.body.velocity;
  const speed = DMath.hypot(v.x, v.z);
  const leap = speed >= pk.leapMinSpeedMps;
  const carry = leap ? pk.leapCarryMps : pk.jumpCarryMps;
  if (speed > carry) {
    v.x *= carry / speed;
    v.z *= carry / speed;
  }
  s.airCapMps = carry;
  const g = h.physics.config.gravityMps2;
  v.y = jumpLaunchSpeedMps(leap ? pk.leapApexM : c.jumpApexM, g, FIXED_DT);
  s.grounded = false;
  s.canCoyote = false;
  s.jumpBufferLeftS = 0;
  if (leap) {
    const m = s.move;
    m.kind = "leap";
    m.startTick = tick;
    // The flight back to the takeoff's height, for the rig's progress.
    m.durTicks = Math.max(1, Math.round((2 * v.y) / g / FIXED_DT));
    m.y0 = s.lastGroundY;
    // Over a gap when the ground ends within a second's carry ahead and drops away.
    s.leapOverGap = edgeAhead(h, v.x / carry, v.z / carry, 0.3, carry * 0.6, 2.5) < Number.POSITIVE_INFINITY;
    h.events.push({ kind: "move", tick, move: "leap" });
  }
  h.events.push({ kind: "jumped", tick });
  return leap;
}
