import { describe, expect, it } from "vitest";
import { defaultComfort } from "../../src/rig/comfort";
import { loadPreset } from "../../src/rig/presets";
import { GameSession } from "../../src/session/GameSession";
import type { CmdSource } from "../../src/session/StepObserver";
import { RigDriver } from "../../src/session/RigDriver";
import { createViewFrame, writeSessionFrame } from "../../src/session/ViewFrame";
import { createSim } from "../../src/sim/createSim";
import { Buttons } from "../../src/sim/input/InputCmd";
import { makeStreetLevel } from "../../src/sim/world/levels/street";

/** Sprints ahead, turning slowly left. */
const sprint: CmdSource = {
  next(sim, cmd) {
    cmd.moveY = 1;
    cmd.yawRad = sim.tick * 0.004;
    cmd.buttons = Buttons.sprint;
  },
};

function session(autopilot: boolean, withRig = true): GameSession {
  const sim = createSim({ level: makeStreetLevel(1), seed: 1 });
  const rig = withRig ? new RigDriver(loadPreset("stuntman"), defaultComfort(), 90, 1) : null;
  return new GameSession({ piece: null, sim, source: sprint, autopilot, rig });
}

describe("one path from a stepped session to a frame", () => {
  it("the eye moves smoothly between two ticks: half way at alpha 0.5, at the newest feet plus eye height at 1", () => {
    const s = session(true);
    for (let i = 0; i < 120; i++) s.step();
    const f = createViewFrame();
    writeSessionFrame(f, s, 0, null);
    const z0 = f.eye.z;
    writeSessionFrame(f, s, 1, null);
    const z1 = f.eye.z;
    // Sprinting at about 8 m/s: a tick moves the eye about 13 cm.
    expect(Math.abs(z1 - z0)).toBeGreaterThan(0.08);
    writeSessionFrame(f, s, 0.5, null);
    expect(f.eye.z).toBeCloseTo((z0 + z1) / 2, 6);
    writeSessionFrame(f, s, 1, null);
    const p = s.sim.player;
    expect(f.eye.x).toBeCloseTo(p.position.x, 6);
    expect(f.eye.y - p.position.y).toBeGreaterThan(1.4);
    expect(f.eye.y - p.position.y).toBeLessThan(1.9);
    s.dispose();
  });

  it("under autopilot the camera looks along the stepped command; with hands it looks along the newest mouse angles", () => {
    const auto = session(true);
    for (let i = 0; i < 60; i++) auto.step();
    const f = createViewFrame();
    writeSessionFrame(f, auto, 1, { yawRad: 2, pitchRad: 0.3 });
    expect(f.yawRad).toBeCloseTo(59 * 0.004, 9);
    expect(f.pitchRad).toBe(0);
    const played = session(false);
    for (let i = 0; i < 60; i++) played.step();
    writeSessionFrame(f, played, 1, { yawRad: 2, pitchRad: 0.3 });
    expect(f.yawRad).toBe(2);
    expect(f.pitchRad).toBe(0.3);
    auto.dispose();
    played.dispose();
  });

  it("the rig's head motion and lens reach the frame, and a lens effect switched off in settings reads 0", () => {
    const s = session(true);
    let maxBob = 0;
    const f = createViewFrame();
    for (let i = 0; i < 180; i++) {
      s.step();
      writeSessionFrame(f, s, 1, null);
      maxBob = Math.max(maxBob, Math.abs(f.rigOffsetM.y), Math.abs(f.rigRollRad));
    }
    expect(maxBob).toBeGreaterThan(0.002);
    expect(f.lens.barrel).toBeGreaterThan(0);
    writeSessionFrame(f, s, 1, null, { barrel: false, vignette: true, chromatic: true });
    expect(f.lens.barrel).toBe(0);
    expect(f.lens.vignette).toBeGreaterThan(0);
    // Without a rig the eye sits at the core's eye height and nothing is added.
    const bare = session(true, false);
    for (let i = 0; i < 10; i++) bare.step();
    const g = createViewFrame();
    writeSessionFrame(g, bare, 1, null);
    expect(g.eye.y - bare.sim.player.position.y).toBeCloseTo(bare.sim.player.eyeHeightM, 6);
    expect(g.rigRollRad).toBe(0);
    s.dispose();
    bare.dispose();
  });
});
