import { Rng } from "../../core/Rng";
import type { Anchor, Level, LevelBox, LevelProp, Paint } from "../Level";
import { boxFromMin, rampBox } from "./boxes";

const DEG = Math.PI / 180;
/** Kerb height: pavements stand this far above the road, metres. */
export const KERB_M = 0.15;
const ROAD_HALF_M = 8;
const PAVE_OUT_M = 14;
const NORTH_Z = -120;
const SOUTH_Z = 100;
const STOREY_M = 2.8;
/** The courtyard gap on the east side, z range (metres). */
const COURT = { z0: -32, z1: -8, x1: 44 } as const;

function anchor(x: number, y: number, z: number, yawRad = 0): Anchor {
  return { position: [x, y, z], yawRad };
}

function road(boxes: LevelBox[]): void {
  const len = SOUTH_Z - NORTH_Z;
  boxes.push(boxFromMin([-ROAD_HALF_M, -1, NORTH_Z], [2 * ROAD_HALF_M, 1, len], "road", "asphalt", true));
  for (const side of [-1, 1]) {
    const x0 = side < 0 ? -PAVE_OUT_M : ROAD_HALF_M;
    const w = PAVE_OUT_M - ROAD_HALF_M;
    boxes.push(boxFromMin([x0, -1, NORTH_Z], [w, 1 + KERB_M, len], "pavement", "concrete", true));
    const kx = side < 0 ? -ROAD_HALF_M : ROAD_HALF_M - 0.2;
    boxes.push(boxFromMin([kx, 0, NORTH_Z], [0.2, KERB_M + 0.02, len], "kerb", "concrete", true));
  }
  // Dashed centre line and lane lines: 3 m dashes, 6 m gaps, 1 cm proud of the road.
  for (let z = NORTH_Z + 2; z < SOUTH_Z - 3; z += 9) {
    for (const x of [-4, 0, 4]) boxes.push(boxFromMin([x - 0.075, 0, z], [0.15, 0.01, 3], "marking", "asphalt", true));
  }
}

function building(boxes: LevelBox[], x0: number, z0: number, depth: number, length: number, storeys: number): void {
  const paint: Paint = storeys % 2 === 0 ? "panel" : "panelDark";
  boxes.push(boxFromMin([x0, 0, z0], [depth, storeys * STOREY_M, length], paint, "concrete", false, "building"));
}

/** Panel blocks along both sides; the east side leaves the courtyard gap. */
function buildings(boxes: LevelBox[], rng: Rng): void {
  for (const side of [-1, 1]) {
    let z = NORTH_Z;
    while (z < SOUTH_Z) {
      const length = Math.min(rng.range(30, 55), SOUTH_Z - z);
      const z1 = z + length;
      const x0 = side < 0 ? -PAVE_OUT_M - 14 : PAVE_OUT_M;
      const storeys = rng.int(5, 12);
      if (side > 0 && z < COURT.z1 && z1 > COURT.z0) {
        if (COURT.z0 - z > 4) building(boxes, x0, z, 14, COURT.z0 - z, storeys);
        if (z1 - COURT.z1 > 4) building(boxes, x0, COURT.z1, 14, z1 - COURT.z1, storeys);
      } else building(boxes, x0, z, 14, length, storeys);
      z = z1;
    }
  }
  // The courtyard: grass at pavement height, closed by a building at its back and walls.
  const cz = COURT.z1 - COURT.z0;
  boxes.push(boxFromMin([PAVE_OUT_M, -1, COURT.z0], [COURT.x1 - PAVE_OUT_M, 1 + KERB_M, cz], "grass", "grass", true));
  building(boxes, COURT.x1, COURT.z0 - 6, 14, cz + 12, 9);
  boxes.push(boxFromMin([PAVE_OUT_M + 14, 0, COURT.z0 - 1], [COURT.x1 - PAVE_OUT_M - 14, 3, 1], "brick", "concrete", false));
  boxes.push(boxFromMin([PAVE_OUT_M + 14, 0, COURT.z1], [COURT.x1 - PAVE_OUT_M - 14, 3, 1], "brick", "concrete", false));
}

/** Two boxes per car: body and cabin, parked along the kerbs (seeded gaps). */
function cars(boxes: LevelBox[], rng: Rng): void {
  for (const side of [-1, 1]) {
    for (let z = NORTH_Z + 10; z < SOUTH_Z - 20; z += rng.range(7, 16)) {
      if (rng.next() < 0.3) continue;
      const x = side * (ROAD_HALF_M - 1.3);
      const paint: Paint = rng.next() < 0.5 ? "car" : "carDark";
      boxes.push(boxFromMin([x - 0.9, 0.2, z], [1.8, 0.8, 4.4], paint, "metal", true, "car"));
      boxes.push(boxFromMin([x - 0.8, 1.0, z + 1.1], [1.6, 0.55, 2.2], paint, "metal", true, "car"));
    }
  }
}

