import type { CityBuilder } from "./CityBuilder";
import { CEILING_M, DOOR_H_M, DOOR_W_M, OFFICE_STOREY_M, type Rect } from "./officeKit";

/** A stair core's plan: two flights side by side between a half landing and the floor landings, metres. */
export const STAIR = {
  /** Interior width (flight, well wall, flight). */
  widthM: 3.4,
  /** Interior depth (half landing, flights, floor landing). */
  depthM: 7,
  flightWidthM: 1.6,
  wellM: 0.2,
  halfLandingM: 2.5,
  floorLandingM: 1.5,
  risers: 10,
  runM: 0.3,
  /** Each step is a slab this thick under its tread (headroom under the flight above). */
  stepThickM: 0.35,
  wallM: 0.2,
} as const;

const RISE_M = OFFICE_STOREY_M / (2 * STAIR.risers);

/** Where a stair core stands: interior from (x0, z0) (its north-west corner), the storeys it climbs. */
export interface StairCore {
  x0: number;
  z0: number;
  /** For each storey from the ground: true where its flights climb, false where they are barricaded. */
  open: readonly boolean[];
}

/** The part of a core's plan the flights rise through: the slab above a climbing storey has a hole here. */
export function stairHole(s: StairCore): Rect {
  return [s.x0, s.x0 + STAIR.widthM, s.z0, s.z0 + STAIR.depthM - STAIR.floorLandingM];
}

/** Centre of the core's doorway on its south wall (floor plan x, z). */
export function stairDoor(s: StairCore): [number, number] {
  return [s.x0 + STAIR.widthM / 2, s.z0 + STAIR.depthM + STAIR.wallM / 2];
}

/**
 * A switchback stair core: flight A climbs north from the floor landing to the half
 * landing, flight B climbs south from it to the next floor's landing, a well wall between
 * them; 20 risers of 0.18 m a storey (navigation links them: no step beats its 0.45 m).
 * A barricaded storey gets a pile of office furniture across its foot instead of flights.
 * Walls on the east and south (with a doorway on every floor); the tower's own walls close
 * the north and west where the core sits in a corner.
 */
export function stairCore(c: CityBuilder, s: StairCore, wallTopY: number, eastWall: boolean): void {
  const S = STAIR;
  const { x0, z0 } = s;
  s.open.forEach((open, k) => {
    const y = k * OFFICE_STOREY_M;
    // A panel over each floor's landing and one over the half landing: stairwells are lit.
    c.add("ceilingLight", [x0 + S.widthM / 2, y + CEILING_M, z0 + S.depthM - S.floorLandingM / 2], Math.PI / 2);
    c.light([x0 + S.widthM / 2, y + CEILING_M - 0.3, z0 + S.depthM - S.floorLandingM / 2], "interior", 6);
    if (open) c.add("ceilingLight", [x0 + S.widthM / 2, y + OFFICE_STOREY_M / 2 + CEILING_M, z0 + 1.2], 0);
    if (!open) {
      // Over a climbing storey, only flight A's foot is piled up: flight B below arrives beside it.
      const w = k > 0 && s.open[k - 1] ? S.flightWidthM : S.widthM;
      barricade(c, x0, y, z0 + S.halfLandingM + 1, w, S.depthM - S.floorLandingM - S.halfLandingM - 1);
      return;
    }
    const foot = z0 + S.depthM - S.floorLandingM;
    for (let i = 0; i < S.risers; i++) {
      const top = y + (i + 1) * RISE_M;
      const bottom = Math.max(y, top - S.stepThickM);
      c.box([x0, bottom, foot - (i + 1) * S.runM], [S.flightWidthM, top - bottom, S.runM], "concrete", "concrete", true, "stairs");
    }
    const half = y + OFFICE_STOREY_M / 2;
    c.box([x0, half - 0.3, z0], [S.widthM, 0.3, S.halfLandingM], "concrete", "concrete", true, "landing");
    const bx = x0 + S.flightWidthM + S.wellM;
    for (let j = 0; j < S.risers; j++) {
      const top = half + (j + 1) * RISE_M;
      c.box([bx, top - S.stepThickM, z0 + S.halfLandingM + j * S.runM], [S.flightWidthM, S.stepThickM, S.runM], "concrete", "concrete", true, "stairs");
    }
    c.box([x0 + S.flightWidthM, y, z0 + S.halfLandingM], [S.wellM, OFFICE_STOREY_M, S.depthM - S.floorLandingM - S.halfLandingM], "labWall", "concrete", false, "well");
  });
  // The core's walls: east (unless the tower's wall is there) and south, a doorway on each floor.
  const [dx] = stairDoor(s);
  const zs = z0 + S.depthM;
  for (let k = 0; k * OFFICE_STOREY_M < wallTopY - 0.01; k++) {
    const y = k * OFFICE_STOREY_M;
    c.box([x0 - S.wallM, y, zs], [dx - DOOR_W_M / 2 - x0 + S.wallM, OFFICE_STOREY_M, S.wallM], "labWall", "concrete", false, "wall");
    c.box([dx + DOOR_W_M / 2, y, zs], [x0 + S.widthM + S.wallM - dx - DOOR_W_M / 2, OFFICE_STOREY_M, S.wallM], "labWall", "concrete", false, "wall");
    c.box([dx - DOOR_W_M / 2, y + DOOR_H_M, zs], [DOOR_W_M, OFFICE_STOREY_M - DOOR_H_M, S.wallM], "labWall", "concrete", false, "wall");
  }
  const wx = eastWall ? x0 + S.widthM : x0 - S.wallM;
  c.box([wx, 0, z0 - S.wallM], [S.wallM, wallTopY, S.depthM + S.wallM], "labWall", "concrete", false, "wall");
}

