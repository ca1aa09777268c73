import { type Body, RaycastResult, Vec3, type World } from "cannon-es";
import { SOLID_FOR_PLAYER } from "../physics/CollisionGroups";
import type { PlayerConfig } from "./PlayerConfig";
import { DMath } from "../core/DMath";

/** What the probe found under the feet (reused every tick). */
export interface GroundHit {
  /** Height of the walkable ground under the feet centre, metres. */
  heightM: number;
  /** Unit normal of that ground. */
  normal: Vec3;
  body: Body | null;
}

export function makeGroundHit(): GroundHit {
  return { heightM: 0, normal: new Vec3(0, 1, 0), body: null };
}

// The centre ray and four around it, so a step is seen before the body reaches it.
const OFFSETS: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];
const _from = new Vec3();
const _to = new Vec3();
const _result = new RaycastResult();
const _rayOptions = { collisionFilterMask: SOLID_FOR_PLAYER, skipBackfaces: true };

/**
 * Casts the ground rays from `maxStepM` (+5 cm) above the feet down to `snapBelowM` under
 * them. Hits steeper than `maxSlopeDeg` are not ground. Each hit's plane is extrapolated
 * to the feet centre so the player rides a slope at the right height. Returns whether
 * ground was found; fills `out`.
 */
export function probeGround(
  world: World,
  feet: Vec3,
  config: PlayerConfig,
  snapBelowM: number,
  out: GroundHit,
): boolean {
  const minNormalY = DMath.cos(((config.maxSlopeDeg + 1) * Math.PI) / 180);
  const top = feet.y + config.maxStepM + 0.05;
  let found = false;
  for (const [ox, oz] of OFFSETS) {
    const x = feet.x + ox * config.probeSpreadM;
    const z = feet.z + oz * config.probeSpreadM;
    _from.set(x, top, z);
    _to.set(x, feet.y - snapBelowM, z);
    _result.reset();
    if (!world.raycastClosest(_from, _to, _rayOptions, _result)) continue;
    const n = _result.hitNormalWorld;
    if (n.y < minNormalY) continue;
    const p = _result.hitPointWorld;
    const h = p.y - (n.x * (feet.x - p.x) + n.z * (feet.z - p.z)) / n.y;
    if (!found || h > out.heightM) {
      found = true;
      out.heightM = h;
      out.normal.copy(n);
      out.body = _result.body;
    }
  }
  if (!found) out.body = null;
  return found;
}

/** Whether anything solid is between `fromY` and `toY` above the feet (a ceiling over a crouch). */
export function blockedAbove(world: World, feet: Vec3, fromY: number, toY: number, spreadM: number): boolean {
  for (const [ox, oz] of OFFSETS) {
    _from.set(feet.x + ox * spreadM, feet.y + fromY, feet.z + oz * spreadM);
    _to.set(_from.x, feet.y + toY, _from.z);
    _result.reset();
    if (world.raycastClosest(_from, _to, _rayOptions, _result)) return true;
  }
  return false;
}
