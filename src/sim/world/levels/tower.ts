import { DMath } from "../../core/DMath";
import { Rng } from "../../core/Rng";
import type { Level } from "../Level";
import { CityBuilder } from "../moscow/CityBuilder";
import { nightCity, towerShaft } from "../moscow/nightCity";

/** The roof's plan in metres (y up, -Z north). One place for the numbers the parts share. */
export const TOWER = {
  /** Half the roof's side: the parapet's inner face is at ±(halfM − parapetM). */
  halfM: 34,
  parapetM: 0.5,
  parapetHM: 1.1,
  /** The floor slab's thickness: the sunken deck's walls are its sides. */
  slabM: 2,
  /** One stair step: rise and tread. Treads as deep as a nav cell keep mercenaries on the stairs. */
  riseM: 0.35,
  treadM: 1.5,
  /** The sunken service deck with the parked cars (west). */
  service: { x0: -32, x1: -16, z0: -18, z1: 18, y: -1.4 },
  /** The helipad terrace (east), where Akan holds Estelle. */
  helipad: { x0: 14, x1: 33.5, z0: -14, z1: 14, y: 1.4 },
  /** The central block under the spire: Akan watches from its first step. */
  core: { x0: -8, x1: 8, z0: -6, z1: 6, balconyY: 11 },
  /** How far below the roof the streets are, metres. */
  streetDepthM: 165,
} as const;

/** Broad steps from (x, y) on the floor, climbing `n` risers toward +x (dir 1) or -x (dir −1) over z0..z1. */
function stairsX(c: CityBuilder, x: number, y: number, z0: number, z1: number, dir: 1 | -1, n: number, down = false): void {
  const T = TOWER;
  for (let k = 1; k <= n; k++) {
    const top = y + (down ? -k : k) * T.riseM;
    const xa = x + dir * (k - 1) * T.treadM;
    const xb = x + dir * k * T.treadM;
    const bottom = Math.min(top, y) - T.slabM;
    c.box([Math.min(xa, xb), bottom, z0], [T.treadM, top - bottom, z1 - z0], "concrete", "concrete", true, "steps");
  }
}

/** The floor slabs around the sunken service deck, its floor and the steps down into it. */
function floors(c: CityBuilder): void {
  const T = TOWER;
  const H = T.halfM;
  const S = T.service;
  const slab = (x0: number, z0: number, x1: number, z1: number) => c.box([x0, -T.slabM, z0], [x1 - x0, T.slabM, z1 - z0], "roof", "concrete", true, "deck");
  slab(-H, -H, H, S.z0);
  slab(-H, S.z1, H, H);
  slab(S.x1 + 6, S.z0, H, S.z1);
  slab(-H, S.z0, S.x0, S.z1);
  // Beside the stairs down, the deck reaches the sunken floor's edge.
  slab(S.x1, S.z0, S.x1 + 6, -4);
  slab(S.x1, 4, S.x1 + 6, S.z1);
  c.box([S.x0, S.y - T.slabM, S.z0], [S.x1 - S.x0, T.slabM, S.z1 - S.z0], "road", "asphalt", true, "serviceDeck");
  stairsX(c, S.x1 + 6, 0, -4, 4, -1, 4, true);
  // A painted bay line for each parked car.
  for (const z of [-12, -4, 4, 12]) c.box([S.x0 + 2, S.y, z + 3.6], [9, 0.01, 0.12], "marking", "asphalt", true);
}

/** The helipad terrace with its marking and the steps up from the deck. */
function helipad(c: CityBuilder): void {
  const T = TOWER;
  const P = T.helipad;
  c.box([P.x0, -T.slabM, P.z0], [P.x1 - P.x0, P.y + T.slabM, P.z1 - P.z0], "roof", "concrete", true, "helipad");
  stairsX(c, P.x0 - 3 * T.treadM, 0, -3, 3, 1, 3);
  stairsX(c, P.x0 - 3 * T.treadM, 0, 8, 12, 1, 3);
  const cx = (P.x0 + P.x1) / 2;
  // The pad: a square outline and an H, paint only (no colliders).
  for (const [x, z, w, d] of [
    [cx - 7, -7, 14, 0.4],
    [cx - 7, 6.6, 14, 0.4],
    [cx - 7, -7, 0.4, 14],
    [cx + 6.6, -7, 0.4, 14],
    [cx - 3, -4, 0.8, 8],
    [cx + 2.2, -4, 0.8, 8],
    [cx - 3, -0.4, 6, 0.8],
  ] as const) {
    c.farBlock([x, P.y, z], [w, 0.02, d], "marking", false);
  }
  c.anchor("estelle", cx, P.y, 0, Math.PI / 2);
  c.anchor("estelle.face", cx, P.y + 1.55, 0, Math.PI / 2);
  c.anchor("akan.helipad", cx + 5, P.y, 4, Math.PI / 2);
  c.anchor("akan.edge", P.x1 - 2.5, P.y, -6, Math.PI / 2);
}

