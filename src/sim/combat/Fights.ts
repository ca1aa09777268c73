import type { MercSpawn } from "../ai/Mercs";
import { MercRole } from "../ai/Merc";
import type { Anchor, Level, LevelBox, LevelProp, Vec3Tuple } from "../world/Level";
import { DMath } from "../core/DMath";
import { PROP_LOOK } from "../world/propLooks";

/** One fight of a set piece, placed by a named anchor. */
export interface FightPlan {
  anchor: string;
  mercs: number;
  /**
   * The mercenaries wait off stage until a script wakes the fight (`Combat.wake`): the
   * attack on the lab comes on a cue, not at load. Default false.
   */
  dormant?: boolean;
  /** Skip the props, grenade and cover blocks (an interior stages its own). Default false. */
  bare?: boolean;
  /** Stand the mercenaries behind the anchor instead of ahead (a door facing out). Default false. */
  behind?: boolean;
  /**
   * The anchor Henry restarts at when he dies while this fight is on (default: the last
   * checkpoint). For a fight whose mercenaries stand over the checkpoint (the lab's, by
   * the bed Henry woke on), a place from which it can be fought again.
   */
  restart?: string;
  /** Named posts to stand the mercenaries at instead (one each; `mercs` is then ignored). */
  posts?: readonly GuardPost[];
  /**
   * Clearing the fight makes its anchor the checkpoint. Default true; false where the
   * script places the checkpoints (a tower's guards fall back across floors).
   */
  checkpointOnClear?: boolean;
}

/** A guard's post: the anchor he stands at (and faces as it does), his role, where he falls back to. */
export interface GuardPost {
  anchor: string;
  /** "hold" keeps to the post, "rush" runs at Henry to strike; default: the usual fighter. */
  role?: "hold" | "rush";
  /** A holder's post behind him (an anchor), where he retreats when Henry comes near. */
  fallback?: string;
}

const ROLE_IDS = { hold: MercRole.hold, rush: MercRole.rush } as const;

/** The spawns of a fight's named posts (a missing anchor is skipped). */
function postSpawns(level: Level, posts: readonly GuardPost[], fight: number): MercSpawn[] {
  const out: MercSpawn[] = [];
  for (const p of posts) {
    const a = level.anchors[p.anchor];
    if (!a) continue;
    const back = p.fallback ? level.anchors[p.fallback] : undefined;
    const s: MercSpawn = { x: a.position[0], y: a.position[1], z: a.position[2], yawRad: a.yawRad, fight };
    if (p.role) s.role = ROLE_IDS[p.role];
    if (back) s.fallback = back.position;
    out.push(s);
  }
  return out;
}

/** The street's three fights: mercenaries ahead of each anchor, facing the way Henry comes. */
export const STREET_FIGHTS: readonly FightPlan[] = [
  { anchor: "fight.1", mercs: 3 },
  { anchor: "fight.2", mercs: 4 },
  { anchor: "fight.3", mercs: 5 },
];

/** The rooftops: mercenaries guarding the courier's way, each group woken as Henry reaches its roof. */
export const ROOFTOP_FIGHTS: readonly FightPlan[] = [
  { anchor: "fight.1", mercs: 3, dormant: true },
  { anchor: "fight.2", mercs: 3, dormant: true },
  { anchor: "fight.3", mercs: 2, dormant: true },
];

/**
 * A crowd for budget tests and benchmarks (level "street-crowd"): 20 mercenaries in
 * front of Henry and up the street, all in view from the spawn.
 */
export const CROWD_FIGHTS: readonly FightPlan[] = [
  { anchor: "spawn", mercs: 8 },
  { anchor: "fight.1", mercs: 8 },
  { anchor: "fight.2", mercs: 4 },
];

