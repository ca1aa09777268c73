import { DMath } from "../../core/DMath";
import type { Paint } from "../Level";
import type { CityBuilder } from "./CityBuilder";
import { floor1, floor2, floor3, floorY, groundFloor, TOWER } from "./officeFloors";
import { liftShaft, type StairCore, stairCore, stairHole } from "./officeCores";
import { OFFICE_STOREY_M, officeKit as k, type Rect } from "./officeKit";
import { birch, sedan } from "./streetFurniture";

/** The tower's storeys with floors (ground and three above); the roof is storey 4's floor. */
export const STOREYS = 4;
export const ROOF_Y = STOREYS * OFFICE_STOREY_M;
/** The stair house over the east core stands this tall above the roof, metres. */
const STAIR_HOUSE_M = OFFICE_STOREY_M;
/** The lift pit is deep enough that falling in puts Henry back at his checkpoint. */
const PIT_Y = -16;
/** The plaza around the tower: x −30..30, z −24..24. */
export const PLAZA: Rect = [-30, 30, -24, 24];

/** West core climbs ground→1 and 2→3; east core 1→2 and 3→roof: each floor must be crossed. */
export const WEST_CORE: StairCore = { x0: -17.5, z0: -11.5, open: [true, false, true, false] };
export const EAST_CORE: StairCore = { x0: 14.1, z0: -11.5, open: [false, true, false, true] };
export const LIFT: Rect = [-1.2, 1.2, -11.5, -9.3];

/** The slab holes of floor `n`: where the storey below climbs through it (and the lift). */
function holes(n: number): Rect[] {
  const out: Rect[] = [LIFT];
  for (const core of [WEST_CORE, EAST_CORE]) if (n > 0 && core.open[n - 1]) out.push(stairHole(core));
  return out;
}

/** The outer walls of storey `n`: windows all round but where the cores and the lift stand, the entrance and the service shutter. */
function facade(c: CityBuilder, n: number): void {
  const y = floorY(n);
  const T = TOWER;
  k.windowsX(c, -12, y, T.westCoreX, -1.4, 1);
  k.windowsX(c, -12, y, 1.4, T.eastCoreX, 1);
  if (n === 0) {
    k.windowsX(c, 12, y, -18, -2.5, -1);
    k.windowsX(c, 12, y, 2.5, 18, -1);
    c.box([-2.5, 2.6, 11.7], [5, OFFICE_STOREY_M - 2.6, 0.3], "labTrim", "metal", false, "facade");
    k.windowsZ(c, 18, y, T.coreZ, 5.4, -1);
    c.box([17.7, 0, 5.4], [0.3, OFFICE_STOREY_M, 4.2], "metal", "metal", false, "shutter");
    k.windowsZ(c, 18, y, 9.6, 12, -1);
  } else {
    k.windowsX(c, 12, y, -18, 18, -1);
    k.windowsZ(c, 18, y, T.coreZ, 12, -1);
  }
  k.windowsZ(c, -18, y, T.coreZ, 12, 1);
}

/** Solid walls where the cores and the lift meet the outside, up to the roof (the east core's to its stair house). */
function coreShells(c: CityBuilder): void {
  const T = TOWER;
  const west = ROOF_Y;
  const east = ROOF_Y + STAIR_HOUSE_M;
  c.box([-18, 0, -12], [T.westCoreX + 18, west, 0.3], "concrete", "concrete", false, "wall");
  c.box([-18, 0, -12], [0.3, west, T.coreZ + 12], "concrete", "concrete", false, "wall");
  c.box([T.eastCoreX, 0, -12], [18 - T.eastCoreX, east, 0.3], "concrete", "concrete", false, "wall");
  c.box([17.7, 0, -12], [0.3, east, T.coreZ + 12], "concrete", "concrete", false, "wall");
  c.box([-1.4, PIT_Y, -12], [2.8, ROOF_Y - PIT_Y, 0.3], "concrete", "concrete", false, "wall");
}

/** The roof: parapet, plant, a water tank, the east stair house. */
function roof(c: CityBuilder): void {
  const y = ROOF_Y;
  // The lift's machine room closes its shaft at the roof.
  k.slab(c, y, [-18, 18, -12, 12], holes(STOREYS).filter((h) => h !== LIFT), "roof", "concrete");
  for (const [min, size] of [
    [
      [-18, y, -12],
      [36, 1.1, 0.3],
    ],
    [
      [-18, y, 11.7],
      [36, 1.1, 0.3],
    ],
    [
      [-18, y, -12],
      [0.3, 1.1, 24],
    ],
    [
      [17.7, y, -12],
      [0.3, 1.1, 24],
    ],
  ] as const)
    c.box([...min], [...size], "concrete", "concrete", false, "parapet");
  const hx = EAST_CORE.x0 - 0.2;
  c.box([hx, y + STAIR_HOUSE_M, -12], [18 - hx, 0.3, TOWER.coreZ + 12.2], "concrete", "concrete", false, "stairHouse");
  for (const [x, z, w, d, h] of [
    [-9, -6, 3, 2, 1.6],
    [-9, 0, 3, 2, 1.6],
    [2, -8, 4, 2.5, 2.2],
    [8, 6, 2.5, 2.5, 3],
  ] as const)
    c.box([x, y, z], [w, h, d], "metal", "metal", false, "plant");
  c.sign("ВЫХОД", [EAST_CORE.x0 + 1.7, y + 2.5, TOWER.coreZ + 0.12], Math.PI, 0.3);
}