/** The central block and the spire; the balcony Akan watches from is the first step's top. */
function spire(c: CityBuilder): void {
  const K = TOWER.core;
  // Not walkable: no one but Akan (who floats) stands up there, and no path may lead there.
  c.box([K.x0, 0, K.z0], [K.x1 - K.x0, K.balconyY, K.z1 - K.z0], "tower", "concrete", false, "core");
  c.box([-5, K.balconyY, -4], [10, 8, 8], "tower", "concrete", false, "core");
  c.box([-2, K.balconyY + 8, -2], [4, 9, 4], "stucco", "concrete", false, "spire");
  c.box([-0.9, K.balconyY + 17, -0.9], [1.8, 9, 1.8], "gilt", "metal", false, "spire");
  c.box([-0.3, K.balconyY + 26, -0.3], [0.6, 10, 0.6], "gilt", "metal", false, "spire");
  c.box([-1.2, K.balconyY + 36, -0.15], [2.4, 2.4, 0.3], "star", "metal", false, "star");
  // The balcony's balustrade on the south face, where Akan stands.
  c.box([K.x0, K.balconyY, K.z1 - 0.3], [K.x1 - K.x0, 0.9, 0.3], "stucco", "concrete", false, "balustrade");
  c.anchor("akan.balcony", 0, K.balconyY, K.z1 - 1.2, Math.PI);
}

/** The parapet round the roof's edge, raised where the helipad terrace meets it. */
function parapets(c: CityBuilder): void {
  const T = TOWER;
  const H = T.halfM;
  const t = T.parapetM;
  const h = T.parapetHM;
  const P = T.helipad;
  c.box([-H, 0, -H], [2 * H, h, t], "stucco", "concrete", false, "parapet");
  c.box([-H, 0, H - t], [2 * H, h, t], "stucco", "concrete", false, "parapet");
  c.box([-H, 0, -H], [t, h, 2 * H], "stucco", "concrete", false, "parapet");
  c.box([H - t, 0, -H], [t, h, P.z0 + H], "stucco", "concrete", false, "parapet");
  c.box([H - t, 0, P.z1], [t, h, H - P.z1], "stucco", "concrete", false, "parapet");
  c.box([H - t, 0, P.z0], [t, P.y + h, P.z1 - P.z0], "stucco", "concrete", false, "parapet");
  // A low wall along the sunken deck's open side, with the gap of the steps.
  const S = T.service;
  for (const [z0, z1] of [
    [S.z0, -4],
    [4, S.z1],
  ] as const) {
    c.box([S.x1, 0, z0], [0.2, 0.9, z1 - z0], "metal", "metal", false, "railing");
  }
  // Above the parapet, an invisible wall: Henry can jump onto the parapet, never off the roof.
  const fence = T.parapetHM + 2.5;
  c.invisible([-H, 0, -H - 1], [2 * H, fence, 1.5]);
  c.invisible([-H, 0, H - 0.5], [2 * H, fence, 1.5]);
  c.invisible([-H - 1, 0, -H], [1.5, fence, 2 * H]);
  c.invisible([H - 0.5, 0, -H], [1.5, fence + P.y, 2 * H]);
}

/** Lift and stair housings: the army's ways in; each door has an anchor the spawner uses. */
function housings(c: CityBuilder): void {
  const house = (x0: number, z0: number, w: number, d: number, h: number) => c.box([x0, 0, z0], [w, h, d], "stucco", "concrete", false, "housing");
  // Stairs from the floor below: Henry comes up the south one.
  house(-3, 27, 6, 6.5, 3.4);
  c.sign("ВЫХОД", [0, 2.9, 26.98], Math.PI, 0.35);
  c.anchor("spawn", 0, 0, 24.5, 0);
  house(20, -31, 6, 6, 3.4);
  c.sign("ВЫХОД", [23, 2.9, -24.98], 0, 0.35);
  c.anchor("stairs.north", 23, 0, -23.2, Math.PI);
  // Two lifts, each housing topped by its machine room.
  house(-24, -31, 6, 6, 4.2);
  c.sign("ЛИФТ", [-21, 3.5, -24.98], 0, 0.4);
  c.anchor("lift.west", -21, 0, -23.2, Math.PI);
  house(-14, 26, 6, 7.5, 4.2);
  c.sign("ЛИФТ", [-11, 3.5, 25.98], Math.PI, 0.4);
  c.anchor("lift.south", -11, 0, 24.6, 0);
  // Ropes over the parapet: mercenaries climb up from the floors below.
  c.anchor("rope.west", -H_IN, 0, 26, -Math.PI / 2);
  c.anchor("rope.north", -6, 0, -H_IN, Math.PI);
  c.anchor("rope.east", H_IN, 0, 22, Math.PI / 2);
  c.anchor("rope.northeast", H_IN, 0, -26, Math.PI / 2);
}
const H_IN = TOWER.halfM - 1.2;

