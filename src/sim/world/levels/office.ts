import { Rng } from "../../core/Rng";
import type { Level } from "../Level";
import { CityBuilder } from "../moscow/CityBuilder";
import { type StairCore, STAIR, stairDoor } from "../moscow/officeCores";
import { floorY, TOWER } from "../moscow/officeFloors";
import { OFFICE_STOREY_M } from "../moscow/officeKit";
import { EAST_CORE, officeTower, PLAZA, ROOF_Y, WEST_CORE } from "../moscow/officeTower";

const EAST = -Math.PI / 2;
const WEST = Math.PI / 2;
const NORTH = 0;
const SOUTH = Math.PI;

/** Waypoints through a core's storey `k` (door, foot, half landing, top, next door) as `<name>.<k>.<part>`. */
function coreAnchors(c: CityBuilder, name: string, s: StairCore): void {
  const [dx, dz] = stairDoor(s);
  s.open.forEach((open, k) => {
    const y = floorY(k);
    c.anchor(`${name}.${k}.door`, dx, y, dz + 0.9, NORTH);
    if (!open) return;
    c.anchor(`${name}.${k}.foot`, s.x0 + 0.8, y, s.z0 + STAIR.depthM - 0.8, NORTH);
    c.anchor(`${name}.${k}.half`, s.x0 + STAIR.widthM / 2, y + OFFICE_STOREY_M / 2, s.z0 + 1.2, SOUTH);
    c.anchor(`${name}.${k}.top`, s.x0 + STAIR.widthM - 0.8, y + OFFICE_STOREY_M, s.z0 + STAIR.depthM - 0.8, SOUTH);
  });
  c.anchor(`${name}.${s.open.length}.door`, dx, floorY(s.open.length), dz + 0.9, NORTH);
}

/** Where guards stand, by fight: [name, x, storey, z, facing]. */
const POSTS: readonly [string, number, number, number, number][] = [
  // The lobby, held from behind the reception desk and the columns, facing the service corridor.
  ["lobby.1", -1.2, 0, 1.5, EAST],
  ["lobby.2", 1.6, 0, 1.5, EAST],
  ["lobby.3", -9, 0, 7, EAST],
  ["lobby.4", -9, 0, -1, EAST],
  // More pour in by the main entrance.
  ["entrance.1", -1.5, 0, 15, NORTH],
  ["entrance.2", 1.5, 0, 15, NORTH],
  ["entrance.3", -3.5, 0, 17.5, NORTH],
  ["entrance.4", 3.5, 0, 17.5, NORTH],
  // Two come down the west stairs from floor 1.
  ["stairs.1", -15, 1, -2, SOUTH],
  ["stairs.2", -12.5, 1, 0.5, SOUTH],
  // Floor 1: among the desks, facing the glass wall Henry comes through.
  ["f1.1", -5, 1, -4, WEST],
  ["f1.2", -1, 1, -0.5, WEST],
  ["f1.3", 1.5, 1, 3.6, WEST],
  ["f1.4", 12, 1, 4, WEST],
  ["f1.5", 8, 1, -3.6, WEST],
  // Floor 2: the server room behind glass, the kitchen, the cubicles.
  ["f2.1", -9, 2, -6.6, SOUTH],
  ["f2.2", -11, 2, -9.4, SOUTH],
  ["f2.3", 8, 2, -7.6, SOUTH],
  ["f2.4", 11, 2, -8, SOUTH],
  ["f2.5", 0, 2, 5.5, EAST],
  ["f2.6", -4, 2, 5.5, EAST],
  // Floor 3: the boardroom, and around it.
  ["f3.1", 0, 3, -1.6, WEST],
  ["f3.2", 3, 3, 3.8, WEST],
  ["f3.3", -2.6, 3, 3.8, WEST],
  ["f3.4", 10, 3, -3.5, WEST],
  ["f3.5", 12, 3, 6.4, WEST],
  ["f3.6", -5.5, 3, 10.4, EAST],
  // Where holders fall back to, a floor up.
  ["back.lobby.1", -14, 1, -1.5, SOUTH],
  ["back.lobby.2", -12, 1, 1, SOUTH],
  ["back.f1.1", 12.5, 2, -3, WEST],
  ["back.f1.2", 10.5, 2, 1, WEST],
  ["back.f2.1", 9.5, 3, 2.5, WEST],
  ["back.f2.2", 12.5, 3, -3, WEST],
];

