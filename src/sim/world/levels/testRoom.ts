import type { Anchor, Level, LevelBox } from "../Level";
import { boxFromMin, rampBox } from "./boxes";
import { DEG } from "../../core/units";

/** Lanes of the test room: each feature sits at its own x, approached by walking toward -Z. */
export const TEST_LANES = {
  open: 0,
  wall: -45,
  step: -10,
  block: 10,
  ramp45: 20,
  ramp60: 30,
  ledge: 40,
  ceiling: -30,
} as const;

/** z of the wall's face toward the player: the room's 120 m north wall, long enough to slide along. */
export const TEST_WALL_FACE_Z = -59;
export const TEST_STEP_M = 0.35;
export const TEST_BLOCK_M = 0.6;
export const TEST_LEDGE_M = 1;
export const TEST_CEILING_M = 1.3;

function anchor(x: number, y: number, z: number, yawRad = 0): Anchor {
  return { position: [x, y, z], yawRad };
}

/**
 * A flat 120 m floor (top at y = 0) with one feature per lane: a 0.35 m step, a
 * 0.6 m block, the north wall, 45° and 60° ramps rising toward -Z from z = -4, a 1 m ledge whose edge is
 * at z = 0 (walk toward +Z off it), and a 1.3 m ceiling for crouching. For unit tests.
 */
export function makeTestLevel(): Level {
  const L = TEST_LANES;
  const boxes: LevelBox[] = [
    boxFromMin([-60, -1, -60], [120, 1, 120], "concrete", "concrete", true),
    boxFromMin([L.step - 2, 0, -12], [4, TEST_STEP_M, 7], "concrete", "concrete", true),
    boxFromMin([L.block - 2, 0, -12], [4, TEST_BLOCK_M, 7], "concrete", "concrete", false),
    rampBox([L.ramp45, 0, -4], 45 * DEG, 10, 4, "concrete", "concrete"),
    rampBox([L.ramp60, 0, -4], 60 * DEG, 10, 4, "concrete", "gravel"),
    boxFromMin([L.ledge - 2, 0, -10], [4, TEST_LEDGE_M, 10], "concrete", "concrete", true),
    // A low ceiling on posts over the lane, 1.3 m clear.
    boxFromMin([L.ceiling - 2, TEST_CEILING_M, -12], [4, 0.3, 6], "concrete", "concrete", false),
  ];
  for (const [x, z, w, d] of [
    [0, TEST_WALL_FACE_Z - 1, 120, 1],
    [0, 59, 120, 1],
  ] as const)
    boxes.push(boxFromMin([x - w / 2, 0, z], [w, 4, d], "concrete", "concrete", false, "boundary"));
  return {
    id: "test-room",
    title: "Test room",
    timeOfDay: "midday",
    spawn: "spawn",
    boxes,
    props: [],
    anchors: {
      spawn: anchor(L.open, 0, 0),
      wall: anchor(L.wall, 0, TEST_WALL_FACE_Z + 8),
      step: anchor(L.step, 0, -2),
      block: anchor(L.block, 0, -2),
      ramp45: anchor(L.ramp45, 0, -1),
      // Standing on the 45° slope, 3 m (horizontal) up from its foot.
      ramp45Mid: anchor(L.ramp45, 3, -7),
      ramp60: anchor(L.ramp60, 0, -2),
      ledge: anchor(L.ledge, TEST_LEDGE_M, -3, Math.PI),
      ceiling: anchor(L.ceiling, 0, -4),
      drop: anchor(L.open + 5, 3, 0),
    },
    bounds: { min: [-60, -1, -60], max: [60, 10, 60] },
  };
}
