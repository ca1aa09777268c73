import { Rng } from "../../core/Rng";
import type { Level } from "../Level";
import { rampBox } from "../levels/boxes";
import { CityBuilder } from "./CityBuilder";
import { STREET } from "./layout";
import { blockRow, panelBlock } from "./panelBlocks";
import { skyline } from "./skyline";
import { birch, busStop, kiosk, lampsAndWires, parkedCars, pavementTrees, roadBlocks } from "./streetFurniture";
import { pavements, underpass } from "./underpass";
import { DMath } from "../../core/DMath";
import { DEG } from "../../core/units";

/** The avenue's asphalt, its markings (lane dashes, edge lines, a zebra) and the side street. */
function roads(c: CityBuilder): void {
  const S = STREET;
  const len = S.southZ - S.northZ;
  c.box([-S.roadHalfM, -1, S.northZ], [2 * S.roadHalfM, 1, len], "road", "asphalt", true);
  for (let z = S.northZ + 2; z < S.southZ - 3; z += 9) {
    for (const x of [-4, 4]) c.box([x - 0.075, 0, z], [0.15, 0.01, 3], "marking", "asphalt", true);
  }
  for (const x of [-0.2, 0.05]) c.box([x, 0, S.northZ], [0.15, 0.01, len], "marking", "asphalt", true);
  for (let x = -S.roadHalfM + 1; x < S.roadHalfM - 1; x += 1.2) {
    if (Math.abs(x + 0.3) < 0.6) continue;
    c.box([x, 0, 76], [0.6, 0.01, 4], "marking", "asphalt", true);
  }
  const sx0 = -S.paveOutM - S.blockDepthM - 1;
  c.box([sx0, -1, S.side.z0], [-S.paveOutM - sx0, 1, S.side.z1 - S.side.z0], "road", "asphalt", true);
  for (let x = sx0 + 2; x < -S.paveOutM - 3; x += 6) c.box([x, 0, (S.side.z0 + S.side.z1) / 2 - 0.075], [3, 0.01, 0.15], "marking", "asphalt", true);
  for (let k = 0; k < 4; k++) c.box([sx0 + 0.6, 0, S.side.z0 + 1 + k * 2.6], [1, 0.9, 2.2], "concrete", "concrete", false, "barrier");
}

/** The courtyard gap on the east side: grass, a block at its back, low walls, birches and benches. */
function courtyard(c: CityBuilder): void {
  const S = STREET;
  const C = S.court;
  const cz = C.z1 - C.z0;
  c.box([S.paveOutM, -1, C.z0], [C.x1 - S.paveOutM, 1 + S.kerbM, cz], "grass", "grass", true);
  panelBlock(c, C.x1, C.z0 - 6, cz + 12, 9, -1);
  c.box([S.paveOutM + 14, 0, C.z0 - 1], [C.x1 - S.paveOutM - 14, 3, 1], "brick", "concrete", false);
  c.box([S.paveOutM + 14, 0, C.z1], [C.x1 - S.paveOutM - 14, 3, 1], "brick", "concrete", false);
  for (let i = 0; i < 7; i++) birch(c, c.rng.range(S.paveOutM + 4, C.x1 - 3), S.kerbM, c.rng.range(C.z0 + 2, C.z1 - 2));
  for (const z of [C.z0 + 6, C.z1 - 6]) c.add("bench", [C.x1 - 6, S.kerbM, z], -Math.PI / 2);
  c.box([S.paveOutM + 8, S.kerbM, C.z0 + 10], [4, 0.5, 4], "wood", "wood", true, "sandbox");
}

/** Steps up to a podium on the west pavement, a ramp down from it, a 1 m dock, a 60° embankment. */
function features(c: CityBuilder): void {
  const S = STREET;
  const px = -S.paveOutM;
  const w = S.paveOutM - S.roadHalfM - 0.4;
  for (let i = 0; i < 6; i++) c.box([px, S.kerbM, 40 - (i + 1) * 0.35], [w, (i + 1) * 0.25, 0.35], "concrete", "concrete", true, "steps");
  const stepsTopZ = 40 - 6 * 0.35;
  c.box([px, S.kerbM, 26], [w, 1.5, stepsTopZ - 26], "concrete", "concrete", true, "podium");
  const rampRun = 1.5 / DMath.tan(20 * DEG);
  c.boxes.push(rampBox([px + w / 2, S.kerbM, 26 - rampRun], 20 * DEG, 1.5 / DMath.sin(20 * DEG), w, "concrete", "concrete", Math.PI));
  c.box([S.roadHalfM + 0.6, S.kerbM, 12], [4.5, 1, 6], "concrete", "concrete", true, "ledge");
  c.boxes.push(rampBox([S.roadHalfM + 3, S.kerbM, 62], 60 * DEG, 7, 5.5, "grass", "gravel"));
}

