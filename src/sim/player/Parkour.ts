import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { type ForcedMove, type MoveKind, pathPoint } from "./ForcedMove";
import { clearAhead, type Ledge, makeLedge, probeLedge, roomAbove } from "./LedgeProbe";
import type { MoverHost } from "./MoverHost";

const _p = { x: 0, y: 0, z: 0 };

/** Starts a scripted path from the body's feet to (x1, y1, z1) over `durS`. */
export function startPath(h: MoverHost, kind: MoveKind, tick: number, durS: number, x1: number, y1: number, z1: number): ForcedMove {
  const m = h.state.move;
  const p = h.body.position;
  m.kind = kind;
  m.startTick = tick;
  m.durTicks = Math.max(1, Math.round(durS / FIXED_DT));
  m.x0 = p.x;
  m.y0 = p.y;
  m.z0 = p.z;
  m.x1 = x1;
  m.y1 = y1;
  m.z1 = z1;
  m.peakY = Math.max(p.y, y1);
  m.pullH = 0;
  m.exitVx = m.exitVy = m.exitVz = 0;
  h.state.grounded = false;
  h.state.canCoyote = false;
  h.state.jumpBufferLeftS = 0;
  h.setSolid(false);
  h.events.push({ kind: "move", tick, move: kind });
  return m;
}

/**
 * One tick of a scripted path: the body's velocity is set so the physics step lands it on
 * the curve's next point, gravity held off. Returns false (and hands the body back, with
 * the move's exit velocity) once the path is done, so the tick goes on as a normal one.
 */
export function stepPath(h: MoverHost, tick: number): boolean {
  const m = h.state.move;
  const b = h.body;
  if (tick - m.startTick >= m.durTicks) {
    b.position.set(m.x1, m.y1, m.z1);
    b.velocity.set(m.exitVx, m.exitVy, m.exitVz);
    h.setSolid(true);
    h.state.move.kind = m.kind === "ladderOn" ? "ladder" : "none";
    return false;
  }
  const u = Math.min(1, (tick + 1 - m.startTick) / m.durTicks);
  pathPoint(m, u, h.config.parkour.mantlePullShare, _p);
  b.velocity.set((_p.x - b.position.x) / FIXED_DT, (_p.y - b.position.y) / FIXED_DT, (_p.z - b.position.z) / FIXED_DT);
  h.cancelGravity();
  return true;
}

const _ledge: Ledge = makeLedge();

/** What a vault check found: nothing to vault, a vault begun, or one to begin a few ticks on. */
export type VaultTry = "no" | "started" | "wait";

/**
 * A vault: running (at least `vaultMinSpeedMps` along the facing) at an obstacle 0.45-1.25 m
 * high and at most `vaultMaxDepthM` deep, with room over it and ground not too far below
 * on the other side. A fixed-length move over it that keeps `vaultKeep` of the speed.
 */
export function tryVault(h: MoverHost, tick: number): VaultTry {
  const s = h.state;
  const pk = h.config.parkour;
  const b = h.body;
  const fx = -DMath.sin(s.yawRad);
  const fz = -DMath.cos(s.yawRad);
  const along = b.velocity.x * fx + b.velocity.z * fz;
  if (along < pk.vaultMinSpeedMps) return "no";
  const reach = h.config.radiusM + pk.vaultReachM + along * pk.vaultLookAheadS;
  const feet = b.position;
  if (!probeLedge(h.physics.world, feet, fx, fz, reach, pk.vaultMinM, pk.vaultMaxM, _ledge)) return "no";
  const L = _ledge;
  if (L.depthM > pk.vaultMaxDepthM) return "no";
  if (Number.isNaN(L.beyondY) || L.beyondY < feet.y - pk.vaultMaxDropM || L.beyondY > L.topY + 0.25) return "no";
  // The body dives over: a chest-high ray along the whole path must be clear.
  const overY = L.topY + 0.55;
  const pathM = L.faceDistM + L.depthM + h.config.radiusM + 0.35;
  if (!clearAhead(h.physics.world, feet.x, overY, feet.z, fx, fz, pathM)) return "no";
  const speed = along * pk.vaultKeep;
  // Pressed early: run on until the move's fixed length at the kept speed just clears it.
  const idealFaceM = speed * pk.vaultS - (pathM - L.faceDistM);
  if (L.faceDistM > Math.max(idealFaceM, h.config.radiusM + 0.05) + along * FIXED_DT) return "wait";
  const distM = Math.max(pathM, speed * pk.vaultS);
  // Land on the ground beyond when it is near the top's height, else leave airborne a little under the top.
  const endY = Math.max(L.beyondY, L.topY - 0.9);
  const m = startPath(h, "vault", tick, pk.vaultS, feet.x + fx * distM, endY, feet.z + fz * distM);
  m.peakY = L.topY + pk.vaultClearM;
  m.exitVx = fx * speed;
  m.exitVz = fz * speed;
  m.exitVy = endY > L.beyondY + 0.05 ? -1 : 0;
  s.airCapMps = speed;
  h.stats.vaults++;
  return "started";
}

/**
 * A mantle: a ledge ahead within reach whose top is at most `mantleMaxM` over the ground
 * Henry stood or jumped from, above a step, within the hands' reach of the feet, with room
 * to stand on it. Airborne, the hands only catch while not falling fast. Pull up, then in.
 */
export function tryMantle(h: MoverHost, tick: number, airborne: boolean): boolean {
  const s = h.state;
  const pk = h.config.parkour;
  const c = h.config;
  const b = h.body;
  if (airborne && b.velocity.y < -pk.mantleCatchFallMps) return false;
  const fx = -DMath.sin(s.yawRad);
  const fz = -DMath.cos(s.yawRad);
  const feet = b.position;
  const ground = airborne ? s.lastGroundY : feet.y;
  const maxAbove = Math.min(pk.mantleHandsM, ground + pk.mantleMaxM - feet.y);
  const minAbove = c.maxStepM + 0.05;
  if (maxAbove < minAbove) return false;
  if (!probeLedge(h.physics.world, feet, fx, fz, c.radiusM + pk.mantleReachM, minAbove, maxAbove, _ledge)) return false;
  const L = _ledge;
  if (L.topY - ground > pk.mantleMaxM) return false;
  const inM = L.faceDistM + c.radiusM + 0.15;
  if (L.depthM < c.radiusM * 2 + 0.1) return false;
  const tx = feet.x + fx * inM;
  const tz = feet.z + fz * inM;
  if (!roomAbove(h.physics.world, tx, L.topY, tz, c.standHeightM)) return false;
  // Hands on the edge: the body hangs just off the face while it pulls up.
  const climbM = L.topY - feet.y;
  const m = startPath(h, "mantle", tick, pk.mantleBaseS + pk.mantlePerMS * Math.max(0, climbM), tx, L.topY, tz);
  m.peakY = L.topY;
  m.pullH = Math.max(0, L.faceDistM - c.radiusM - 0.03) / inM;
  s.airCapMps = c.walkSpeedMps;
  h.stats.mantles++;
  return true;
}
