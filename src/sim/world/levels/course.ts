import type { Anchor, Level, LevelBox } from "../Level";
import { boxFromMin } from "./boxes";

/**
 * The Rig Lab's course level, laid out along the rig's standard course (src/rig/README.md) (which runs straight
 * down -Z from the `start` anchor): a deck 2 m high that ends in the drop, and the lower
 * yard where the shots and the explosion happen. The rig's course generator
 * (src/rig/standardCourse.ts) drives the camera along this line; these distances are the
 * same physics written out here because the core may not import the rig.
 */

/** Height of the deck above the yard: the course's 2 m drop, metres. */
export const COURSE_DECK_M = 2;
/**
 * Distance from `start` to the deck's edge, metres: 1 s standing, then walk 10 m, sprint
 * 20 m, jump at 8 m/s (airborne 2·√(2·9.81·1.2)/9.81 ≈ 0.99 s, 60 ticks: 8 m), walk 3 m.
 */
export const COURSE_EDGE_M = 41;
/** Where the body lands after walking off the edge (4.5 m/s for √(2·2/9.81) s), metres from `start`. */
export const COURSE_LANDING_M = 43.8;
/** The sprint and the jump run between these distances from `start`, metres. */
export const COURSE_SPRINT_M = [10, 30] as const;
export const COURSE_JUMP_M = [30, 38] as const;

const DECK_W = 6;
const YARD_END_M = 66;

function anchor(x: number, y: number, z: number, yawRad = 0): Anchor {
  return { position: [x, y, z], yawRad };
}

function deck(boxes: LevelBox[]): void {
  const h = COURSE_DECK_M;
  const [j0, j1] = COURSE_JUMP_M;
  // Asphalt up to the jump, a metal grate over the jump and the last 3 m (the course's surfaces).
  boxes.push(boxFromMin([-DECK_W / 2, 0, -j0], [DECK_W, h, j0 + 6], "road", "asphalt", true, "deck"));
  boxes.push(boxFromMin([-DECK_W / 2, 0, -COURSE_EDGE_M], [DECK_W, h, COURSE_EDGE_M - j0], "metal", "metal", true, "deck"));
  // Distance markings every 5 m, and the sprint's start and end in red-blue signs.
  for (let d = 5; d < COURSE_EDGE_M; d += 5) boxes.push(boxFromMin([-DECK_W / 2 + 0.3, h, -d - 0.1], [DECK_W - 0.6, 0.01, 0.2], "marking", "asphalt", true));
  for (const d of COURSE_SPRINT_M) boxes.push(boxFromMin([-DECK_W / 2 - 0.4, h, -d - 0.2], [0.4, 2.4, 0.4], "sign", "metal", false, "marker"));
  // Railings on posts along both sides: passing posts give the eye a sense of speed.
  for (const side of [-1, 1]) {
    const x = side * (DECK_W / 2) - (side > 0 ? 0.15 : 0);
    boxes.push(boxFromMin([x, h + 1, -COURSE_EDGE_M], [0.15, 0.08, COURSE_EDGE_M + 6], "metal", "metal", false, "railing"));
    for (let z = 6; z > -COURSE_EDGE_M; z -= 2.5) boxes.push(boxFromMin([x, h, z - 0.1], [0.15, 1, 0.15], "metal", "metal", false, "railing"));
  }
  // A low crate row at the jump: something to jump "over" visually (off to the side, not in the path).
  for (let z = j0 + 1; z < j1; z += 1.6) boxes.push(boxFromMin([DECK_W / 2 + 0.5, 0, -z], [1.2, 1.2, 1.2], "crate", "wood", false, "crate"));
}

function yard(boxes: LevelBox[]): void {
  const w = 40;
  boxes.push(boxFromMin([-w / 2, -1, -YARD_END_M], [w, 1, YARD_END_M + 20], "concrete", "gravel", true, "yard"));
  // Brick walls around the yard, far enough to frame the picture and stop a free-play walk.
  boxes.push(boxFromMin([-w / 2, 0, -YARD_END_M - 1], [w, 5, 1], "brick", "concrete", false, "boundary"));
  for (const side of [-1, 1]) boxes.push(boxFromMin([side < 0 ? -w / 2 - 1 : w / 2, 0, -YARD_END_M], [1, 5, YARD_END_M + 20], "brick", "concrete", false, "boundary"));
  boxes.push(boxFromMin([-w / 2, 0, 19], [w, 5, 1], "brick", "concrete", false, "boundary"));
  // The shooting range: a target board ahead of the landing spot.
  boxes.push(boxFromMin([-1, 0, -COURSE_LANDING_M - 14], [2, 2.2, 0.3], "wood", "wood", false, "target"));
  // Where the course's explosion goes off, 5 m away: (3, 0, -4) from the landing spot.
  boxes.push(boxFromMin([2.5, 0, -COURSE_LANDING_M - 4.5], [1, 0.9, 1], "carDark", "metal", false, "blast"));
  // Stacked crates beside the yard's path.
  for (const [x, z, s] of [[-6, 48, 1.5], [-6, 52, 1.2], [-7.5, 50, 1], [8, 56, 1.5], [8, 58, 1]] as const) {
    boxes.push(boxFromMin([x, 0, -z], [s, s, s], "crate", "wood", false, "crate"));
  }
}

/** The Lab's course level (static; the seed does not change it). */
export function makeCourseLevel(): Level {
  const boxes: LevelBox[] = [];
  yard(boxes);
  deck(boxes);
  const h = COURSE_DECK_M;
  return {
    id: "course",
    title: "The standard course",
    timeOfDay: "morning",
    spawn: "start",
    boxes,
    props: [],
    anchors: {
      start: anchor(0, h, 0),
      sprint: anchor(0, h, -COURSE_SPRINT_M[0]),
      jump: anchor(0, h, -COURSE_JUMP_M[0]),
      edge: anchor(0, h, -COURSE_EDGE_M),
      landing: anchor(0, 0, -COURSE_LANDING_M),
      blast: anchor(3, 0, -COURSE_LANDING_M - 4),
    },
    bounds: { min: [-20, -1, -YARD_END_M], max: [20, 6, 20] },
  };
}