/** Invisible walls keep the player in; the north end shows road works across the avenue. */
function boundary(c: CityBuilder): void {
  const S = STREET;
  const west = -S.paveOutM - S.blockDepthM - 1;
  const east = S.court.x1 + 14;
  const h = 60;
  c.invisible([west, -4, S.northZ - 2], [east - west, h, 1]);
  c.invisible([west, -4, S.southZ], [east - west, h, 1]);
  c.invisible([west - 1, -4, S.northZ], [1, h, S.southZ - S.northZ]);
  c.invisible([east, -4, S.northZ], [1, h, S.southZ - S.northZ]);
  for (let x = -S.paveOutM; x < S.paveOutM; x += 2.1) c.box([x, 0, S.northZ - 1], [2, 0.9, 0.8], "concrete", "concrete", false, "barrier");
  c.box([-S.paveOutM, 0.9, S.northZ - 0.7], [2 * S.paveOutM, 1.1, 0.08], "metal", "metal", false, "fence");
}

/**
 * The street set piece's Moscow: a six-lane avenue running north between kerbed
 * pavements and rows of 5, 9 and 16-storey blocks with balconies, a courtyard on the
 * east, a side street on the west, a pedestrian underpass, lamp posts carrying trolleybus
 * wires, birches, kiosks, bus stops, parked sedans, shop signs, and a skyline with a
 * Stalinist tower and an onion-domed church. Pure data from `seed`; anchors stay put.
 */
export function makeMoscowStreet(seed = 1): Level {
  const S = STREET;
  const c = new CityBuilder(new Rng(seed));
  roads(c);
  pavements(c);
  blockRow(c, -1, [[S.side.z0, S.side.z1]]);
  blockRow(c, 1, [[S.court.z0, S.court.z1]]);
  courtyard(c);
  features(c);
  underpass(c);
  lampsAndWires(c);
  pavementTrees(c);
  parkedCars(c);
  roadBlocks(c, [50, -5, -70]);
  busStop(c, -1, 60);
  busStop(c, 1, -58);
  kiosk(c, c.props, -11, 70, "ПЕЧАТЬ");
  kiosk(c, c.props, 11, -50, "ЦВЕТЫ");
  kiosk(c, c.props, -11, -80, "ХЛЕБ");
  c.sign("МЕТРО", [-S.paveOutM + 0.08, 4.6, -88], -Math.PI / 2, 1.1);
  boundary(c);
  skyline(c);
  const k = S.kerbM;
  c.anchor("spawn", 0, 0, 90);
  c.anchor("steps", -11, k, 42);
  c.anchor("ramp", -11, k, 20, Math.PI);
  c.anchor("ledge", S.roadHalfM + 2.8, k + 1, 15);
  c.anchor("embankment", S.roadHalfM + 3, k, 64);
  c.anchor("courtyard", 29, k, (S.court.z0 + S.court.z1) / 2, -Math.PI / 2);
  c.anchor("underpass", 0, S.under.floorY, (S.under.tunnelZ0 + S.under.zNorth) / 2, Math.PI / 2);
  c.anchor("sideStreet", -22, 0, (S.side.z0 + S.side.z1) / 2, Math.PI / 2);
  c.anchor("end", 0, 0, S.northZ + 8);
  // Combat: the three fights' centres (open road, cars, kiosks and road blocks for cover),
  // red barrels and ammo pickups. Set pieces place everything by these.
  c.anchor("fight.1", 0, 0, 50);
  c.anchor("fight.2", 0, 0, -5);
  c.anchor("fight.3", 0, 0, -70);
  c.anchor("barrel.1", 5, 0, 40);
  c.anchor("barrel.2", -5, 0, -60);
  c.anchor("pickup.1", -10, k, 30);
  c.anchor("pickup.2", 10, k, -40);
  return {
    id: "street",
    title: "Street",
    timeOfDay: "morning",
    spawn: "spawn",
    boxes: c.boxes,
    props: c.props,
    anchors: c.anchors,
    bounds: { min: [-S.paveOutM - S.blockDepthM - 2, -4, S.northZ - 2], max: [S.court.x1 + 15, 60, S.southZ + 1] },
    decor: c.decor,
    signs: c.signs,
    lights: c.lights,
  };
}