/** Office furniture piled across a stair: desks on their ends, chairs on top (solid, too high to climb). */
function barricade(c: CityBuilder, x0: number, y: number, z0: number, w: number, d: number): void {
  c.box([x0, y, z0], [w, 2.6, d], "invisible", "wood", false, "barricade");
  for (let i = 0; i < 4; i++) {
    const x = x0 + 0.45 + i * ((w - 0.9) / 3);
    c.add("desk", [x, y + 0.02, z0 + d - 0.5], Math.PI / 2 + (i % 2 ? 0.3 : -0.2), [1, 1.2, 1]);
    c.add("desk", [x, y + 0.8, z0 + d - 0.9], Math.PI / 2 + (i % 2 ? -0.25 : 0.15));
    c.add("chair", [x, y + 1.56, z0 + d - 0.7], i * 1.3);
  }
  c.box([x0, y, z0 + d - 0.12], [w, 2.6, 0.1], "wood", "wood", false, "barricade");
  c.box([x0, y + 2.6, z0], [w, CEILING_M - 2.6 + (OFFICE_STOREY_M - CEILING_M), d], "labWall", "concrete", false, "barricade");
}

/** The lift: a shaft through every floor to a deep pit, closed doors on each floor but the one left open. */
export function liftShaft(c: CityBuilder, shaft: Rect, floors: number, openFloor: number, pitY: number): void {
  const [x0, x1, z0, z1] = shaft;
  const top = floors * OFFICE_STOREY_M;
  const t = 0.2;
  c.box([x0 - t, pitY, z0 - t], [t, top - pitY, z1 - z0 + t], "labWall", "concrete", false, "wall");
  c.box([x1, pitY, z0 - t], [t, top - pitY, z1 - z0 + t], "labWall", "concrete", false, "wall");
  c.box([x0, pitY - 0.5, z0], [x1 - x0, 0.5, z1 - z0], "concrete", "concrete", true, "pit");
  const doorW = 1.2;
  const cx = (x0 + x1) / 2;
  for (let k = 0; k < floors; k++) {
    const y = k * OFFICE_STOREY_M;
    const zf = z1;
    c.box([x0 - t, y, zf], [cx - doorW / 2 - x0 + t, OFFICE_STOREY_M, t], "labWall", "concrete", false, "wall");
    c.box([cx + doorW / 2, y, zf], [x1 + t - cx - doorW / 2, OFFICE_STOREY_M, t], "labWall", "concrete", false, "wall");
    c.box([cx - doorW / 2, y + DOOR_H_M, zf], [doorW, OFFICE_STOREY_M - DOOR_H_M, t], "labWall", "concrete", false, "wall");
    if (k === openFloor) {
      // Pried open: the leaves pushed aside, the empty shaft behind.
      c.box([cx - doorW / 2, y, zf + t], [0.12, DOOR_H_M, 0.04], "metal", "metal", false, "liftDoor");
      c.box([cx + doorW / 2 - 0.12, y, zf + t], [0.12, DOOR_H_M, 0.04], "metal", "metal", false, "liftDoor");
    } else c.box([cx - doorW / 2, y, zf + 0.05], [doorW, DOOR_H_M, 0.1], "metal", "metal", false, "liftDoor");
    c.sign("ЛИФТ", [cx, y + DOOR_H_M + 0.35, zf + t + 0.02], 0, 0.22);
  }
  // The car, stuck three floors up, its cables hanging: seen through the open door.
  c.box([x0 + 0.05, top - 1.2, z0 + 0.05], [x1 - x0 - 0.1, 1.0, z1 - z0 - 0.1], "metal", "metal", false, "liftCar");
  for (const dx of [-0.3, 0.3]) c.box([cx + dx - 0.02, pitY, (z0 + z1) / 2], [0.04, top - 1.2 - pitY, 0.04], "labTrim", "metal", false, "cable");
}
