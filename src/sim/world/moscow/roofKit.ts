import { DMath } from "../../core/DMath";
import type { Paint } from "../Level";
import type { CityBuilder } from "./CityBuilder";
import { STREET } from "./layout";

/** A roof's rectangle (metres, min and max corners on x and z) and the height of its top. */
export interface RoofRect {
  x0: number;
  x1: number;
  z0: number;
  z1: number;
  topY: number;
}

/** Which edge of a roof: toward -Z (north), +Z (south), -X (west), +X (east). */
export type RoofEdge = "north" | "south" | "west" | "east";

/** Parapet height and thickness of the roofs (Soviet panel blocks: a low concrete lip), metres. */
export const PARAPET = { heightM: 0.95, thickM: 0.3 } as const;
/** Thickness of the walkable roof slab over the building's box, metres. */
const SLAB_M = 0.3;

/**
 * A panel block seen from its roof: the building (a facade box from the street up), the
 * walkable roof slab (gravel over bitumen), and balconies down the faces the chase looks
 * over. `openings` are x (north, south edges) or z (west, east) ranges left without a
 * parapet (a gap to leap, a drop to take); an edge listed in `bare` has none at all (it
 * abuts a taller block).
 */
export function roofBlock(
  c: CityBuilder,
  r: RoofRect,
  paint: Paint,
  openings: Partial<Record<RoofEdge, readonly (readonly [number, number])[]>> = {},
  bare: readonly RoofEdge[] = [],
): void {
  const w = r.x1 - r.x0;
  const d = r.z1 - r.z0;
  c.box([r.x0, 0, r.z0], [w, r.topY - SLAB_M, d], paint, "concrete", false, "building");
  c.box([r.x0, r.topY - SLAB_M, r.z0], [w, SLAB_M, d], "roof", "gravel", true, "roof");
  for (const edge of ["north", "south", "west", "east"] as const) {
    if (bare.includes(edge)) continue;
    parapet(c, r, edge, openings[edge] ?? []);
  }
  facadeBalconies(c, r, paint);
}

/** A parapet along one edge, broken by `openings` (ranges along the edge). */
function parapet(c: CityBuilder, r: RoofRect, edge: RoofEdge, openings: readonly (readonly [number, number])[]): void {
  const t = PARAPET.thickM;
  const h = PARAPET.heightM;
  const alongX = edge === "north" || edge === "south";
  const lo = alongX ? r.x0 : r.z0;
  const hi = alongX ? r.x1 : r.z1;
  let a = lo;
  const cuts = [...openings].sort((p, q) => p[0] - q[0]);
  for (const [o0, o1] of [...cuts, [hi, hi] as const]) {
    const b = Math.min(o0, hi);
    if (b - a > 0.05) {
      if (edge === "north") c.box([a, r.topY, r.z0], [b - a, h, t], "concrete", "concrete", true, "parapet");
      else if (edge === "south") c.box([a, r.topY, r.z1 - t], [b - a, h, t], "concrete", "concrete", true, "parapet");
      else if (edge === "west") c.box([r.x0, r.topY, a], [t, h, b - a], "concrete", "concrete", true, "parapet");
      else c.box([r.x1 - t, r.topY, a], [t, h, b - a], "concrete", "concrete", true, "parapet");
    }
    a = Math.max(a, o1);
  }
}

/** Balconies on the west and east faces, every other bay, from the third storey up. */
function facadeBalconies(c: CityBuilder, r: RoofRect, paint: Paint): void {
  const storeys = Math.floor(r.topY / STREET.storeyM);
  for (const [x, face] of [
    [r.x0, -1],
    [r.x1, 1],
  ] as const) {
    for (let z = r.z0 + STREET.bayM * 1.5; z < r.z1 - STREET.bayM; z += STREET.bayM * 2) {
      for (let s = 2; s < storeys - 1; s += 1) {
        const b = c.add("balcony", [x + face * 0.6, s * STREET.storeyM, z], face > 0 ? Math.PI / 2 : -Math.PI / 2);
        b.paint = paint;
      }
    }
  }
}

