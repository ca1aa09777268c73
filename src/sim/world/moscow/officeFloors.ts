import type { CityBuilder } from "./CityBuilder";
import { OFFICE_STOREY_M, officeKit as k, prop } from "./officeKit";

/**
 * The tower's plan, metres: interior x −17.7..17.7, z −11.7..11.7 (north is −z); the west
 * and east stair cores in the north corners with doors at (∓15.8, −4.4); the lift in the
 * middle of the north side with its door at (0, −9.2).
 */
export const TOWER = {
  x0: -17.7,
  x1: 17.7,
  z0: -11.7,
  z1: 11.7,
  /** The line of the cores' south walls. */
  coreZ: -4.4,
  /** Stair doors (x) of the west and east cores. */
  westDoorX: -15.8,
  eastDoorX: 15.8,
  /** The cores' inner walls (x). */
  westCoreX: -13.9,
  eastCoreX: 13.9,
  liftDoorZ: -9.2,
} as const;

const T = TOWER;

/** Storey `n`'s floor height, metres. */
export function floorY(n: number): number {
  return n * OFFICE_STOREY_M;
}

/**
 * The ground floor: the service corridor Henry comes in by (east), the lobby with its
 * reception desk and columns, the main entrance (south), the glass-fronted security
 * office (north-west), the mail room (north-east) and the lift lobby.
 */
export function groundFloor(c: CityBuilder): void {
  const y = 0;
  // Service corridor from the shutter (east) to the lobby.
  k.wallX(c, 5.4, y, 9.5, T.x1);
  k.wallX(c, 9.6, y, 9.5, T.x1);
  for (const [x, z] of [
    [13, 6.1],
    [13.7, 6.2],
    [11.5, 8.9],
  ] as const)
    prop(c, "crate", x, y, z);
  prop(c, "extinguisher", 10.6, y, 9.2);
  // Lobby: reception desk with a feature wall, columns, sofas, plants.
  k.counter(c, -3, y, 2.5, 6, 0.8, 1.1);
  c.box([-4, y, 0.2], [8, 2.6, 0.2], "wood", "wood", false, "wall");
  for (const x of [-9, 9]) for (const z of [0, 6]) c.box([x - 0.3, y, z - 0.3], [0.6, OFFICE_STOREY_M - 0.3, 0.6], "concrete", "concrete", false, "column");
  for (const [x, z] of [
    [-12, 5],
    [-12, 8.5],
  ] as const)
    c.box([x - 1, y, z - 0.45], [2, 0.8, 0.9], "fabric", "interior", false, "sofa");
  for (const [x, z] of [
    [-5, 10.8],
    [5, 10.8],
    [-16.8, 0],
    [8.6, 3.6],
  ] as const)
    prop(c, "plant", x, y, z);
  // Security office (glass) and mail room (solid) along the north, either side of the lifts.
  k.glassX(c, T.coreZ, y, T.westCoreX, -6, [-8]);
  k.glassZ(c, -6, y, T.z0, T.coreZ);
  k.wallZ(c, 6, y, T.z0, T.coreZ);
  k.wallX(c, T.coreZ, y, 6, T.eastCoreX, [10]);
  k.desks(c, -12.5, y, -8.5, 2, 1);
  c.sign("ВЫХОД", [0, 2.8, 11.62], Math.PI, 0.3);
  k.ceilingLights(c, y, [T.x0, T.x1, T.coreZ, T.z1]);
}

/**
 * Floor 1: from the west stairs a small lobby shut by a wall and a locked glass door,
 * then open-plan desks, glass meeting rooms along the south and a copy corner by the lifts.
 */
export function floor1(c: CityBuilder): void {
  const y = floorY(1);
  // The west stair lobby: solid to the south and north, glass to the east with the locked door.
  k.wallX(c, 2, y, T.x0, -10);
  k.wallZ(c, -10, y, T.z0, T.coreZ);
  k.wallX(c, T.coreZ, y, T.westCoreX, -10);
  // Solid but for the glass door and its side panes: the squad beyond sees in only there.
  k.wallZ(c, -10, y, T.coreZ, -2.6);
  k.glassZ(c, -10, y, -2.6, 0.2, [-1.2]);
  k.wallZ(c, -10, y, 0.2, 2);
  prop(c, "extinguisher", -11, y, 1.6);
  // Meeting room A behind the stair lobby, glass toward the floor.
  k.glassZ(c, -10, y, 2, T.z1, [5]);
  k.counter(c, -15.5, y, 5, 3, 4, 0.75);
  // Desks in two blocks.
  k.desks(c, -8.5, y, -2.2, 5, 2);
  k.desks(c, 2.5, y, -2.2, 5, 2);
  // Meeting rooms B and C along the south.
  k.glassX(c, 6.5, y, -10, 8, [], [-5, 3]);
  k.glassZ(c, -1, y, 6.5, T.z1);
  k.counter(c, -7.5, y, 8.2, 4, 1.6, 0.75);
  k.counter(c, 1.5, y, 8.2, 4, 1.6, 0.75);
  // Copy corner by the lifts: printers to throw.
  for (const x of [4, 5.2, 6.4]) prop(c, "printer", x, y, -10.8);
  k.counter(c, 3.4, y, -11.5, 4, 0.7, 0.9);
  for (const [x, z] of [
    [9.5, 10.5],
    [12.5, -3.6],
  ] as const)
    prop(c, "plant", x, y, z);
  k.ceilingLights(c, y, [-10, T.x1, T.coreZ, T.z1]);
  k.ceilingLights(c, y, [T.x0, -10, T.coreZ, 2], 3.2);
}

