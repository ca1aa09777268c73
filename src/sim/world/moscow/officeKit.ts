import type { LevelBox, PaneKind, PropKind, Vec3Tuple } from "../Level";
import { PROP_LOOK } from "../propLooks";
import type { CityBuilder } from "./CityBuilder";

/** Storey height of an office floor, slab to slab, metres. */
export const OFFICE_STOREY_M = 3.6;
/** Thickness of a floor slab (the storey below's ceiling is its underside), metres. */
export const SLAB_M = 0.3;
/** Clear height of a storey, floor to ceiling, metres. */
export const CEILING_M = OFFICE_STOREY_M - SLAB_M;
/** A doorway's width and height, metres. */
export const DOOR_W_M = 1.4;
export const DOOR_H_M = 2.2;
/** Exterior windows: solid up to the sill, glass above, panes at most this wide between mullions, metres. */
export const SILL_M = 0.9;
export const BAY_M = 3;
const WALL_M = 0.2;

/** An axis-aligned rectangle on the floor plan: x0..x1, z0..z1, metres. */
export type Rect = readonly [number, number, number, number];

/** A pane of glass from its min corner: a box that breaks. */
export function pane(c: CityBuilder, min: Vec3Tuple, size: Vec3Tuple, kind: PaneKind): LevelBox {
  const b = c.box(min, size, "glass", "glass", false, kind);
  b.pane = kind;
  return b;
}

/** A prop standing on a surface at height `y` (resting: it starts asleep). */
export function prop(c: CityBuilder, kind: PropKind, x: number, y: number, z: number, yawRad = 0): void {
  const look = PROP_LOOK[kind];
  c.props.push({ kind, position: [x, y + look.size[1] / 2, z], size: look.size, yawRad, massKg: look.massKg, surface: look.surface, resting: true });
}

/**
 * Pieces of an office tower for the office set piece, written with the same builder as
 * the street: slabs with holes, walls with doorways, glass that breaks, windows, desks,
 * cubicles, server racks and counters. Positions are metres; floors sit on `y`.
 */