/** Offsets in an anchor's frame (x right, z ahead), metres: where mercenaries stand. */
const MERC_SPOTS: readonly [number, number][] = [
  [-4, 7],
  [4, 9],
  [0, 13],
  [-6, 15],
  [6, 17],
  [-2, 19],
  [2, 22],
  [-5, 24],
];
/** Throwables around each fight: kind, x right, z ahead. */
const THROWABLES: readonly [LevelProp["kind"], number, number][] = [
  ["bottle", -3, -1],
  ["bottle", -2.6, -1.3],
  ["chair", 3.5, 0.5],
  ["extinguisher", -5.5, 2],
];
/** Concrete blocks to hide behind: x right, z ahead, width. */
const COVER: readonly [number, number, number][] = [
  [-2.5, 4, 2.4],
  [3, 10, 2.4],
];

/** What `stageFights` adds to a level, and where the combat systems start things. */
export interface StagedFights {
  /** The level with the fights' props and cover added (physics and view build from it). */
  level: Level;
  /** Props from this index on were added here: they start at rest on the floor. */
  firstStagedProp: number;
  spawns: MercSpawn[];
  /** Spawns of dormant fights, placed when a script wakes them. */
  dormant: MercSpawn[];
  grenades: Vec3Tuple[];
  ammo: Vec3Tuple[];
  /** Checkpoints in order: the spawn, then each fight's anchor (`onClear`: clearing it moves the checkpoint there). */
  checkpoints: { name: string; anchor: Anchor; onClear: boolean }[];
  /** Per fight (in checkpoint order): where Henry restarts while it is on, or null for the last checkpoint. */
  restarts: (Anchor | null)[];
}

function frame(a: Anchor, x: number, z: number): [number, number] {
  const s = DMath.sin(a.yawRad);
  const c = DMath.cos(a.yawRad);
  // Ahead is (-sin, -cos); right is (cos, -sin).
  return [a.position[0] + c * x - s * z, a.position[2] - s * x - c * z];
}

/** Whether an axis-aligned box overlaps a level box above the floor at `floorY`. */
function overlaps(boxes: readonly LevelBox[], c: Vec3Tuple, h: Vec3Tuple): boolean {
  for (const b of boxes) {
    const r = Math.abs(b.yawRad ?? 0) > 1e-3 || Math.abs(b.pitchRad ?? 0) > 1e-3 ? DMath.hypot(b.size[0], b.size[2]) / 2 : 0;
    const hx = r || b.size[0] / 2;
    const hz = r || b.size[2] / 2;
    if (Math.abs(b.center[0] - c[0]) > hx + h[0]) continue;
    if (Math.abs(b.center[2] - c[2]) > hz + h[2]) continue;
    if (Math.abs(b.center[1] - c[1]) > b.size[1] / 2 + h[1]) continue;
    return true;
  }
  return false;
}

/** The top of the highest walkable box under (x, z) no higher than `maxY`, or null. */
function floorY(boxes: readonly LevelBox[], x: number, z: number, maxY: number): number | null {
  let best: number | null = null;
  for (const b of boxes) {
    if (!b.walkable || Math.abs(b.yawRad ?? 0) > 1e-3 || Math.abs(b.pitchRad ?? 0) > 1e-3) continue;
    const top = b.center[1] + b.size[1] / 2;
    if (top > maxY || Math.abs(b.center[0] - x) > b.size[0] / 2 || Math.abs(b.center[2] - z) > b.size[2] / 2) continue;
    if (best === null || top > best) best = top;
  }
  return best;
}

const PICKUP_HALF: Vec3Tuple = [0.2, 0.25, 0.2];
const inside = (boxes: readonly LevelBox[], x: number, y: number, z: number) => overlaps(boxes, [x, y + 0.3, z], PICKUP_HALF);

/**
 * Where an ammo box can lie: its anchor, or, when the level fills that spot (the street's
 * `pickup.1` fell inside the podium on every seed), the nearest free floor within 6 m.
 */