/**
 * Floor 2: from the east stairs, a kitchen, cubicles, the glass-fronted server
 * room by the west stairs, glass offices along the south, and the lift whose doors are open.
 */
export function floor2(c: CityBuilder): void {
  const y = floorY(2);
  // Kitchen: a solid wall with a doorway (no line from it to the east stairs).
  k.wallX(c, -6, y, 4, T.eastCoreX, [9]);
  k.wallZ(c, 4, y, T.z0, -6);
  k.counter(c, 7, y, -9.6, 4, 1.2);
  c.box([12.2, y, -11.4], [0.8, 2, 0.7], "metal", "metal", false, "fridge");
  prop(c, "extinguisher", 4.6, y, -6.6);
  // Cubicles in two rows of four.
  k.cubicles(c, -6, y, -2.6, 4, 2);
  // Server room, glass toward the corridor.
  k.glassX(c, T.coreZ, y, T.westCoreX, -5, [], [-7]);
  k.wallZ(c, -5, y, T.z0, T.coreZ);
  k.racks(c, -13.2, y, -10.8, 8, 2);
  // Glass offices along the south.
  k.glassX(c, 7.5, y, T.x0, 4, [], [-13, -5]);
  k.glassZ(c, -9, y, 7.5, T.z1);
  k.desks(c, -16.2, y, 9.6, 2, 1);
  k.desks(c, -7.5, y, 9.6, 3, 1);
  for (const [x, z] of [
    [16.8, 3],
    [10, 11],
    [-16.8, -2],
  ] as const)
    prop(c, "plant", x, y, z);
  c.box([11, y, 5], [2, 0.8, 0.9], "fabric", "interior", false, "sofa");
  k.ceilingLights(c, y, [T.x0, T.x1, -6, T.z1]);
  k.ceilingLights(c, y, [-5, 4, T.z0, -6], 3.2);
}

/**
 * Floor 3: the company's reception by the west stairs behind a wall with two locked glass
 * doors, the glass boardroom in the middle, desks north and south of it.
 */
export function floor3(c: CityBuilder): void {
  const y = floorY(3);
  k.counter(c, -15, y, 3, 3.5, 0.8, 1.1);
  k.wallX(c, T.coreZ, y, T.westCoreX, -8);
  k.wallZ(c, -8, y, T.z0, T.coreZ);
  // A wall with two locked glass doors in glass surrounds.
  k.wallZ(c, -8, y, T.coreZ, -2.4);
  k.glassZ(c, -8, y, -2.4, 0.4, [-1]);
  k.wallZ(c, -8, y, 0.4, 5.6);
  k.glassZ(c, -8, y, 5.6, 8.4, [7]);
  k.wallZ(c, -8, y, 8.4, T.z1);
  prop(c, "extinguisher", -8.8, y, 3.8);
  // The boardroom: glass all round, doors west and east, a long table.
  k.glassX(c, -2.5, y, -4, 6);
  k.glassX(c, 5, y, -4, 6);
  k.glassZ(c, -4, y, -2.5, 5, [1.2]);
  k.glassZ(c, 6, y, -2.5, 5, [], [1.2]);
  k.counter(c, -2, y, 0.6, 6, 1.2, 0.75);
  for (const x of [-1.3, 0.5, 2.3]) {
    prop(c, "chair", x, y, 0.1);
    prop(c, "chair", x, y, 2.3, Math.PI);
  }
  k.desks(c, -6.5, y, 8.4, 4, 1);
  k.desks(c, 8.5, y, -1, 3, 2);
  k.desks(c, 3, y, -7.2, 2, 1);
  for (const [x, z] of [
    [-7, -3.6],
    [7, 6],
    [16.8, 11],
  ] as const)
    prop(c, "plant", x, y, z);
  k.ceilingLights(c, y, [-8, T.x1, T.coreZ, T.z1]);
  k.ceilingLights(c, y, [T.x0, -8, T.coreZ, T.z1], 3.2);
}