/**
 * The office set piece's level (midday): the tower of `officeTower` with its named
 * anchors: the spawn at the service shutter, the route through each floor and both stair
 * cores, guard posts and the places they fall back to, the fights and the checkpoints.
 */
export function makeOfficeLevel(seed = 1): Level {
  const c = new CityBuilder(new Rng(seed));
  officeTower(c);
  const T = TOWER;
  c.anchor("spawn", 16.6, 0, 7.5, WEST);
  c.anchor("corridor.end", 9, 0, 7.5, WEST);
  c.anchor("lobby", 0, 0, 6.5, WEST);
  coreAnchors(c, "w", WEST_CORE);
  coreAnchors(c, "e", EAST_CORE);
  c.anchor("f1.glassdoor", -10.9, floorY(1), -1.2, EAST);
  c.anchor("f1.inside", -8.4, floorY(1), -1.2, EAST);
  c.anchor("f1.desks", 1.2, floorY(1), 4.8, EAST);
  c.anchor("f2.lift", 0, floorY(2), T.liftDoorZ + 0.7, NORTH);
  c.anchor("f2.shaft", 0, floorY(2), -10.4, NORTH);
  c.anchor("f2.pit", 0, -16, -10.4, NORTH);
  c.anchor("f2.corridor", 2, floorY(2), -3.6, WEST);
  c.anchor("f3.glass", -8.9, floorY(3), -1, EAST);
  c.anchor("f3.inside", -6.6, floorY(3), -1, EAST);
  c.anchor("f3.board", 1, floorY(3), -1.4, EAST);
  c.anchor("roof.out", T.eastDoorX, ROOF_Y, -2.6, SOUTH);
  c.anchor("end", -11, ROOF_Y, 8, WEST);
  for (const [name, x, storey, z, yaw] of POSTS) c.anchor(`post.${name}`, x, floorY(storey), z, yaw);
  // Ammo where Henry comes off the stairs on each floor (and where he starts again).
  for (const [name, x, storey, z] of [
    ["pickup.1", 7.6, 0, 8.6],
    ["pickup.2", T.westDoorX + 0.8, 1, -2.6],
    ["pickup.3", T.eastDoorX - 0.8, 2, -2.6],
    ["pickup.4", T.westDoorX + 0.8, 3, -2.6],
    ["pickup.5", -13, 0, -2],
  ] as const)
    c.anchor(name, x, floorY(storey), z);
  c.anchor("fight.lobby", 0, 0, 4.2, WEST);
  c.anchor("fight.entrance", 0, 0, 10, NORTH);
  c.anchor("fight.stairs", -14, floorY(1), -1, SOUTH);
  c.anchor("fight.f1", 0.2, floorY(1), -0.3, EAST);
  c.anchor("fight.f2", 0, floorY(2), 0.6, WEST);
  c.anchor("fight.f3", 0, floorY(3), -1.5, EAST);
  for (const [name, x, storey, z, yaw] of [
    ["cp.lobby", 8.6, 0, 7.5, WEST],
    ["cp.f1", T.westDoorX, 1, -3.4, SOUTH],
    ["cp.f2", T.eastDoorX, 2, -3.4, SOUTH],
    ["cp.f3", T.westDoorX, 3, -3.4, SOUTH],
    ["cp.roof", T.eastDoorX, 4, -2.6, SOUTH],
  ] as const)
    c.anchor(name, x, floorY(storey), z, yaw);
  const [x0, x1, z0, z1] = PLAZA;
  return {
    id: "office",
    title: "Office tower",
    timeOfDay: "midday",
    spawn: "spawn",
    boxes: c.boxes,
    props: c.props,
    anchors: c.anchors,
    bounds: { min: [x0, -2, z0], max: [x1, ROOF_Y + 10, z1] },
    decor: c.decor,
    signs: c.signs,
    lights: c.lights,
    navLayers: 8,
    navCellM: 0.5,
    staticTileM: 8,
  };
}
