import type { Level, LevelBox, LevelDecor, LevelLadder } from "../Level";
import { boxFromMin } from "./boxes";

/**
 * The Rig Lab's parkour course level, laid out along the rig's parkour course (it runs
 * straight down -Z from `start`): a box to vault, a 2 m ledge to mantle, a 4 m ladder up a
 * wall, a 3.5 m gap from its top, and a 4 m drop to a lower deck. The rig's course
 * (src/rig/parkourCourse.ts) drives the camera along this line; these distances are the
 * same moves written out, because the core may not import the rig.
 */

/** Distances from `start` along the course, metres, and the heights they are at. */
export const PARKOUR_COURSE = {
  /** The vault box's near face (the vault runs from 10 to 12.2 m), its depth and height. */
  vaultFaceM: 10.9,
  vaultDepthM: 0.4,
  vaultBoxM: 1.0,
  /** The 2 m ledge's face (the pull starts at 17.1 m, the body hangs 0.35 m off it). */
  ledgeFaceM: 17.45,
  ledgeM: 2,
  /** The ladder's wall (the body hangs 0.42 m off it at 20.04 m) and its top. */
  ladderWallM: 20.45,
  ladderTopM: 6,
  /** The gap's near and far edges (the leap leaves at 31.4 m). */
  gapNearM: 31.3,
  gapFarM: 34.8,
  /** The drop's edge (the fall starts at 37.6 m) to the lower deck. */
  dropEdgeM: 37.6,
  lowerDeckM: 2,
  endM: 62,
} as const;

const W = 6;

export function makeParkourCourseLevel(): Level {
  const P = PARKOUR_COURSE;
  const deck = (z0: number, z1: number, y0: number, y1: number, paint: LevelBox["paint"] = "concrete"): LevelBox =>
    boxFromMin([-W / 2, y0, -z1], [W, y1 - y0, z1 - z0], paint, "concrete", true, "deck");
  const boxes: LevelBox[] = [
    // The yard under everything (a fall into the gap lands here), walled in.
    boxFromMin([-20, -1, -P.endM - 4], [40, 1, P.endM + 24], "concrete", "gravel", true, "yard"),
    boxFromMin([-W / 2, 0, -P.vaultFaceM - P.vaultDepthM], [W, P.vaultBoxM, P.vaultDepthM], "crate", "wood", true, "vault"),
    deck(P.ledgeFaceM, P.ladderWallM, 0, P.ledgeM),
    deck(P.ladderWallM, P.gapNearM, 0, P.ladderTopM, "brick"),
    deck(P.gapFarM, P.dropEdgeM, 0, P.ladderTopM, "brick"),
    deck(P.dropEdgeM, P.endM, 0, P.lowerDeckM),
  ];
  for (const side of [-1, 1]) boxes.push(boxFromMin([side < 0 ? -21 : 20, 0, -P.endM - 4], [1, 4, P.endM + 24], "brick", "concrete", false, "boundary"));
  boxes.push(boxFromMin([-20, 0, -P.endM - 5], [40, 4, 1], "brick", "concrete", false, "boundary"));
  boxes.push(boxFromMin([-20, 0, 19], [40, 4, 1], "brick", "concrete", false, "boundary"));
  const ladders: LevelLadder[] = [{ position: [0, P.ledgeM, -P.ladderWallM], topY: P.ladderTopM, yawRad: 0, widthM: 0.55 }];
  const decor: LevelDecor[] = [];
  for (let h = P.ledgeM; h < P.ladderTopM + 0.6; h += 0.3) decor.push({ kind: "ladder", position: [0, h, -P.ladderWallM + 0.12], yawRad: 0, scale: [1, 1, 1] });
  return {
    id: "parkour-course",
    title: "The parkour course",
    timeOfDay: "afternoon",
    spawn: "start",
    boxes,
    props: [],
    ladders,
    decor,
    anchors: {
      start: { position: [0, 0, 0], yawRad: 0 },
      vault: { position: [0, 0, -P.vaultFaceM], yawRad: 0 },
      ledge: { position: [0, 0, -P.ledgeFaceM], yawRad: 0 },
      ladder: { position: [0, P.ledgeM, -P.ladderWallM], yawRad: 0 },
      gap: { position: [0, P.ladderTopM, -P.gapNearM], yawRad: 0 },
      drop: { position: [0, P.ladderTopM, -P.dropEdgeM], yawRad: 0 },
    },
    bounds: { min: [-20, -1, -P.endM - 4], max: [20, 10, 20] },
  };
}
