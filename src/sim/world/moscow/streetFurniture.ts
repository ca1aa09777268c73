import type { LevelProp, Paint } from "../Level";
import type { CityBuilder } from "./CityBuilder";
import { isClear, STREET } from "./layout";
import type { SignWord } from "./words";
import { DMath } from "../../core/DMath";

const LAMP_SPACING_M = 30;
const LAMP_HEAD_Y = 9;
const WIRE_Y = 6.4;

/**
 * Lamp posts on both kerbs that also carry the trolleybus wires: a span wire across the
 * avenue at every pair of posts, and four contact wires (two per direction) the length
 * of the street. Each post gets a thin collider; wires are out of reach.
 */
export function lampsAndWires(c: CityBuilder): void {
  const S = STREET;
  const x = S.roadHalfM + 0.6;
  for (let z = S.northZ + 6; z < S.southZ - 4; z += LAMP_SPACING_M) {
    for (const side of [-1, 1] as const) {
      const zs = side < 0 && !isClear("west", z, 1) ? z + 4 : z;
      c.add("lamp", [side * x, S.kerbM, zs], side < 0 ? Math.PI / 2 : -Math.PI / 2);
      c.invisible([side * x - 0.12, S.kerbM, zs - 0.12], [0.24, 8, 0.24], "pole");
      c.light([side * (x - 2.4), LAMP_HEAD_Y, zs], "street", 16);
    }
    c.add("wire", [-x, WIRE_Y + 0.6, z], Math.PI / 2, [0.03, 0.03, 2 * x]);
  }
  const len = S.southZ - S.northZ;
  for (const wx of [-3.3, -2.7, 2.7, 3.3]) c.add("wire", [wx, WIRE_Y, S.northZ], 0, [0.025, 0.025, len]);
}

/**
 * Birches along the outer edge of both pavements (where nothing else stands), each with
 * a trunk collider.
 */
export function pavementTrees(c: CityBuilder): void {
  const S = STREET;
  for (const side of ["west", "east"] as const) {
    const x = (side === "west" ? -1 : 1) * (S.paveOutM - 1.4);
    for (let z = S.northZ + 8; z < S.southZ - 6; z += c.rng.range(9, 14)) {
      if (!isClear(side, z, 2)) continue;
      birch(c, x + c.rng.range(-0.3, 0.3), S.kerbM, z);
    }
  }
}

/** One birch: the decoration plus a trunk collider. */
export function birch(c: CityBuilder, x: number, y: number, z: number): void {
  const s = c.rng.range(0.8, 1.25);
  c.add("birch", [x, y, z], c.rng.range(0, Math.PI * 2), [s, s * c.rng.range(0.9, 1.2), s]);
  c.invisible([x - 0.15, y, z - 0.15], [0.3, 3, 0.3], "tree");
}

/** A bus shelter on a pavement, its back toward the buildings, with a collider for the back wall and a sign. */
export function busStop(c: CityBuilder, side: -1 | 1, z: number): void {
  const S = STREET;
  const x = side * (S.roadHalfM + 3.2);
  const yaw = side < 0 ? Math.PI / 2 : -Math.PI / 2;
  c.add("busStop", [x, S.kerbM, z], yaw);
  c.invisible([x + side * 0.7 - 0.1, S.kerbM, z - 2], [0.2, 2.4, 4], "busStop");
  c.sign("ОСТАНОВКА", [x, S.kerbM + 2.75, z], -yaw, 0.35);
  c.add("bench", [x + side * 0.2, S.kerbM, z], yaw);
}

/** A kiosk: a blue box (collider), a roof, a word over its window and crates beside it. */
export function kiosk(c: CityBuilder, props: LevelProp[], x: number, z: number, word: SignWord): void {
  const S = STREET;
  c.box([x - 1.5, S.kerbM, z - 1], [3, 2.6, 2], "sign", "metal", false, "kiosk");
  c.add("kioskRoof", [x, S.kerbM + 2.6, z], 0, [3.4, 1, 2.4]);
  const face = x < 0 ? 1 : -1;
  c.sign(word, [x + face * 1.52, S.kerbM + 2.2, z], face > 0 ? -Math.PI / 2 : Math.PI / 2, 0.32);
  for (let i = 0; i < 3; i++) {
    props.push({
      kind: "crate",
      position: [x + c.rng.range(-1.2, 1.2), S.kerbM + 0.3 + i * 0.62, z + 1.6 + c.rng.range(0, 0.8)],
      size: [0.6, 0.6, 0.6],
      yawRad: c.rng.range(0, Math.PI),
      massKg: 20,
      surface: "wood",
    });
  }
}

const CAR_PAINTS: readonly Paint[] = ["car", "carDark", "carLight", "carLight", "carDark"];

/**
 * A boxy sedan: body and cabin are colliders (walkable roofs to climb over), wheels,
 * glass, bumpers and lamps are one decoration instance. `(x, z)` is the body's centre.
 */
export function sedan(c: CityBuilder, x: number, z: number, yawRad = 0): void {
  const paint = CAR_PAINTS[c.rng.int(0, CAR_PAINTS.length - 1)];
  const s = DMath.sin(yawRad);
  const k = DMath.cos(yawRad);
  c.turnedBox([x, 0.6, z], [1.8, 0.8, 4.4], yawRad, paint, "metal", true, "car");
  c.turnedBox([x + s * 0.1, 1.275, z + k * 0.1], [1.6, 0.55, 2.2], yawRad, paint, "metal", true, "car");
  c.add("carTrim", [x, 0, z], yawRad);
}

/** Cars parked along both kerbs with seeded gaps, kept off the fights' open centres. */
export function parkedCars(c: CityBuilder): void {
  const S = STREET;
  for (const side of [-1, 1]) {
    for (let z = S.northZ + 12; z < S.southZ - 20; z += c.rng.range(7, 15)) {
      if (c.rng.next() < 0.3) continue;
      sedan(c, side * (S.roadHalfM - 1.3), z + 2.2, c.rng.range(-0.04, 0.04));
    }
  }
}

/** Low concrete road blocks: cover for the fights, off the middle of the road. */
export function roadBlocks(c: CityBuilder, zs: readonly number[]): void {
  for (const z of zs) {
    for (const x of [-3.6, 2.4]) {
      const dz = c.rng.range(-4, 4);
      c.box([x + c.rng.range(-0.4, 0.4), 0, z + dz], [1.2, 0.9, 2.4], "concrete", "concrete", true, "cover");
    }
  }
}