/** Steps up to a podium on the west pavement, a ramp down from it, a ledge, an embankment, kiosks. */
function features(boxes: LevelBox[], props: LevelProp[], rng: Rng): void {
  const px = -PAVE_OUT_M;
  const w = PAVE_OUT_M - ROAD_HALF_M - 0.4;
  // Six risers of 0.25 m, treads of 0.35 m, rising toward -Z from z = 40.
  for (let i = 0; i < 6; i++) {
    const h = (i + 1) * 0.25;
    boxes.push(boxFromMin([px, KERB_M, 40 - (i + 1) * 0.35], [w, h, 0.35], "concrete", "concrete", true, "steps"));
  }
  // The podium runs from the top step north to z = 26; a 20° ramp leads back down from there.
  const stepsTopZ = 40 - 6 * 0.35;
  boxes.push(boxFromMin([px, KERB_M, 26], [w, 1.5, stepsTopZ - 26], "concrete", "concrete", true, "podium"));
  const rampRun = 1.5 / Math.tan(20 * DEG);
  boxes.push(rampBox([px + w / 2, KERB_M, 26 - rampRun], 20 * DEG, 1.5 / Math.sin(20 * DEG), w, "concrete", "concrete", Math.PI));
  // A loading dock 1 m high on the east pavement: the ledge to jump to.
  boxes.push(boxFromMin([ROAD_HALF_M + 0.6, KERB_M, 12], [4.5, 1, 6], "concrete", "concrete", true, "ledge"));
  // A 60° embankment on the east pavement: not walkable.
  boxes.push(rampBox([ROAD_HALF_M + 3, KERB_M, 62], 60 * DEG, 7, 5.5, "grass", "gravel"));
  // Kiosks, with crates around them.
  for (const [x, z] of [
    [-11, 70],
    [11, -50],
    [-11, -80],
  ] as const) {
    boxes.push(boxFromMin([x - 1.5, KERB_M, z - 1], [3, 2.6, 2], "sign", "metal", false, "kiosk"));
    for (let i = 0; i < 3; i++) {
      props.push({
        kind: "crate",
        position: [x + rng.range(-2, 2), KERB_M + 0.3 + i * 0.62, z + 2 + rng.range(0, 1)],
        size: [0.6, 0.6, 0.6],
        yawRad: rng.range(0, Math.PI),
        massKg: 20,
        surface: "wood",
      });
    }
  }
}

/**
 * Walls at both ends and behind the building rows so nobody leaves the block. The ends
 * close the avenue's view, so they wear facades: a Stalinist block north, brick south.
 */
function boundary(boxes: LevelBox[]): void {
  const west = -PAVE_OUT_M - 14;
  const east = COURT.x1 + 14;
  const h = 40;
  boxes.push(boxFromMin([west, 0, NORTH_Z - 1], [east - west, h, 1], "stucco", "concrete", false, "boundary"));
  boxes.push(boxFromMin([west, 0, SOUTH_Z], [east - west, h, 1], "brick", "concrete", false, "boundary"));
  boxes.push(boxFromMin([west - 1, 0, NORTH_Z], [1, h, SOUTH_Z - NORTH_Z], "concrete", "concrete", false, "boundary"));
  boxes.push(boxFromMin([east, 0, NORTH_Z], [1, h, SOUTH_Z - NORTH_Z], "concrete", "concrete", false, "boundary"));
}

/**
 * The graybox Moscow street block: a 16 m avenue running north (-Z) between kerbed
 * pavements and panel blocks, a courtyard gap on the east side, parked cars, kiosks with
 * crates, steps up to a podium and a ramp down, a 1 m loading dock, a 60° embankment.
 * `seed` varies building heights and lengths and the parked cars (anchors stay put).
 */
export function makeStreetLevel(seed = 1): Level {
  const rng = new Rng(seed);
  const boxes: LevelBox[] = [];
  const props: LevelProp[] = [];
  road(boxes);
  buildings(boxes, rng);
  cars(boxes, rng);
  features(boxes, props, rng);
  boundary(boxes);
  return {
    id: "street",
    title: "Street",
    timeOfDay: "morning",
    spawn: "spawn",
    boxes,
    props,
    anchors: {
      spawn: anchor(0, 0, 90),
      steps: anchor(-11, KERB_M, 42),
      ramp: anchor(-11, KERB_M, 20, Math.PI),
      ledge: anchor(ROAD_HALF_M + 2.8, KERB_M + 1, 15),
      embankment: anchor(ROAD_HALF_M + 3, KERB_M, 64),
      courtyard: anchor(29, KERB_M, (COURT.z0 + COURT.z1) / 2, -Math.PI / 2),
      end: anchor(0, 0, NORTH_Z + 8),
      // Combat: the centres of the street's three fights (open road with cars and kiosks
      // for cover), red barrels and ammo pickups. Set pieces place everything by these.
      "fight.1": anchor(0, 0, 50),
      "fight.2": anchor(0, 0, -5),
      "fight.3": anchor(0, 0, -70),
      "barrel.1": anchor(5, 0, 40),
      "barrel.2": anchor(-5, 0, -60),
      "pickup.1": anchor(-10, KERB_M, 30),
      "pickup.2": anchor(10, KERB_M, -40),
    },
    bounds: { min: [-PAVE_OUT_M - 15, -1, NORTH_Z - 1], max: [COURT.x1 + 15, 40, SOUTH_Z + 1] },
  };
}