export function pickupSpot(boxes: readonly LevelBox[], p: Vec3Tuple): Vec3Tuple {
  if (!inside(boxes, p[0], p[1], p[2])) return p;
  for (let r = 0.5; r <= 6; r += 0.5) {
    for (let k = 0; k < 16; k++) {
      const x = p[0] + DMath.sin((k / 16) * 2 * Math.PI) * r;
      const z = p[2] + DMath.cos((k / 16) * 2 * Math.PI) * r;
      const y = floorY(boxes, x, z, p[1] + 0.5);
      if (y !== null && !inside(boxes, x, y, z)) return [x, y, z];
    }
  }
  return p;
}

/**
 * Places a set piece's fights by named anchors: mercenary spawns, throwable props, a
 * grenade and cover at each `fight.N`, red barrels at `barrel.N`, ammo at `pickup.N`.
 * A missing anchor skips its part; a spot that would overlap the level is skipped too.
 */
export function stageFights(level: Level, plan: readonly FightPlan[] = STREET_FIGHTS): StagedFights {
  const props = level.props.slice();
  const boxes = level.boxes.slice();
  const spawns: MercSpawn[] = [];
  const dormant: MercSpawn[] = [];
  const grenades: Vec3Tuple[] = [];
  const checkpoints: StagedFights["checkpoints"] = [];
  const restarts: (Anchor | null)[] = [];
  const spawnAnchor = level.anchors[level.spawn];
  if (spawnAnchor) checkpoints.push({ name: level.spawn, anchor: spawnAnchor, onClear: true });
  const addProp = (kind: LevelProp["kind"], x: number, y: number, z: number, yawRad: number) => {
    const look = PROP_LOOK[kind];
    const c: Vec3Tuple = [x, y + look.size[1] / 2, z];
    if (overlaps(boxes, c, [look.size[0] / 2, look.size[1] / 2 - 0.03, look.size[2] / 2])) return;
    props.push({ kind, position: c, size: look.size, yawRad, massKg: look.massKg, surface: look.surface });
  };
  for (const f of plan) {
    const a = level.anchors[f.anchor];
    if (!a) continue;
    checkpoints.push({ name: f.anchor, anchor: a, onClear: f.checkpointOnClear ?? true });
    // Fight k is checkpoint k + 1 (checkpoint 0 is the spawn).
    const fi = checkpoints.length - 2;
    restarts[fi] = (f.restart && level.anchors[f.restart]) || null;
    const y = a.position[1];
    if (f.posts) (f.dormant ? dormant : spawns).push(...postSpawns(level, f.posts, fi));
    for (let k = 0; !f.posts && k < f.mercs && k < MERC_SPOTS.length; k++) {
      const [x, z] = frame(a, MERC_SPOTS[k][0], f.behind ? -MERC_SPOTS[k][1] * 0.6 : MERC_SPOTS[k][1]);
      (f.dormant ? dormant : spawns).push({ x, z, yawRad: a.yawRad + Math.PI, fight: fi });
    }
    if (f.bare) continue;
    for (const [kind, ox, oz] of THROWABLES) {
      const [x, z] = frame(a, ox, oz);
      addProp(kind, x, y, z, a.yawRad + ox);
    }
    for (const [ox, oz, w] of COVER) {
      const [x, z] = frame(a, ox, oz);
      const c: Vec3Tuple = [x, y + 0.55, z];
      if (overlaps(boxes, c, [w / 2, 0.5, 0.35])) continue;
      boxes.push({ center: c, size: [w, 1.1, 0.6], yawRad: a.yawRad, surface: "concrete", walkable: false, paint: "concrete", tag: "cover" });
    }
    const [gx, gz] = frame(a, 1.5, -0.5);
    grenades.push([gx, y, gz]);
  }
  for (const name of Object.keys(level.anchors).filter((n) => n.startsWith("barrel.")).sort()) {
    const a = level.anchors[name];
    addProp("barrel", a.position[0], a.position[1], a.position[2], 0);
  }
  const ammo = Object.keys(level.anchors)
    .filter((n) => n.startsWith("pickup."))
    .sort()
    .map((n) => pickupSpot(boxes, level.anchors[n].position));
  return { level: { ...level, props, boxes }, firstStagedProp: level.props.length, spawns, dormant, grenades, ammo, checkpoints, restarts };
}
