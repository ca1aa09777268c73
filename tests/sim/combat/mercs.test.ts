import { describe, expect, it } from "vitest";
import { DIFFICULTY, MERC } from "../../../src/sim/ai/MercConfig";
import { MercState } from "../../../src/sim/ai/Merc";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { arenaSim, ofKind, press, steps } from "./helpers";

describe("mercenaries", () => {
  for (const level of ["easy", "normal", "hard"] as const) {
    it(`with line of sight, shoots within its reaction time (${level})`, () => {
      const sim = arenaSim({}, level);
      const combat = sim.internals.combat;
      // 15 m ahead, facing Henry (yaw π looks down +Z).
      combat.mercs.spawn(combat, { x: 0, z: -15, yawRad: Math.PI, fight: 0 });
      const ev = steps(sim, neutralCmd(), 120);
      const first = ofKind(ev, "shot").find((e) => e.shooter !== 0);
      expect(first).toBeDefined();
      // Perception runs every few ticks: the first look may come that late.
      const limit = DIFFICULTY[level].reactionS + MERC.perceptionPeriodTicks / 60 + 2 / 60;
      expect((first?.tick ?? 1e9) / 60).toBeLessThanOrEqual(limit);
      expect((first?.tick ?? 0) / 60).toBeGreaterThanOrEqual(DIFFICULTY[level].reactionS * 0.75 - 1e-9);
    });
  }

  it("through a wall it never sees Henry; hearing a shot, it searches", () => {
    const sim = arenaSim({ wallZ: -8 });
    const combat = sim.internals.combat;
    const m = combat.mercs.spawn(combat, { x: 0, z: -15, yawRad: Math.PI, fight: 0 });
    if (!m) throw new Error("no merc");
    const ev = steps(sim, neutralCmd(), 240);
    let everSaw = false;
    const states = new Set<number>();
    for (let i = 0; i < 600; i++) {
      steps(sim, i === 10 ? press("fire") : neutralCmd(), 1, ev);
      states.add(m.state);
      // While the wall stands between them (behind it and within its width), no sight.
      if (m.z < -8 && Math.abs(m.x) < 19) everSaw ||= m.sees;
    }
    expect(everSaw).toBe(false);
    expect(ofKind(ev, "shot").filter((e) => e.shooter !== 0 && e.tick < 250)).toHaveLength(0);
    // It heard the shot, knows where, and went looking (around the wall).
    expect(m.knows).toBe(true);
    expect(states.has(MercState.alert) || states.has(MercState.search)).toBe(true);
    expect(Math.hypot(m.x - 0, m.z + 15)).toBeGreaterThan(2);
  });

  it("a killed mercenary tumbles, drops its rifle and is cleaned up in time", () => {
    const sim = arenaSim();
    const combat = sim.internals.combat;
    const m = combat.mercs.spawn(combat, { x: 0, z: -6, yawRad: 0, fight: 0 });
    if (!m) throw new Error("no merc");
    combat.damageMerc(m.index, 500, 0, "bullet", 0, 0, -1, 250);
    const ev = steps(sim, neutralCmd(), 60);
    expect(m.alive).toBe(false);
    expect(ofKind(ev, "killed")[0].target).toBe(m.id);
    expect(sim.combat.pickups.some((p) => p.active && p.kind === "weapon")).toBe(true);
    // Tipped over: its up axis is far from vertical.
    const q = m.body.quaternion;
    const upY = 1 - 2 * (q.x * q.x + q.z * q.z);
    expect(upY).toBeLessThan(0.7);
    steps(sim, neutralCmd(), Math.ceil(MERC.corpseS * 60));
    expect(m.active).toBe(false);
    expect(combat.mercs.corpses).toBe(0);
  });
});