/**
 * What stands on the roof: ventilation housings and cars Akan can lift (runtime boxes),
 * concrete barriers that break under heavy throws, crates, ammunition and red barrels.
 */
function furniture(c: CityBuilder): void {
  const S = TOWER.service;
  for (const [z, paint] of [
    [-12, "car"],
    [-4, "carDark"],
    [4, "carLight"],
    [12, "car"],
  ] as const) {
    c.box([S.x0 + 3, S.y, z - 2.1 + 0.5], [1.8, 1.45, 4.2], paint, "metal", false, "liftable.car");
  }
  for (const [x, z] of [
    [-8, -27],
    [6, -28],
    [-22, 24],
    [24, 22],
  ] as const) {
    c.box([x - 1, 0, z - 0.7], [2, 1.3, 1.4], "metal", "metal", false, "liftable.vent");
  }
  for (const [x, z, yaw] of [
    [-4, 16, 0],
    [5, 14, 0.3],
    [-12, 6, 1.57],
    [12, -12, 0],
    [-12, -14, 0.2],
    [2, -18, 0],
    [26, -18, 0],
    [18, 18, 0.4],
  ] as const) {
    c.turnedBox([x, 0.55, z], [2.4, 1.1, 0.6], yaw, "concrete", "concrete", false, "breakable");
  }
  for (const [x, z] of [
    [-2, 20],
    [14, -20],
    [-26, -10],
    [-24, 2],
    [28, 16],
    [-16, -24],
    [8, 24],
    [-6, -20],
  ] as const) {
    c.props.push({ kind: "crate", position: [x, 0.45 + (x < S.x1 && x > S.x0 && z > S.z0 && z < S.z1 ? S.y : 0), z], size: [0.9, 0.9, 0.9], massKg: 40, surface: "wood" });
  }
  for (const [i, x, z] of [
    [1, -2, 12],
    [2, 12, -6],
    [3, -18, -20],
    [4, -22, 0],
    [5, 10, 22],
    [6, 28, -26],
  ] as const) {
    c.anchor(`pickup.${i}`, x, i === 4 ? S.y : 0, z);
  }
  c.anchor("barrel.1", -28, 0, -28);
  c.anchor("barrel.2", 30, 0, 28);
}

/** Sodium lamps on the deck (they light the ground round them at night) and the searchlight below. */
function lamps(c: CityBuilder): void {
  for (const [x, z, yaw] of [
    [-28, -28, 0.8],
    [28, 28, -2.4],
    [-28, 20, 2.4],
    [10, -30, 0],
    [-20, 30, Math.PI],
    [-2, -12, 0],
  ] as const) {
    c.add("lamp", [x, 0, z], yaw);
    c.light([x + DMath.sin(yaw) * 2.4, 8.9, z + DMath.cos(yaw) * 2.4], "street", 11);
  }
  c.anchor("searchlight", 60, -TOWER.streetDepthM, 90);
}

/**
 * The finale's level: the roof of a Stalinist tower at night. A deck at y = 0 round a
 * central block and its spire, a sunken service deck with parked cars (west), a helipad
 * terrace (east), lift and stair housings and ropes where the army comes in, parapets,
 * ventilation housings, barriers and crates; the lit city all round, far below.
 */
export function makeTowerLevel(seed = 1): Level {
  const c = new CityBuilder(new Rng(seed));
  floors(c);
  helipad(c);
  spire(c);
  parapets(c);
  housings(c);
  furniture(c);
  lamps(c);
  towerShaft(c, TOWER.halfM, TOWER.streetDepthM);
  nightCity(c, TOWER.streetDepthM);
  c.anchor("deck", 0, 0, 12, 0);
  c.anchor("end", TOWER.helipad.x0 + 8, TOWER.helipad.y, 0);
  const H = TOWER.halfM;
  return {
    id: "tower",
    title: "Tower roof",
    timeOfDay: "night",
    spawn: "spawn",
    boxes: c.boxes,
    props: c.props,
    anchors: c.anchors,
    bounds: { min: [-H - 1, -4, -H - 1], max: [H + 1, 50, H + 1] },
    decor: c.decor,
    signs: c.signs,
    lights: c.lights,
    farLights: c.farLights,
  };
}
