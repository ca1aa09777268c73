import { Rng } from "../../core/Rng";
import type { Level } from "../Level";
import { CityBuilder } from "../moscow/CityBuilder";

const HALF_W = 5;
const HALF_L = 20;
const CEIL_M = 3.6;
/** How far below the lab's floor Moscow lies, metres. */
export const AIRLAB_ALTITUDE_M = 700;

/** The lab's long walls: solid below and above a row of windows, pillars between them. */
function walls(c: CityBuilder): void {
  for (const side of [-1, 1]) {
    const x0 = side < 0 ? -HALF_W - 0.3 : HALF_W;
    c.box([x0, 0, -HALF_L], [0.3, 1, 2 * HALF_L], "labWall", "metal", false, "wall");
    c.box([x0, 2.6, -HALF_L], [0.3, CEIL_M - 2.6, 2 * HALF_L], "labWall", "metal", false, "wall");
    for (let z = -HALF_L; z < HALF_L; z += 4) {
      c.box([x0, 1, z], [0.3, 1.6, 1.2], "labTrim", "metal", false, "wall");
      c.box([x0 + 0.12, 1, z + 1.2], [0.06, 1.6, 2.8], "glass", "glass", false, "window");
    }
  }
  for (const z of [-HALF_L - 0.3, HALF_L]) c.box([-HALF_W - 0.3, 0, z], [2 * HALF_W + 0.6, CEIL_M, 0.3], "labWall", "metal", false, "wall");
  c.box([-HALF_W - 0.3, CEIL_M, -HALF_L - 0.3], [2 * HALF_W + 0.6, 0.3, 2 * HALF_L + 0.6], "labWall", "metal", false, "ceiling");
  // The floor, with a glass panel in the middle looking straight down on the city.
  c.box([-HALF_W, -0.3, -HALF_L], [2 * HALF_W, 0.3, HALF_L - 4], "labFloor", "metal", true, "floor");
  c.box([-HALF_W, -0.3, 0], [2 * HALF_W, 0.3, HALF_L], "labFloor", "metal", true, "floor");
  c.box([-HALF_W, -0.3, -4], [HALF_W - 1.5, 0.3, 4], "labFloor", "metal", true, "floor");
  c.box([1.5, -0.3, -4], [HALF_W - 1.5, 0.3, 4], "labFloor", "metal", true, "floor");
  c.box([-1.5, -0.3, -4], [3, 0.3, 4], "glass", "glass", true, "glassFloor");
}

/** The wife's bench: the bed Henry wakes on, consoles, calibration marks, lights, the pod and the door. */
function fittings(c: CityBuilder): void {
  c.add("bed", [-3, 0, 13], 0);
  c.box([-3.5, 0, 11.95], [1, 0.66, 2.1], "invisible", "metal", true, "bed");
  for (const [x, z, yaw] of [
    [-4.3, 8, Math.PI / 2],
    [4.3, 8, -Math.PI / 2],
    [4.3, 2, -Math.PI / 2],
    [-4.3, -8, Math.PI / 2],
  ] as const) {
    c.add("console", [x, 0, z], yaw);
    c.turnedBox([x, 0.5, z], [1.6, 1, 0.6], yaw, "invisible", "metal", false, "console");
  }
  for (let z = -HALF_L + 2; z < HALF_L; z += 4) c.add("ceilingLight", [0, CEIL_M, z], 0);
  for (const z of [-14, -4, 6, 15]) c.light([0, CEIL_M - 0.4, z], "interior", 9);
  // The escape pod in its bay at the north end; the door the mercenaries come through at the south.
  c.box([-1.2, 0, -HALF_L + 0.3], [2.4, 2.6, 2.2], "labTrim", "metal", false, "pod");
  c.box([-1, 0, HALF_L - 0.1], [2, 2.4, 0.2], "metal", "metal", false, "door");
  c.sign("ВЫХОД", [0, 2.75, HALF_L - 0.12], 0, 0.3);
  c.sign("ЛАБОРАТОРИЯ", [0, 3.1, -HALF_L + 0.02], Math.PI, 0.3);
}

/** Moscow far below: a ground, a river band and blocks spread around, hazed by the dawn. */
function cityBelow(c: CityBuilder): void {
  const y = -AIRLAB_ALTITUDE_M;
  c.farBlock([-3000, y - 1, -3000], [6000, 1, 6000], "concrete");
  c.farBlock([-3000, y - 0.5, 300], [6000, 0.6, 120], "roof");
  for (let i = 0; i < 260; i++) {
    const x = c.rng.range(-1600, 1600);
    const z = c.rng.range(-1600, 1600);
    if (z > 280 && z < 440) continue;
    const h = [5, 9, 9, 16, 16, 22][c.rng.int(0, 5)] * 2.8;
    c.farBlock([x, y, z], [c.rng.range(12, 16), h, c.rng.range(40, 90)], (["panel", "panelDark", "brick"] as const)[i % 3]);
  }
  c.add("stalinTower", [200, y, -600], 0.3).distant = true;
  c.add("church", [-260, y, 120], 0).distant = true;
}

/**
 * The airborne laboratory of the awakening (dawn): a 10 × 40 m cabin with windows along
 * both sides and a glass panel in the floor over Moscow, the bed Henry wakes on, the
 * consoles of the calibration, the escape pod and the door.
 */
export function makeAirlabLevel(seed = 1): Level {
  const c = new CityBuilder(new Rng(seed));
  walls(c);
  fittings(c);
  cityBelow(c);
  c.anchor("spawn", -1.6, 0, 12.5);
  c.anchor("bed", -3, 0.66, 13);
  c.anchor("calibration.1", 0, 0, 8);
  c.anchor("calibration.2", 2.5, 0, 2);
  c.anchor("calibration.3", 0, 0, -2);
  c.anchor("pod", 0, 0, -HALF_L + 3.5);
  c.anchor("door", 0, 0, HALF_L - 1.5, Math.PI);
  c.anchor("end", 0, 0, -HALF_L + 3.6);
  return {
    id: "airlab",
    title: "Airborne laboratory",
    timeOfDay: "dawn",
    spawn: "spawn",
    boxes: c.boxes,
    props: [],
    anchors: c.anchors,
    bounds: { min: [-HALF_W - 1, -1, -HALF_L - 1], max: [HALF_W + 1, CEIL_M + 1, HALF_L + 1] },
    decor: c.decor,
    signs: c.signs,
    lights: c.lights,
  };
}
