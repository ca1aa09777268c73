import { Rng } from "../../core/Rng";
import type { Level } from "../Level";
import { CityBuilder } from "./CityBuilder";
import { antenna, dish, liftRoom, type RoofRect, roofBlock, roofLadder, skylight, vents, washingLine, waterTank } from "./roofKit";
import { rooftopSurroundings } from "./rooftopSurroundings";

/**
 * The roofs of the chase, south to north (metres; -Z is north). B1 is the office tower's
 * roof where Henry comes out; each next block is lower, level across a gap, or higher:
 * - B1 -> B2: vault the parapet, drop 4 m (roll);
 * - B2: a row of skylights to vault (or run round past the lift room); a fight;
 * - B2 -> B3: a 3.5 m gap at the same height;
 * - B3 -> B4: a 2.0 m wall to mantle (or a ladder on its east side);
 * - B4: a fight, then the lift room's ladder up 4 m;
 * - lift room -> B5: a 3.5 m gap from the lift room's roof;
 * - B5: a skylight to vault, the courier's guards; B5 -> B6: a 4 m drop to roll out of;
 * - B6: a dead end where the courier is cornered.
 */
export const ROOFS = {
  b1: { x0: -9, x1: 9, z0: -24, z1: 6, topY: 34 },
  b2: { x0: -12, x1: 12, z0: -60, z1: -24, topY: 30 },
  b3: { x0: -10, x1: 10, z0: -96, z1: -63.5, topY: 30 },
  b4: { x0: -12, x1: 12, z0: -130, z1: -96, topY: 32 },
  b5: { x0: -10, x1: 10, z0: -168, z1: -133.5, topY: 36 },
  b6: { x0: -12, x1: 12, z0: -205, z1: -168, topY: 32 },
} as const satisfies Record<string, RoofRect>;

/** The lift room on B4's north edge, whose roof is the second gap's takeoff, and its height. */
export const LIFT_ROOM = { x0: -4, z0: -130, w: 8, d: 8, heightM: 4 } as const;

const R = ROOFS;

function blocks(c: CityBuilder): void {
  roofBlock(c, R.b1, "panelDark");
  roofBlock(c, R.b2, "panel", { south: [[R.b1.x0, R.b1.x1]], north: [[-8, 8]] });
  roofBlock(c, R.b3, "panelDark", { south: [[-8, 8]] }, ["north"]);
  roofBlock(c, R.b4, "panel", { south: [[-7, -1], [6.5, 9.5]], north: [[LIFT_ROOM.x0, LIFT_ROOM.x0 + LIFT_ROOM.w]] });
  roofBlock(c, R.b5, "brick", { south: [[-7, 7]], north: [[-3, 3]] });
  roofBlock(c, R.b6, "panelDark", { south: [[R.b5.x0, R.b5.x1]] });
}

/** What stands on each roof: huts, tanks, aerials, dishes, washing lines, skylights, ladders. */
function furniture(c: CityBuilder): void {
  // B1: the stairwell head Henry comes out of, a tank, aerials.
  liftRoom(c, -2.5, 3, 5, 3, R.b1.topY, 3);
  c.sign("ВЫХОД", [0, R.b1.topY + 2.3, 2.97], 0, 0.3);
  waterTank(c, -6, R.b1.topY, -8);
  antenna(c, 6.5, R.b1.topY, -4);
  antenna(c, 7, R.b1.topY, -16);
  dish(c, -7.5, R.b1.topY, -19);
  // B2: the skylight row across the way (run round its east end past the lift room).
  for (const x0 of [-11, -6.2, -1.4]) skylight(c, x0, -38, 4.4, 1.3, R.b2.topY, 0.95);
  liftRoom(c, 5, -50, 5, 5, R.b2.topY, 3.2);
  waterTank(c, -8, R.b2.topY, -53);
  washingLine(c, -11, -5, R.b2.topY, -28.5);
  washingLine(c, -11, -5, R.b2.topY, -31.5);
  antenna(c, 10.5, R.b2.topY, -27);
  dish(c, 11, R.b2.topY, -57);
  dish(c, -11, R.b2.topY, -44);
  // B3: aerials and dishes; the ladder up B4's wall on the east, the mantle on the west.
  for (const [x, z] of [[-8.5, -70], [8.5, -75], [-8.5, -84], [8.7, -88]] as const) antenna(c, x, R.b3.topY, z);
  dish(c, 8.8, R.b3.topY, -68);
  dish(c, -8.8, R.b3.topY, -91);
  roofLadder(c, 8, R.b3.topY, R.b4.z1, R.b4.topY, 0);
  // B4: the lift room with its ladder, a tank, a washing line.
  liftRoom(c, LIFT_ROOM.x0, LIFT_ROOM.z0, LIFT_ROOM.w, LIFT_ROOM.d, R.b4.topY, LIFT_ROOM.heightM);
  roofLadder(c, 0, R.b4.topY, LIFT_ROOM.z0 + LIFT_ROOM.d, R.b4.topY + LIFT_ROOM.heightM, 0);
  waterTank(c, 9, R.b4.topY, -125);
  washingLine(c, -11, -6, R.b4.topY, -112);
  antenna(c, -10.5, R.b4.topY, -101);
  dish(c, 10.8, R.b4.topY, -104);
  // B5: a skylight on the way, dishes and aerials along the edges.
  skylight(c, -3, -150, 6, 1.3, R.b5.topY, 0.95);
  for (const [x, z] of [[-8.5, -140], [8.5, -146], [-8.6, -160]] as const) antenna(c, x, R.b5.topY, z);
  dish(c, 8.7, R.b5.topY, -158);
  washingLine(c, 4, 9, R.b5.topY, -164);
  // B6: the dead end, a tank in the corner.
  waterTank(c, -9, R.b6.topY, -200);
  antenna(c, 10, R.b6.topY, -180);
  dish(c, -10.5, R.b6.topY, -176);
  // Low clutter off the line the chase runs (x within 4 m of the middle stays clear).
  for (const r of [R.b1, R.b2, R.b3, R.b4, R.b5, R.b6]) vents(c, r, 4, (x) => Math.abs(x) > 4.5 && Math.abs(x - 8) > 2);
}

