import { describe, expect, it } from "vitest";
import { THROW, thrownDamage } from "../../../src/sim/combat/CombatConfig";
import type { LevelProp } from "../../../src/sim/world/Level";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { arenaSim, ofKind, press, steps } from "./helpers";

describe("throwing", () => {
  it("a crate thrown at 10 m/s does the damage its formula says", () => {
    const crate: LevelProp = { kind: "crate", position: [0, 1.2, -3], size: [0.6, 0.6, 0.6], massKg: 20, surface: "wood" };
    const sim = arenaSim({ props: [crate] });
    const combat = sim.internals.combat;
    const m = combat.mercs.spawn(combat, { x: 0, z: -8, yawRad: 0, fight: 0 });
    if (!m) throw new Error("no merc");
    const b = sim.internals.physics.propBodies[0];
    b.position.set(0, 1.2, -3);
    b.velocity.set(0, 0, -10);
    combat.holding.launch(0);
    const ev = steps(sim, neutralCmd(), 60);
    const hit = ofKind(ev, "damage").find((e) => e.target === m.id);
    expect(hit).toBeDefined();
    const speed = hit?.impactSpeedMps ?? 0;
    expect(speed).toBeGreaterThan(9.9);
    expect(speed).toBeLessThan(10.3);
    expect(hit?.amount).toBeCloseTo(thrownDamage(20, speed), 9);
    // 2 · √20 · (10 − 2) ≈ 71.6 at exactly 10 m/s.
    expect(thrownDamage(20, 10)).toBeCloseTo(THROW.damagePerSqrtKgMps * Math.sqrt(20) * 8, 9);
    expect(m.health).toBeCloseTo(100 - (hit?.amount ?? 0), 9);
  });

  it("use grabs the prop in front and throws it along the look", () => {
    const bottle: LevelProp = { kind: "bottle", position: [0, 0.15, -1.2], size: [0.08, 0.3, 0.08], massKg: 0.6, surface: "glass" };
    const sim = arenaSim({ props: [bottle] });
    const down = neutralCmd();
    down.pitchRad = -0.6;
    steps(sim, down, 30);
    const grab = steps(sim, { ...down, buttons: press("use").buttons }, 1);
    expect(ofKind(grab, "grab")[0].what).toBe("bottle");
    expect(sim.player.holding).toBe("bottle");
    expect(sim.player.weapon).toBeNull();
    steps(sim, neutralCmd(), 5);
    const thr = steps(sim, press("use"), 1);
    const t = ofKind(thr, "throw")[0];
    expect(t.speedMps).toBe(THROW.maxSpeedMps);
    const b = sim.internals.physics.propBodies[0];
    expect(b.velocity.z).toBeLessThan(-THROW.maxSpeedMps * 0.9);
    expect(sim.player.holding).toBe("none");
  });
});