export const officeKit = {
  /**
   * A floor slab (top at `y`) over `area` minus the `holes`, cut into as few rectangles as
   * the holes allow, with a ceiling under it for the storey below (unless `ceiling` is false).
   */
  slab(c: CityBuilder, y: number, area: Rect, holes: readonly Rect[], paint: LevelBox["paint"] = "carpet", surface: LevelBox["surface"] = "interior", ceiling = true): void {
    const xs = [...new Set([area[0], area[1], ...holes.flatMap((h) => [h[0], h[1]])])].filter((x) => x >= area[0] && x <= area[1]).sort((a, b) => a - b);
    const zs = [...new Set([area[2], area[3], ...holes.flatMap((h) => [h[2], h[3]])])].filter((z) => z >= area[2] && z <= area[3]).sort((a, b) => a - b);
    const inHole = (x: number, z: number) => holes.some((h) => x > h[0] && x < h[1] && z > h[2] && z < h[3]);
    for (let j = 0; j + 1 < zs.length; j++) {
      // Runs of solid cells along x in this band become one box.
      let i = 0;
      while (i + 1 < xs.length) {
        if (inHole((xs[i] + xs[i + 1]) / 2, (zs[j] + zs[j + 1]) / 2)) {
          i++;
          continue;
        }
        let k = i + 1;
        while (k + 1 < xs.length && !inHole((xs[k] + xs[k + 1]) / 2, (zs[j] + zs[j + 1]) / 2)) k++;
        c.box([xs[i], y - SLAB_M, zs[j]], [xs[k] - xs[i], SLAB_M, zs[j + 1] - zs[j]], paint, surface, true, "floor");
        // The storey below sees a pale ceiling, not the carpet's underside (decoration: no collider).
        if (ceiling) c.farBlock([xs[i], y - SLAB_M - 0.02, zs[j]], [xs[k] - xs[i], 0.02, zs[j + 1] - zs[j]], "ceiling", false);
        i = k;
      }
    }
  },

  /** Ceiling panels in a grid over `area` of the storey whose floor is at `y`, every `stepM`. */
  ceilingLights(c: CityBuilder, y: number, area: Rect, stepM = 4.8): void {
    for (let x = area[0] + stepM / 2; x < area[1]; x += stepM) {
      for (let z = area[2] + stepM / 2; z < area[3]; z += stepM) c.add("ceilingLight", [x, y + CEILING_M, z], 0);
    }
    // A few real lights for the pool nearest the eye (the panels glow regardless).
    for (let x = area[0] + stepM; x < area[1]; x += stepM * 2) {
      for (let z = area[2] + stepM; z < area[3]; z += stepM * 2) c.light([x, y + CEILING_M - 0.3, z], "interior", 9);
    }
  },

  /** A wall along x (at `z`, spanning x0..x1) with doorways (centres along x). */
  wallX(c: CityBuilder, z: number, y: number, x0: number, x1: number, doors: readonly number[] = [], paint: LevelBox["paint"] = "labWall"): void {
    let x = x0;
    for (const dx of [...doors].sort((a, b) => a - b)) {
      if (dx - DOOR_W_M / 2 > x) c.box([x, y, z - WALL_M / 2], [dx - DOOR_W_M / 2 - x, CEILING_M, WALL_M], paint, "concrete", false, "wall");
      c.box([dx - DOOR_W_M / 2, y + DOOR_H_M, z - WALL_M / 2], [DOOR_W_M, CEILING_M - DOOR_H_M, WALL_M], paint, "concrete", false, "wall");
      x = dx + DOOR_W_M / 2;
    }
    if (x1 > x) c.box([x, y, z - WALL_M / 2], [x1 - x, CEILING_M, WALL_M], paint, "concrete", false, "wall");
  },

  /** A wall along z (at `x`, spanning z0..z1) with doorways (centres along z). */
  wallZ(c: CityBuilder, x: number, y: number, z0: number, z1: number, doors: readonly number[] = [], paint: LevelBox["paint"] = "labWall"): void {
    let z = z0;
    for (const dz of [...doors].sort((a, b) => a - b)) {
      if (dz - DOOR_W_M / 2 > z) c.box([x - WALL_M / 2, y, z], [WALL_M, CEILING_M, dz - DOOR_W_M / 2 - z], paint, "concrete", false, "wall");
      c.box([x - WALL_M / 2, y + DOOR_H_M, dz - DOOR_W_M / 2], [WALL_M, CEILING_M - DOOR_H_M, DOOR_W_M], paint, "concrete", false, "wall");
      z = dz + DOOR_W_M / 2;
    }
    if (z1 > z) c.box([x - WALL_M / 2, y, z], [WALL_M, CEILING_M, z1 - z], paint, "concrete", false, "wall");
  },

  /**
   * A glass wall along x (at `z`, x0..x1), floor to ceiling in panes between thin frames,
   * with glass doors (centres along x: a door pane and a solid transom over it). Doors
   * listed in `open` are doorways with no leaf.
   */
  glassX(c: CityBuilder, z: number, y: number, x0: number, x1: number, doors: readonly number[] = [], open: readonly number[] = []): void {
    glassRun(c, "x", z, y, x0, x1, doors, open);
  },

  /** A glass wall along z (at `x`, z0..z1); see `glassX`. */
  glassZ(c: CityBuilder, x: number, y: number, z0: number, z1: number, doors: readonly number[] = [], open: readonly number[] = []): void {
    glassRun(c, "z", x, y, z0, z1, doors, open);
  },

  /** Exterior windows along x at `z` (x0..x1) on the storey at `y`: a sill, then panes and mullions; `inward` is +1 toward +z. */
  windowsX(c: CityBuilder, z: number, y: number, x0: number, x1: number, inward: 1 | -1): void {
    windowRun(c, "x", z, y, x0, x1, inward);
  },

  /** Exterior windows along z at `x` (z0..z1); `inward` is +1 toward +x. */
  windowsZ(c: CityBuilder, x: number, y: number, z0: number, z1: number, inward: 1 | -1): void {
    windowRun(c, "z", x, y, z0, z1, inward);
  },

  /**
   * A block of desks in pairs facing each other, `rows` along z by `cols` along x from the
   * corner (x0, z0): each a 1.6 × 0.8 m desk (a collider) with its screen and an office
   * chair (every other one can be thrown); every third desk carries a monitor to throw too.
   */
  desks(c: CityBuilder, x0: number, y: number, z0: number, cols: number, rows: number): void {
    let n = 0;
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < cols; k++) {
        const x = x0 + k * 1.7 + 0.8;
        const z = z0 + r * 3.4;
        for (const side of [-1, 1] as const) {
          const dz = z + side * 0.4;
          const yaw = side < 0 ? 0 : Math.PI;
          c.box([x - 0.8, y, dz - 0.4], [1.6, 0.76, 0.8], "invisible", "wood", false, "desk");
          c.add("desk", [x, y, dz], yaw);
          // The desk carries a screen; every third also a monitor that can be thrown.
          if (n % 3 === 0) prop(c, "monitor", x + 0.45, y + 0.76, dz + side * 0.1, yaw);
          // Every other chair can be thrown; the rest stand as decoration (fewer bodies to simulate).
          if (n % 2 === 0) prop(c, "chair", x, y, dz + side * 0.85, yaw);
          else c.add("chair", [x, y, dz + side * 0.85], yaw);
          n++;
        }
      }
    }
  },

  /** Cubicles: 2.4 m bays walled by 1.3 m fabric panels on three sides, a desk along the back, 1.6 m aisles between. */
  cubicles(c: CityBuilder, x0: number, y: number, z0: number, cols: number, rows: number): void {
    const s = 2.4;
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < cols; k++) {
        const x = x0 + k * (s + 1.6);
        const z = z0 + r * (s + 1.6);
        // Back and one side: open toward +z (the aisle), so each is a little bay.
        c.box([x, y, z], [s, 1.3, 0.06], "fabric", "interior", false, "cubicle");
        c.box([x, y, z], [0.06, 1.3, s * 0.8], "fabric", "interior", false, "cubicle");
        c.box([x + s - 0.06, y, z], [0.06, 1.3, s * 0.8], "fabric", "interior", false, "cubicle");
        c.box([x + 0.1, y, z + 0.06], [s - 0.2, 0.74, 0.7], "invisible", "wood", false, "desk");
        c.add("desk", [x + s / 2, y, z + 0.45], Math.PI, [1.3, 1, 0.9]);
        if ((r + k) % 2 === 0) prop(c, "chair", x + s / 2, y, z + 1.2, Math.PI);
        if ((r + k) % 3 === 1) prop(c, "printer", x + 0.4, y + 0.74, z + 0.35);
      }
    }
  },

  /** Server racks in rows along x: tall cabinets with an aisle between rows. */
  racks(c: CityBuilder, x0: number, y: number, z0: number, count: number, rows: number): void {
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < count; k++) c.box([x0 + k * 0.7, y, z0 + r * 2.4], [0.62, 2.1, 1.0], "labTrim", "metal", false, "rack");
    }
  },

  /** A counter (kitchen, reception) from its min corner: a solid box with a worktop. */
  counter(c: CityBuilder, x0: number, y: number, z0: number, w: number, d: number, h = 0.95): void {
    c.box([x0, y, z0], [w, h, d], "wood", "wood", false, "counter");
  },
};

