import { RaycastResult, Vec3, type World } from "cannon-es";
import { SOLID_FOR_PLAYER } from "../physics/CollisionGroups";

/** An obstacle ahead, as the rays found it (reused every query). */
export interface Ledge {
  /** Horizontal distance from the body's centre to the obstacle's face, metres. */
  faceDistM: number;
  /** Height of the obstacle's walkable top, metres (world y). */
  topY: number;
  /** How far the top runs on past the face before it drops away, metres (Infinity: a platform). */
  depthM: number;
  /** Ground height found past the obstacle, metres (NaN: nothing within the scan: a long drop). */
  beyondY: number;
}

export function makeLedge(): Ledge {
  return { faceDistM: 0, topY: 0, depthM: 0, beyondY: Number.NaN };
}

const _from = new Vec3();
const _to = new Vec3();
const _hit = new RaycastResult();
const _opts = { collisionFilterMask: SOLID_FOR_PLAYER, skipBackfaces: true };
/** The step of the depth scan past the face, and how far it looks, metres. */
const DEPTH_STEP_M = 0.2;
const DEPTH_SCAN_M = 2.6;
/** How far below the top the scan looks for ground past the obstacle, metres. */
const BEYOND_DROP_M = 12;

function ray(world: World, x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): boolean {
  _from.set(x0, y0, z0);
  _to.set(x1, y1, z1);
  _hit.reset();
  return world.raycastClosest(_from, _to, _opts, _hit);
}

/**
 * Looks for an obstacle ahead of the feet along (dirX, dirZ) (a unit vector) whose top is
 * between `minAboveM` and `maxAboveM` above the feet: a knee ray finds the face, a ray
 * above the highest top proves it is not taller, a down ray finds the top, and a scan of
 * down rays past the face measures how deep it is and what lies beyond. cannon-es has no
 * sweeps, so rays it is (src/sim/player/README.md).
 */
export function probeLedge(
  world: World,
  feet: Vec3,
  dirX: number,
  dirZ: number,
  reachM: number,
  minAboveM: number,
  maxAboveM: number,
  out: Ledge,
): boolean {
  const kneeY = feet.y + Math.max(0.3, minAboveM - 0.1);
  if (!ray(world, feet.x, kneeY, feet.z, feet.x + dirX * reachM, kneeY, feet.z + dirZ * reachM)) return false;
  const n = _hit.hitNormalWorld;
  // A face turned toward us and close to vertical.
  if (n.x * dirX + n.z * dirZ > -0.5 || Math.abs(n.y) > 0.5) return false;
  const face = _hit.distance;
  // Taller than the highest reach: a wall, not a ledge.
  const overY = feet.y + maxAboveM + 0.12;
  if (ray(world, feet.x, overY, feet.z, feet.x + dirX * (face + 0.3), overY, feet.z + dirZ * (face + 0.3))) return false;
  const tx = feet.x + dirX * (face + 0.12);
  const tz = feet.z + dirZ * (face + 0.12);
  if (!ray(world, tx, overY, tz, tx, feet.y + minAboveM - 0.05, tz)) return false;
  if (_hit.hitNormalWorld.y < 0.7) return false;
  const top = _hit.hitPointWorld.y;
  out.faceDistM = face;
  out.topY = top;
  out.depthM = Number.POSITIVE_INFINITY;
  out.beyondY = top;
  for (let d = 0.12 + DEPTH_STEP_M; d <= DEPTH_SCAN_M; d += DEPTH_STEP_M) {
    const x = feet.x + dirX * (face + d);
    const z = feet.z + dirZ * (face + d);
    const found = ray(world, x, top + 0.3, z, x, top - BEYOND_DROP_M, z);
    const y = found ? _hit.hitPointWorld.y : Number.NaN;
    if (found && y > top + 0.25) {
      // Something rises past the top (a wall behind a step): depth ends there, no way over.
      out.depthM = d - DEPTH_STEP_M / 2;
      out.beyondY = y;
      return true;
    }
    if (!found || y < top - 0.25) {
      out.depthM = d - DEPTH_STEP_M / 2;
      out.beyondY = y;
      return true;
    }
  }
  return true;
}

/**
 * Whether the space a standing body needs is free over a point on a top (a column from
 * just above the top to `heightM` above it, and a ray toward it at chest height from
 * `fromDistM` back along the direction).
 */
export function roomAbove(world: World, x: number, topY: number, z: number, heightM: number): boolean {
  return !ray(world, x, topY + 0.05, z, x, topY + heightM, z);
}

/** Whether a horizontal ray from (x, y, z) along (dirX, dirZ) for `lengthM` is clear. */
export function clearAhead(world: World, x: number, y: number, z: number, dirX: number, dirZ: number, lengthM: number): boolean {
  return !ray(world, x, y, z, x + dirX * lengthM, y, z + dirZ * lengthM);
}

/**
 * Ground height under (x, z) within `aboveM` over and `belowM` under `y`, or NaN when
 * there is none (the edge of a roof).
 */
export function groundBelow(world: World, x: number, y: number, z: number, aboveM: number, belowM: number): number {
  if (!ray(world, x, y + aboveM, z, x, y - belowM, z)) return Number.NaN;
  return _hit.hitNormalWorld.y >= 0.7 ? _hit.hitPointWorld.y : Number.NaN;
}