/** A lift-machine room: a solid concrete hut on the roof (a collider, drawn), `heightM` tall to the top of its flat roof. */
export function liftRoom(c: CityBuilder, x0: number, z0: number, w: number, d: number, y: number, heightM: number): void {
  c.box([x0, y, z0], [w, heightM - 0.2, d], "concrete", "concrete", true, "liftRoom");
  c.box([x0, y + heightM - 0.2, z0], [w, 0.2, d], "roof", "gravel", true, "liftRoom");
}

/** A water tank on legs: drawn as decoration, solid as one box around it. */
export function waterTank(c: CityBuilder, x: number, y: number, z: number): void {
  c.add("waterTank", [x, y, z], c.rng.range(0, Math.PI));
  c.invisible([x - 1.2, y, z - 1.2], [2.4, 3.2, 2.4], "waterTank");
}

/** An aerial mast (a thin collider at its foot). */
export function antenna(c: CityBuilder, x: number, y: number, z: number): void {
  const s = c.rng.range(0.8, 1.3);
  c.add("antenna", [x, y, z], c.rng.range(0, Math.PI), [1, s, 1]);
  c.invisible([x - 0.08, y, z - 0.08], [0.16, 3 * s, 0.16], "antenna");
}

/** A satellite dish on a low stand, turned to the south-west sky. */
export function dish(c: CityBuilder, x: number, y: number, z: number): void {
  c.add("dish", [x, y, z], c.rng.range(2.6, 3.6), [c.rng.range(0.8, 1.2), 1, 1]);
  c.invisible([x - 0.3, y, z - 0.3], [0.6, 1.1, 0.6], "dish");
}

/** A washing line between two posts along x, with laundry (the posts are solid, the line and laundry are not). */
export function washingLine(c: CityBuilder, x0: number, x1: number, y: number, z: number): void {
  c.add("washingLine", [(x0 + x1) / 2, y, z], 0, [x1 - x0, 1, 1]);
  for (const x of [x0, x1]) c.invisible([x - 0.05, y, z - 0.05], [0.1, 1.9, 0.1], "post");
}

/** A skylight: a glazed box over a stairwell, low enough to vault (`heightM`). */
export function skylight(c: CityBuilder, x0: number, z0: number, w: number, d: number, y: number, heightM: number): void {
  c.box([x0, y, z0], [w, heightM - 0.08, d], "metal", "metal", false, "skylight");
  c.box([x0 + 0.05, y + heightM - 0.08, z0 + 0.05], [w - 0.1, 0.08, d - 0.1], "glass", "glass", true, "skylight");
}

/**
 * A fixed ladder up a wall: the level's ladder (the player grabs it) and its drawing,
 * one rung segment per 0.3 m. `yawRad` is the way a climber faces (toward the wall).
 */
export function roofLadder(c: CityBuilder, x: number, y: number, z: number, topY: number, yawRad: number): void {
  c.ladders.push({ position: [x, y, z], topY, yawRad, widthM: 0.55 });
  // The rails stand 0.12 m off the wall, toward the climber.
  const offX = DMath.sin(yawRad) * 0.12;
  const offZ = DMath.cos(yawRad) * 0.12;
  for (let h = y; h < topY + 0.6; h += 0.3) c.add("ladder", [x + offX, h, z + offZ], yawRad);
}

/** A few air vents and boxes: low clutter that breaks up a roof (solid, walkable). */
export function vents(c: CityBuilder, r: RoofRect, count: number, keepClear: (x: number, z: number) => boolean): void {
  for (let i = 0; i < count; i++) {
    const x = c.rng.range(r.x0 + 1.5, r.x1 - 2.5);
    const z = c.rng.range(r.z0 + 1.5, r.z1 - 2.5);
    if (!keepClear(x, z)) continue;
    const s = c.rng.range(0.6, 1.1);
    c.box([x, r.topY, z], [s, c.rng.range(0.35, 0.7), s], "metal", "metal", true, "vent");
  }
}
