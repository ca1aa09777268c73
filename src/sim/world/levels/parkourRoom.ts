import type { Anchor, Level, LevelBox, LevelLadder } from "../Level";
import { boxFromMin } from "./boxes";

/**
 * A yard for measuring the parkour verbs: one lane per feature, each approached by running
 * toward -Z from its anchor. Lanes (x): a 1.0 m vault box, 2.0 m and 2.3 m ledges, 4 m and
 * 5 m gaps between 3 m roofs, a 4 m ladder, a 4 m and a 12 m drop. For unit tests and the
 * numbers in the README.
 */
export const PARKOUR_LANES = {
  vault: 0,
  mantle20: 10,
  mantle23: 20,
  gap4: 30,
  gap5: 40,
  ladder: 50,
  drop4: 60,
  drop12: 70,
} as const;

/** Faces and sizes of the lanes' features, metres (the face toward the runner is at -Z of the start). */
export const PARKOUR_ROOM = {
  vaultBoxM: 1.0,
  vaultFaceZ: -12,
  vaultDepthM: 0.4,
  ledgeFaceZ: -6,
  /** The gap lanes: roofs this high, the near roof's edge at this z. */
  roofM: 3,
  gapEdgeZ: -24,
  ladderFaceZ: -8,
  ladderTopM: 4,
  dropEdgeZ: -6,
} as const;

function anchor(x: number, y: number, z: number, yawRad = 0): Anchor {
  return { position: [x, y, z], yawRad };
}

export function makeParkourRoom(): Level {
  const L = PARKOUR_LANES;
  const R = PARKOUR_ROOM;
  const box = (min: [number, number, number], size: [number, number, number]) => boxFromMin(min, size, "concrete", "concrete", true);
  const boxes: LevelBox[] = [boxFromMin([-10, -1, -80], [100, 1, 100], "concrete", "concrete", true)];
  boxes.push(box([L.vault - 2, 0, R.vaultFaceZ - R.vaultDepthM], [4, R.vaultBoxM, R.vaultDepthM]));
  boxes.push(box([L.mantle20 - 2, 0, R.ledgeFaceZ - 6], [4, 2.0, 6]));
  boxes.push(box([L.mantle23 - 2, 0, R.ledgeFaceZ - 6], [4, 2.3, 6]));
  for (const [x, gap] of [
    [L.gap4, 4],
    [L.gap5, 5],
  ] as const) {
    boxes.push(box([x - 2, 0, R.gapEdgeZ], [4, R.roofM, 30]));
    boxes.push(box([x - 2, 0, R.gapEdgeZ - gap - 20], [4, R.roofM, 20]));
  }
  boxes.push(box([L.ladder - 2, 0, R.ladderFaceZ - 8], [4, R.ladderTopM, 8]));
  boxes.push(box([L.drop4 - 2, 0, R.dropEdgeZ], [4, 4, 10]));
  boxes.push(box([L.drop12 - 2, 0, R.dropEdgeZ], [4, 12, 10]));
  const ladders: LevelLadder[] = [{ position: [L.ladder, 0, R.ladderFaceZ], topY: R.ladderTopM, yawRad: 0, widthM: 0.6 }];
  return {
    id: "parkour-room",
    title: "Parkour room",
    timeOfDay: "midday",
    spawn: "vault",
    boxes,
    props: [],
    ladders,
    anchors: {
      vault: anchor(L.vault, 0, 10),
      mantle20: anchor(L.mantle20, 0, R.ledgeFaceZ + 0.4),
      mantle23: anchor(L.mantle23, 0, R.ledgeFaceZ + 0.4),
      gap4: anchor(L.gap4, R.roofM, R.gapEdgeZ + 20),
      gap5: anchor(L.gap5, R.roofM, R.gapEdgeZ + 20),
      ladder: anchor(L.ladder, 0, R.ladderFaceZ + 3),
      ladderTop: anchor(L.ladder, R.ladderTopM, R.ladderFaceZ - 1.5, Math.PI),
      drop4: anchor(L.drop4, 4, R.dropEdgeZ + 6),
      drop12: anchor(L.drop12, 12, R.dropEdgeZ + 6),
    },
    bounds: { min: [-10, -1, -80], max: [90, 14, 20] },
  };
}
