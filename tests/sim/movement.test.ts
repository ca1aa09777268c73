import { describe, expect, it } from "vitest";
import { FIXED_DT } from "../../src/sim/core/time";
import { DEFAULT_PLAYER } from "../../src/sim/player/PlayerConfig";
import { TEST_BLOCK_M, TEST_STEP_M, TEST_WALL_FACE_Z } from "../../src/sim/world/levels/testRoom";
import { cmd, horizontalSpeed, run, simAt } from "./helpers";

const P = DEFAULT_PLAYER;

describe("player movement on the test room", () => {
  it("comes to rest on the ground with the eye at the standing height", () => {
    const sim = simAt("drop");
    run(sim, cmd(), 90);
    expect(sim.player.grounded).toBe(true);
    expect(Math.abs(sim.player.position.y + sim.player.eyeHeightM - P.standEyeM)).toBeLessThan(0.02);
    expect(Math.hypot(sim.player.velocity.x, sim.player.velocity.y, sim.player.velocity.z)).toBeLessThan(0.01);
  });

  it("walks at 4.5 m/s and sprints at 8 m/s (within 5 %)", () => {
    const sim = simAt("spawn");
    run(sim, cmd(1), 60);
    expect(horizontalSpeed(sim)).toBeGreaterThan(P.walkSpeedMps * 0.95);
    expect(horizontalSpeed(sim)).toBeLessThan(P.walkSpeedMps * 1.05);
    run(sim, cmd(1, 0, 0, "sprint"), 60);
    expect(horizontalSpeed(sim)).toBeGreaterThan(P.sprintSpeedMps * 0.95);
    expect(horizontalSpeed(sim)).toBeLessThan(P.sprintSpeedMps * 1.05);
  });

  it("jumps to the configured apex within 5 %", () => {
    const sim = simAt("spawn");
    run(sim, cmd(), 30);
    const y0 = sim.player.position.y;
    let apex = y0;
    sim.step(cmd(0, 0, 0, "jump"));
    run(sim, cmd(), 120, (s) => {
      apex = Math.max(apex, s.player.position.y);
    });
    expect(Math.abs(apex - y0 - P.jumpApexM) / P.jumpApexM).toBeLessThan(0.05);
    expect(sim.player.grounded).toBe(true);
  });

  it("climbs a 0.35 m step without jumping", () => {
    const sim = simAt("step");
    run(sim, cmd(1), 120);
    expect(sim.player.position.y).toBeCloseTo(TEST_STEP_M, 2);
    expect(sim.player.position.z).toBeLessThan(-6);
  });

  it("does not climb a 0.6 m block without jumping", () => {
    const sim = simAt("block");
    run(sim, cmd(1), 180);
    expect(sim.player.position.y).toBeLessThan(0.1);
    expect(sim.player.position.z).toBeGreaterThan(-5);
    // ...but a jump gets on top of it.
    run(sim, cmd(1, 0, 0, "jump"), 1);
    run(sim, cmd(1), 90);
    expect(sim.player.position.y).toBeCloseTo(TEST_BLOCK_M, 2);
  });

  it("never passes a wall sprinting into it for 10 s, stepped per tick", () => {
    const sim = simAt("wall");
    run(sim, cmd(1, 0, 0, "sprint"), 600, (s) => {
      expect(s.player.position.z).toBeGreaterThan(TEST_WALL_FACE_Z);
    });
    expect(sim.player.position.z - TEST_WALL_FACE_Z).toBeLessThan(P.radiusM + 0.05);
  });

  it("drives the same in 30 fps bursts as the app loop does (fixed step)", () => {
    const perTick = simAt("wall");
    run(perTick, cmd(1, 0, 0, "sprint"), 600);
    const bursts = simAt("wall");
    const c = cmd(1, 0, 0, "sprint");
    let acc = 0;
    while (bursts.tick < 600) {
      acc += 1 / 30;
      while (acc >= FIXED_DT - 1e-9 && bursts.tick < 600) {
        bursts.step(c);
        acc -= FIXED_DT;
        expect(bursts.player.position.z).toBeGreaterThan(TEST_WALL_FACE_Z);
      }
    }
    expect(bursts.stateHash()).toBe(perTick.stateHash());
  });

  it("slides along a wall when sprinting diagonally into it", () => {
    const sim = simAt("wall");
    const c = cmd(1, 0, -Math.PI / 4, "sprint");
    run(sim, c, 120);
    expect(sim.player.position.z - TEST_WALL_FACE_Z).toBeLessThan(P.radiusM + 0.05);
    const x0 = sim.player.position.x;
    run(sim, c, 60);
    expect(sim.player.position.x - x0).toBeGreaterThan(3);
    expect(sim.player.velocity.x).toBeGreaterThan(3);
  });

  it("does not stick to a wall in the air", () => {
    const sim = simAt("wall");
    run(sim, cmd(1, 0, 0, "sprint"), 120);
    sim.step(cmd(1, 0, 0, "sprint", "jump"));
    let airTicks = 0;
    run(sim, cmd(1, 0, 0, "sprint"), 120, (s) => {
      if (!s.player.grounded) airTicks++;
    });
    // A free jump lasts 2·v0/g ≈ 0.99 s; sticking would make it far longer.
    expect(airTicks * FIXED_DT).toBeLessThan(1.1);
    expect(sim.player.grounded).toBe(true);
  });

  it("cannot walk up a 60° slope holding forward for 5 s", () => {
    const sim = simAt("ramp60");
    let maxY = 0;
    run(sim, cmd(1, 0, 0, "sprint"), 300, (s) => {
      maxY = Math.max(maxY, s.player.position.y);
    });
    expect(maxY).toBeLessThan(0.5);
  });

  it("stands on a 45° slope without sliding and can walk up it", () => {
    const sim = simAt("ramp45Mid");
    run(sim, cmd(), 30);
    const p0 = { ...sim.player.position };
    run(sim, cmd(), 180);
    const p = sim.player.position;
    expect(Math.hypot(p.x - p0.x, p.y - p0.y, p.z - p0.z)).toBeLessThan(0.05);
    run(sim, cmd(1), 60);
    expect(sim.player.position.y).toBeGreaterThan(p0.y + 3);
  });

  it("crouching lowers the eye within about 0.1 s and slows the walk", () => {
    const sim = simAt("spawn");
    run(sim, cmd(), 30);
    run(sim, cmd(1, 0, 0, "crouch"), 8);
    expect(sim.player.eyeHeightM).toBeCloseTo(P.crouchEyeM, 3);
    run(sim, cmd(1, 0, 0, "crouch"), 60);
    expect(horizontalSpeed(sim)).toBeCloseTo(P.crouchSpeedMps, 2);
  });

  it("crouches under a 1.3 m ceiling and cannot stand up beneath it", () => {
    const sim = simAt("ceiling");
    run(sim, cmd(1, 0, 0, "crouch"), 120);
    expect(sim.player.position.z).toBeLessThan(-7);
    run(sim, cmd(), 30);
    expect(sim.player.crouched).toBe(true);
    expect(sim.player.eyeHeightM).toBeCloseTo(P.crouchEyeM, 3);
  });
});
