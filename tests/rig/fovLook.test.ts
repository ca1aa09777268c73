import { describe, expect, it } from "vitest";
import { defaultComfort } from "../../src/rig/comfort";
import { Rig } from "../../src/rig/Rig";
import { loadPreset } from "../../src/rig/presets";
import { createRigSignals } from "../../src/rig/RigSignals";

/** The rig's FOV after `seconds` standing or sprinting. */
function fovAfter(fovLook: "player" | "preset", playerFovDeg: number, sprinting: boolean, sprintFovDeg = 0, seconds = 2): number {
  const rig = new Rig({ settings: loadPreset("stuntman"), comfort: { ...defaultComfort(), sprintFovDeg }, playerFovDeg, fovLook });
  const s = createRigSignals();
  s.grounded = true;
  s.sprinting = sprinting;
  s.velocityMps.z = sprinting ? 8 : 0;
  for (let i = 0; i < seconds * 60; i++) rig.step(s, 1 / 60);
  return rig.pose.fovDeg;
}

describe("the field of view in play is the player's", () => {
  it("90 gives 90 and 110 gives 110 under the stuntman (whose own look adds 15°)", () => {
    expect(fovAfter("player", 90, false)).toBeCloseTo(90, 6);
    expect(fovAfter("player", 110, false)).toBeCloseTo(110, 6);
    // The preset's look (the Lab, footage) still adds its offset.
    expect(fovAfter("preset", 90, false)).toBeCloseTo(105, 6);
  });

  it("sprint widening is the player's own setting: none by default, the chosen degrees when set", () => {
    expect(fovAfter("player", 90, true)).toBeCloseTo(90, 6);
    expect(fovAfter("player", 90, true, 6)).toBeCloseTo(96, 3);
    // And it eases back once the sprint ends.
    const rig = new Rig({ settings: loadPreset("stuntman"), comfort: { ...defaultComfort(), sprintFovDeg: 6 }, playerFovDeg: 90, fovLook: "player" });
    const s = createRigSignals();
    s.grounded = true;
    s.sprinting = true;
    for (let i = 0; i < 120; i++) rig.step(s, 1 / 60);
    s.sprinting = false;
    for (let i = 0; i < 120; i++) rig.step(s, 1 / 60);
    expect(rig.pose.fovDeg).toBeCloseTo(90, 3);
  });
});