/** The named places: checkpoints, the line of the chase, the fights, Jimmy's spots, the end. */
function anchors(c: CityBuilder): void {
  const a = (n: string, x: number, y: number, z: number, yaw = 0) => c.anchor(n, x, y, z, yaw);
  a("spawn", 0, R.b1.topY, 1.5);
  a("courier.start", 0, R.b1.topY, -11);
  a("cp.b2", 0, R.b2.topY, -29);
  a("cp.b3", 0, R.b3.topY, -67);
  a("cp.b4", -3, R.b4.topY, -99);
  a("cp.b5", 0, R.b5.topY, -137);
  a("cp.b6", 0, R.b6.topY, -173);
  // The chase's line: `at` where a move starts, the next anchor where it ends.
  a("r.b1.parapet", 0, R.b1.topY, R.b1.z0 + 1.1);
  a("r.b2.land", 0, R.b2.topY, -28.5);
  a("r.b2.sky", 0, R.b2.topY, -35.6);
  a("r.b2.skyPast", 0, R.b2.topY, -41);
  a("r.b2.east", 7.8, R.b2.topY, -34);
  a("r.b2.eastPast", 7.8, R.b2.topY, -42.5);
  a("r.b2.round", 2.6, R.b2.topY, -51.5);
  a("r.b2.north", 0, R.b2.topY, -55);
  a("r.b2.edge", 0, R.b2.topY, R.b2.z0 + 0.4);
  a("r.b3.land", 0, R.b3.topY, -67);
  a("r.b3.mantleFoot", -4, R.b3.topY, -92);
  a("r.b3.wall", -4, R.b3.topY, R.b3.z0 + 0.6);
  a("r.b4.mantleTop", -4, R.b4.topY, R.b4.z1 - 1.2);
  a("r.b3.ladderFoot", 8, R.b3.topY, -92);
  a("r.b3.ladder", 8, R.b3.topY, R.b3.z0 + 0.8);
  a("r.b4.ladderTop", 8, R.b4.topY, R.b4.z1 - 1.2);
  a("r.b4.liftFoot", 0, R.b4.topY, -117);
  a("r.b4.lift", 0, R.b4.topY, LIFT_ROOM.z0 + LIFT_ROOM.d + 0.8);
  a("r.lift.top", 0, R.b4.topY + LIFT_ROOM.heightM, LIFT_ROOM.z0 + LIFT_ROOM.d - 1.2);
  a("r.lift.edge", 0, R.b4.topY + LIFT_ROOM.heightM, LIFT_ROOM.z0 + 0.4);
  a("r.b5.land", 0, R.b5.topY, -137);
  a("r.b5.sky", 0, R.b5.topY, -147.4);
  a("r.b5.skyPast", 0, R.b5.topY, -153);
  a("r.b5.edge", 0, R.b5.topY, R.b5.z0 + 0.4);
  a("r.b6.land", 0, R.b6.topY, -172.5);
  a("end", 0, R.b6.topY, -199);
  // Fights: mercenaries ahead of each anchor, facing back down the line.
  a("fight.1", 0, R.b2.topY, -31);
  a("fight.2", 0, R.b4.topY, -100);
  a("fight.3", 0, R.b5.topY, -139);
  // Jimmy, on the roofs beside the line.
  a("jimmy.b2", -9.5, R.b2.topY, -47);
  a("jimmy.b4", 10, R.b4.topY, -116, Math.PI / 2);
  a("jimmy.b6", 9, R.b6.topY, -190, Math.PI / 2);
}

/**
 * The rooftops set piece's level: six panel-block roofs of the seeded Moscow generator,
 * at different heights, joined by the moves of a chase; the city below and around. Pure
 * data from `seed` (the clutter, the neighbours, the skyline); the roofs and anchors stay put.
 */
export function makeRooftops(seed = 1): Level {
  const c = new CityBuilder(new Rng(seed));
  blocks(c);
  furniture(c);
  anchors(c);
  rooftopSurroundings(c);
  return {
    id: "rooftops",
    title: "Rooftops",
    timeOfDay: "afternoon",
    spawn: "spawn",
    boxes: c.boxes,
    props: c.props,
    anchors: c.anchors,
    bounds: { min: [-40, -1, -230], max: [40, 48, 20] },
    decor: c.decor,
    signs: c.signs,
    lights: c.lights,
    ladders: c.ladders,
  };
}
