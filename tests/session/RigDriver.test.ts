import { describe, expect, it } from "vitest";
import { GameSession } from "../../src/session/GameSession";
import type { CmdSource } from "../../src/session/StepObserver";
import { RigDriver } from "../../src/session/RigDriver";
import { defaultComfort } from "../../src/rig/comfort";
import { loadPreset, type PresetId } from "../../src/rig/presets";
import { createSim } from "../../src/sim/createSim";
import { Buttons, type InputCmd } from "../../src/sim/input/InputCmd";
import type { Sim } from "../../src/sim/SimTypes";
import { makeStreetLevel } from "../../src/sim/world/levels/street";

/** A scripted run: sprint, jump, strafe, turn, fire the test blast and recoil keys. */
const script: CmdSource = {
  next(sim: Sim, cmd: InputCmd) {
    const t = sim.tick;
    cmd.moveY = t < 500 ? 1 : -0.5;
    cmd.moveX = Math.sin(t / 40);
    cmd.yawRad = Math.sin(t / 90) * 0.8;
    cmd.pitchRad = 0;
    cmd.buttons = (t % 120 < 60 ? Buttons.sprint : 0) | (t % 150 === 0 ? Buttons.jump : 0) | (t % 200 === 10 ? Buttons.testBlast : 0) | (t % 97 === 5 ? Buttons.testRecoil : 0);
  },
};

function run(preset: PresetId, ticks: number): { hash: string; maxPitchRad: number } {
  const sim = createSim({ level: makeStreetLevel(3), seed: 3 });
  const driver = new RigDriver(loadPreset(preset), defaultComfort(), 90, 3);
  const session = new GameSession({ piece: null, sim, source: script, autopilot: true, rig: driver });
  let maxPitch = 0;
  session.observe({ afterStep: () => (maxPitch = Math.max(maxPitch, Math.abs(driver.rig.pose.pitchRad))) });
  for (let i = 0; i < ticks; i++) session.step();
  const hash = sim.stateHash();
  session.dispose();
  return { hash, maxPitchRad: maxPitch };
}

describe("the rig never changes the simulation", () => {
  it("a run stepped with stuntman and with off ends in the same state hash", () => {
    const a = run("stuntman", 900);
    const b = run("off", 900);
    const c = run("comfort", 900);
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(b.hash).toBe(a.hash);
    expect(c.hash).toBe(a.hash);
    // ... while the camera really did move differently.
    expect(a.maxPitchRad).toBeGreaterThan(0.01);
    expect(b.maxPitchRad).toBe(0);
  });
});

describe("operator changes", () => {
  it("a pinned preset ignores operator changes; an unpinned one cross-fades", () => {
    const pinned = new RigDriver(loadPreset("stuntman"), defaultComfort(), 90, 1, true);
    expect(pinned.setOperator(loadPreset("operator"), 1)).toBe(false);
    const free = new RigDriver(loadPreset("stuntman"), defaultComfort(), 90, 1, false);
    expect(free.setOperator(loadPreset("operator"), 1)).toBe(true);
  });
});

describe("glass and the head", () => {
  /** The largest roll of the head over a second after one glass event. */
  function rollAfter(cause: "sprint" | "bullet", hit: [number, number, number]): number {
    const sim = createSim({ level: makeStreetLevel(3), seed: 3 });
    const driver = new RigDriver(loadPreset("stuntman"), defaultComfort(), 90, 3);
    driver.onEvent({ kind: "glass", tick: 0, pane: 0, box: 0, position: hit, hit, cause, sizeM: [1.4, 2.2] }, sim);
    let roll = 0;
    for (let i = 0; i < 60; i++) {
      driver.afterStep(sim);
      roll = Math.max(roll, Math.abs(driver.rig.pose.rollRad));
    }
    sim.dispose();
    return roll;
  }

  it("Henry through a pane at a run jolts the head; a pane breaking far off does not", () => {
    const p = makeStreetLevel(3).anchors.spawn.position;
    const through = rollAfter("sprint", [p[0], p[1] + 1.1, p[2] - 0.5]);
    const far = rollAfter("bullet", [p[0] + 30, p[1] + 1.1, p[2]]);
    expect(through).toBeGreaterThan(0.5 * (Math.PI / 180));
    expect(through).toBeGreaterThan(far * 3);
  });
});