/** The plaza round the tower (a fence and invisible walls keep Henry on it), lamps, birches, parked cars. */
function plaza(c: CityBuilder): void {
  const [x0, x1, z0, z1] = PLAZA;
  k.slab(c, 0, PLAZA, [[-18, 18, -12, 12]], "pavement", "concrete", false);
  const h = 40;
  c.invisible([x0 - 1, -2, z0 - 1], [x1 - x0 + 2, h, 1]);
  c.invisible([x0 - 1, -2, z1], [x1 - x0 + 2, h, 1]);
  c.invisible([x0 - 1, -2, z0], [1, h, z1 - z0]);
  c.invisible([x1, -2, z0], [1, h, z1 - z0]);
  for (const [a, b, z] of [
    [x0, x1, z0 + 0.2],
    [x0, x1, z1 - 0.3],
  ] as const)
    c.box([a, 0, z], [b - a, 1.1, 0.1], "metal", "metal", false, "fence");
  for (const x of [x0 + 0.2, x1 - 0.3]) c.box([x, 0, z0], [0.1, 1.1, z1 - z0], "metal", "metal", false, "fence");
  for (let x = x0 + 4; x < x1; x += 12) {
    c.add("lamp", [x, 0, z1 - 2], Math.PI);
    c.add("lamp", [x, 0, z0 + 2], 0);
  }
  for (const [x, z] of [
    [-24, 16],
    [-25, -8],
    [24, 17],
    [25, -18],
    [-10, 20],
  ] as const)
    birch(c, x, 0, z);
  for (const z of [16, 20]) c.add("bench", [-20, 0, z], Math.PI / 2);
  sedan(c, 23.5, 8, 0);
  sedan(c, -23.5, -2, Math.PI);
  c.box([-3.5, 3.1, 12], [7, 0.15, 3], "labTrim", "metal", false, "canopy");
}

const FAR_PAINTS: readonly Paint[] = ["panel", "panelDark", "panel", "brick"];

/** Moscow around the plaza: a road, the next panel blocks, and farther out the skyline. */
function surroundings(c: CityBuilder): void {
  c.farBlock([-900, -1, -900], [1800, 0.95, 1800], "concrete", true);
  for (const [x, z, w, d] of [
    [-36, -400, 14, 800],
    [34, -400, 14, 800],
  ] as const)
    c.farBlock([x - w / 2, -1, z], [w, 0.999, d], "road", false);
  // The next panel blocks, near enough to see their balconies from the windows.
  for (const [x, z, len, storeys, alongX] of [
    [-60, -40, 60, 16, false],
    [52, -30, 48, 9, false],
    [-58, 30, 44, 9, false],
    [50, 34, 56, 16, false],
    [-10, -58, 50, 9, true],
    [0, 56, 60, 12, true],
  ] as const) {
    const size: [number, number, number] = alongX ? [len, storeys * 2.8, 14] : [14, storeys * 2.8, len];
    c.farBlock([x - size[0] / 2, 0, z - size[2] / 2], size, FAR_PAINTS[(storeys + len) % 4], false);
  }
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2 + 0.2;
    const r = c.rng.range(180, 420);
    const hh = [16, 22, 25][c.rng.int(0, 2)] * 2.8;
    const w = c.rng.range(20, 50);
    c.farBlock([DMath.sin(a) * r - w / 2, 0, DMath.cos(a) * r - 8], [w, hh, 16], FAR_PAINTS[i % 4], false);
  }
  c.add("stalinTower", [-120, 0, -520], 0.2, [1, 1, 1]).distant = true;
  c.add("church", [160, 0, -260], -0.3, [1, 1, 1]).distant = true;
}

/**
 * The office tower of set piece 3 (midday): four storeys and a roof on a fenced plaza,
 * two stair cores that each climb only every other storey (so every floor is crossed), a
 * lift shaft that is no way out, glass everywhere, and Moscow's panel blocks outside.
 */
export function officeTower(c: CityBuilder): void {
  for (let n = 0; n < STOREYS; n++) {
    k.slab(c, floorY(n), [-18, 18, -12, 12], holes(n), n === 0 ? "labFloor" : "carpet", "interior", n > 0);
    facade(c, n);
  }
  coreShells(c);
  stairCore(c, WEST_CORE, ROOF_Y, true);
  stairCore(c, EAST_CORE, ROOF_Y + STAIR_HOUSE_M, false);
  liftShaft(c, LIFT, STOREYS, 2, PIT_Y);
  groundFloor(c);
  floor1(c);
  floor2(c);
  floor3(c);
  roof(c);
  plaza(c);
  surroundings(c);
}
