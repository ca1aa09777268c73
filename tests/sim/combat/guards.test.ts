import { describe, expect, it } from "vitest";
import { CLOUD } from "../../../src/sim/combat/Clouds";
import { MercRole } from "../../../src/sim/ai/Merc";
import { createSim } from "../../../src/sim/createSim";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import type { LevelProp } from "../../../src/sim/world/Level";
import { makeOfficeLevel } from "../../../src/sim/world/levels/office";
import { OFFICE_STOREY_M } from "../../../src/sim/world/moscow/officeKit";
import { arenaSim, ofKind, steps } from "./helpers";

describe("guards and what blinds them", () => {
  it("an extinguisher hit once bursts into a cloud that hides Henry from a guard for a few seconds", () => {
    const ext: LevelProp = { kind: "extinguisher", position: [0, 0.275, -5], size: [0.18, 0.55, 0.18], massKg: 7, surface: "metal" };
    const sim = arenaSim({ props: [ext] });
    const combat = sim.internals.combat;
    const m = combat.mercs.spawn(combat, { x: 0, z: -10, yawRad: Math.PI, fight: 0 });
    if (!m) throw new Error("no guard");
    steps(sim, neutralCmd(), 12);
    expect(m.sees).toBe(true);
    combat.damageProp(0, 1);
    const ev = steps(sim, neutralCmd(), 12);
    expect(ofKind(ev, "cloud")).toHaveLength(1);
    expect(m.sees).toBe(false);
    // A second hit does not burst it again.
    combat.damageProp(0, 1);
    expect(ofKind(steps(sim, neutralCmd(), 1), "cloud")).toHaveLength(0);
    // The line from where he stood to Henry's eyes is hidden for the cloud's life, then clear.
    let hidden = 0;
    for (let t = 0; t < CLOUD.lifeS * 60 + 30; t++) {
      steps(sim, neutralCmd(), 1);
      if (!combat.canSee(0, 1.6, -10, 0, 1.7, 0)) hidden++;
    }
    expect(hidden / 60).toBeGreaterThan(CLOUD.lifeS - 0.3);
    expect(hidden / 60).toBeLessThan(CLOUD.lifeS + 0.2);
    expect(combat.canSee(0, 1.6, -10, 0, 1.7, 0)).toBe(true);
  });

  it("a holder keeps his post, and falls back a floor up by the stairs when Henry comes near", () => {
    const level = makeOfficeLevel(1);
    const sim = createSim({ level, seed: 1, fights: [] });
    const combat = sim.internals.combat;
    const post = level.anchors["post.lobby.1"].position;
    const back = level.anchors["post.back.lobby.1"].position;
    const m = combat.mercs.spawn(combat, { x: post[0], y: post[1], z: post[2], yawRad: 0, fight: 0, role: MercRole.hold, fallback: back });
    if (!m) throw new Error("no guard");
    const b = combat.henry.body;
    // Henry far off in the corridor, heard: the holder stays at his post.
    b.position.set(14, 0.05, 7.5);
    combat.noise(14, 1.6, 7.5, 45);
    for (let t = 0; t < 180; t++) {
      combat.health.revive();
      sim.step(neutralCmd());
    }
    expect(Math.hypot(m.x - post[0], m.z - post[2])).toBeLessThan(1.5);
    expect(m.y).toBeCloseTo(0, 3);
    // Henry walks up to the desk: the holder goes up the west stairs to the post behind.
    b.position.set(post[0] + 4, 0.05, post[2] + 4);
    let upstairs = -1;
    for (let t = 0; t < 60 * 30 && upstairs < 0; t++) {
      combat.health.revive();
      sim.step(neutralCmd());
      if (Math.abs(m.y - OFFICE_STOREY_M) < 0.05 && Math.hypot(m.x - back[0], m.z - back[2]) < 1.5) upstairs = t;
    }
    expect(upstairs).toBeGreaterThan(0);
    expect(m.alive).toBe(true);
  }, 60_000);
});
