import { describe, expect, it } from "vitest";
import { MOVE_KINDS } from "../../../src/sim/player/ForcedMove";
import { createBodyInput } from "../../../src/view/bodies/BodyInput";
import { FigurePose } from "../../../src/view/bodies/FigurePose";
import { LEG_MODES } from "../../../src/view/bodies/legModes";
import { Bone } from "../../../src/view/bodies/skeleton";

const DT = 1 / 60;

/**
 * Runs a figure at 5 m/s on flat ground for a second, then holds `move` at `progress01`
 * for 0.3 s (every mode's blend is shorter); returns the feet's and the pelvis's heights
 * above the ground, metres.
 */
function heightsIn(move: string, progress01: number) {
  const fp = new FigurePose(3);
  const inp = createBodyInput();
  inp.vz = -5;
  for (let t = 0; t < 78; t++) {
    inp.z += inp.vz * DT;
    if (t >= 60) {
      inp.move = move;
      inp.moveProgress01 = progress01;
    }
    fp.step(inp, DT, t);
  }
  const p = fp.skel.world.p;
  return { feetM: Math.min(p[Bone.footL].y, p[Bone.footR].y), pelvisM: p[Bone.pelvis].y };
}

describe("parkour legs: the body's legs follow the move (Henry's under the camera, the courier's)", () => {
  it("has a leg mode for every parkour move the player controller makes", () => {
    const missing = MOVE_KINDS.filter((k) => k !== "none" && !LEG_MODES[k]);
    expect(missing).toEqual([]);
  });

  it("over a vault both feet come up off the ground (tucked over the box); running they are on it", () => {
    const run = heightsIn("ground", 0);
    const vault = heightsIn("vault", 0.45);
    expect(run.feetM).toBeLessThan(0.2);
    expect(vault.feetM).toBeGreaterThan(0.35);
  });

  it("a landing roll folds the body: the pelvis drops under 0.6 m, then comes back up as it ends", () => {
    const stand = heightsIn("ground", 0).pelvisM;
    const mid = heightsIn("roll", 0.5).pelvisM;
    const end = heightsIn("roll", 1).pelvisM;
    expect(mid).toBeLessThan(0.6);
    expect(end).toBeGreaterThan(mid + 0.2);
    expect(end).toBeLessThan(stand);
  });

  it("up a mantle a knee comes up to the ledge: one foot at least 0.25 m higher than the other", () => {
    const fp = new FigurePose(4);
    const inp = createBodyInput();
    inp.move = "mantle";
    inp.moveProgress01 = 0.55;
    for (let t = 0; t < 30; t++) fp.step(inp, DT, t);
    const p = fp.skel.world.p;
    expect(Math.abs(p[Bone.footL].y - p[Bone.footR].y)).toBeGreaterThan(0.25);
  });
});