/** Panes between frames along one axis, with glass doors and open doorways. */
function glassRun(c: CityBuilder, along: "x" | "z", at: number, y: number, a0: number, a1: number, doors: readonly number[], open: readonly number[]): void {
  const put = (a: number, len: number, y0: number, h: number, thick: number, kind: PaneKind | null) => {
    const min: Vec3Tuple = along === "x" ? [a, y + y0, at - thick / 2] : [at - thick / 2, y + y0, a];
    const size: Vec3Tuple = along === "x" ? [len, h, thick] : [thick, h, len];
    if (kind) pane(c, min, size, kind);
    else c.box(min, size, "labTrim", "metal", false, "frame");
  };
  const gaps = [...doors.map((d) => ({ d, open: false })), ...open.map((d) => ({ d, open: true }))].sort((p, q) => p.d - q.d);
  let a = a0;
  const run = (to: number) => {
    const n = Math.max(1, Math.ceil((to - a) / BAY_M));
    const len = (to - a) / n;
    for (let i = 0; i < n; i++) {
      put(a + i * len, len, 0, CEILING_M, 0.06, "partition");
      if (i > 0) put(a + i * len - 0.03, 0.06, 0, CEILING_M, 0.1, null);
    }
  };
  for (const g of gaps) {
    const d0 = g.d - DOOR_W_M / 2;
    if (d0 > a) run(d0);
    put(d0 - 0.05, 0.05, 0, CEILING_M, 0.1, null);
    put(d0 + DOOR_W_M, 0.05, 0, CEILING_M, 0.1, null);
    put(d0, DOOR_W_M, DOOR_H_M, CEILING_M - DOOR_H_M, 0.1, null);
    if (!g.open) put(d0, DOOR_W_M, 0, DOOR_H_M, 0.06, "door");
    a = g.d + DOOR_W_M / 2;
  }
  if (a1 > a) run(a1);
}

/** A run of exterior windows: sill, panes, mullions; the wall line at `at`, its thickness inward. */
function windowRun(c: CityBuilder, along: "x" | "z", at: number, y: number, a0: number, a1: number, inward: 1 | -1): void {
  const t = 0.3;
  const w0 = inward > 0 ? at : at - t;
  const box = (a: number, len: number, y0: number, h: number, off: number, thick: number, kind: PaneKind | null) => {
    const min: Vec3Tuple = along === "x" ? [a, y + y0, w0 + off] : [w0 + off, y + y0, a];
    const size: Vec3Tuple = along === "x" ? [len, h, thick] : [thick, h, len];
    if (kind) pane(c, min, size, kind);
    else c.box(min, size, "labTrim", "metal", false, "facade");
  };
  box(a0, a1 - a0, 0, SILL_M, 0, t, null);
  const n = Math.max(1, Math.ceil((a1 - a0) / BAY_M));
  const len = (a1 - a0) / n;
  for (let i = 0; i < n; i++) {
    box(a0 + i * len, len, SILL_M, CEILING_M - SILL_M, t / 2 - 0.03, 0.06, "window");
    if (i > 0) box(a0 + i * len - 0.06, 0.12, SILL_M, CEILING_M - SILL_M, 0, t, null);
  }
}
