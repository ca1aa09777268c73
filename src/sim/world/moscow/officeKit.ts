import type { CityBuilder } from "./CityBuilder";

/** Storey height of an office floor, slab to slab, metres. */
export const OFFICE_STOREY_M = 3.6;

/**
 * Pieces of an office floor for the office set piece, written with the same builder as
 * the street: slabs, corridor walls with door gaps, desks with chairs, glass partitions
 * and stairwells. Positions are min corners in metres; floors sit on `y`.
 */
export const officeKit = {
  /** A floor slab and its ceiling. */
  slab(c: CityBuilder, x: number, y: number, z: number, w: number, d: number): void {
    c.box([x, y - 0.3, z], [w, 0.3, d], "carpet", "interior", true, "floor");
    c.box([x, y + OFFICE_STOREY_M - 0.3, z], [w, 0.3, d], "labWall", "concrete", false, "ceiling");
    for (let zz = z + 2; zz < z + d - 1; zz += 4) {
      c.add("ceilingLight", [x + w / 2, y + OFFICE_STOREY_M - 0.3, zz], 0);
      c.light([x + w / 2, y + OFFICE_STOREY_M - 0.6, zz], "interior", 8);
    }
  },
  /** A wall along z from `z0` to `z1` at `x` with door gaps (centres along z, 1.2 m wide). */
  wallZ(c: CityBuilder, x: number, y: number, z0: number, z1: number, doors: readonly number[] = []): void {
    let z = z0;
    for (const dz of [...doors].sort((a, b) => a - b)) {
      if (dz - 0.6 > z) c.box([x - 0.1, y, z], [0.2, OFFICE_STOREY_M - 0.3, dz - 0.6 - z], "labWall", "concrete", false, "wall");
      c.box([x - 0.1, y + 2.2, dz - 0.6], [0.2, OFFICE_STOREY_M - 2.5, 1.2], "labWall", "concrete", false, "wall");
      z = dz + 0.6;
    }
    if (z1 > z) c.box([x - 0.1, y, z], [0.2, OFFICE_STOREY_M - 0.3, z1 - z], "labWall", "concrete", false, "wall");
  },
  /** A glass partition along z (it shatters later; today a collider of glass). */
  glassZ(c: CityBuilder, x: number, y: number, z0: number, z1: number): void {
    c.box([x - 0.03, y, z0], [0.06, 2.6, z1 - z0], "glass", "glass", false, "partition");
    c.box([x - 0.05, y, z0], [0.1, 0.1, z1 - z0], "labTrim", "metal", false, "partition");
  },
  /** A row of desks with chairs along z, each desk a low collider. */
  desks(c: CityBuilder, x: number, y: number, z0: number, count: number): void {
    for (let i = 0; i < count; i++) {
      const z = z0 + i * 2;
      c.box([x - 0.8, y, z - 0.4], [1.6, 0.76, 0.8], "invisible", "wood", true, "desk");
      c.add("desk", [x, y, z], 0);
      c.add("chair", [x, y, z + 0.75], 0);
    }
  },
  /** A stairwell climbing one storey toward -z: 12 risers and a landing, railed on one side. */
  stairs(c: CityBuilder, x: number, y: number, z: number, w = 1.4): void {
    const rise = OFFICE_STOREY_M / 12;
    for (let i = 0; i < 12; i++) c.box([x, y, z - (i + 1) * 0.3], [w, (i + 1) * rise, 0.3], "concrete", "concrete", true, "stairs");
    c.box([x + w, y, z - 3.6], [0.06, OFFICE_STOREY_M + 1, 3.6], "labTrim", "metal", false, "railing");
  },
};
