import { describe, expect, it } from "vitest";
import type { SimEvent } from "../../../src/sim/core/SimEvent";
import { BARREL_BLAST, blastFalloff, HENRY_BLAST_SCALE } from "../../../src/sim/combat/CombatConfig";
import type { LevelProp } from "../../../src/sim/world/Level";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { arenaSim, ofKind, steps } from "./helpers";

function crate(x: number): LevelProp {
  return { kind: "crate", position: [x, 0.3, -20], size: [0.6, 0.6, 0.6], massKg: 20, surface: "wood" };
}

describe("explosions", () => {
  it("impulse and damage fall with distance as configured; nothing beyond the radius is touched", () => {
    const xs = [1, 4, 7, 8.9, 9.5, 14];
    const sim = arenaSim({ props: xs.map(crate) });
    const combat = sim.internals.combat;
    // Mercenaries at the same distances on the other side of the blast.
    const mercs = xs.map((x) => combat.mercs.spawn(combat, { x: -x, z: -20, yawRad: 0, fight: 0 }));
    steps(sim, neutralCmd(), 90);
    const bodies = sim.internals.physics.propBodies;
    const before = bodies.map((b) => [b.position.x, b.position.y, b.position.z]);
    const cfg = BARREL_BLAST;
    const y = 0.3;
    combat.explode(0, y, -20, cfg);
    xs.forEach((_x, i) => {
      const b = bodies[i];
      const d = Math.hypot(before[i][0], before[i][1] - y, before[i][2] + 20);
      const f = blastFalloff(d, cfg);
      // Horizontal push: impulse · falloff / mass, along the line from the blast.
      expect(b.velocity.x).toBeCloseTo((cfg.impulseNs * f) / b.mass, 6);
      if (d >= cfg.radiusM) {
        expect(b.velocity.length()).toBe(0);
        expect(b.position.x).toBe(before[i][0]);
      }
      const m = mercs[i];
      expect(m).not.toBeNull();
      if (!m) return;
      const md = Math.hypot(m.body.position.x, m.body.position.y - y, m.body.position.z + 20);
      const expected = Math.max(0, 100 - cfg.damage * blastFalloff(md, cfg));
      if (m.alive) expect(m.health).toBeCloseTo(expected, 6);
      else expect(expected).toBe(0);
      if (md >= cfg.radiusM) expect(m.health).toBe(100);
    });
    // Monotone: nearer moves faster.
    const speeds = bodies.map((b) => b.velocity.x);
    for (let i = 1; i < speeds.length; i++) expect(speeds[i]).toBeLessThanOrEqual(speeds[i - 1]);
  });

  it("hurts Henry by distance (he is tough: a share of it) and tells the rig where it was", () => {
    const sim = arenaSim();
    const combat = sim.internals.combat;
    steps(sim, neutralCmd(), 30);
    combat.explode(0, 1, -5, BARREL_BLAST);
    const ev = steps(sim, neutralCmd(), 1);
    const ex = ofKind(ev, "explosion")[0];
    expect(ex.position).toEqual([0, 1, -5]);
    expect(ex.radiusM).toBe(BARREL_BLAST.radiusM);
    const d = Math.hypot(0, 1 - 1, 5);
    const expected = BARREL_BLAST.damage * blastFalloff(d, BARREL_BLAST) * HENRY_BLAST_SCALE;
    expect(100 - sim.player.health01 * 100).toBeCloseTo(expected, 1);
    const hit = ofKind(ev, "damage").find((e) => e.target === 0);
    expect(hit?.cause).toBe("explosion");
    // The blast was straight ahead.
    expect(Math.abs(hit?.bearingRad ?? 9)).toBeLessThan(0.05);
  });

  it("a red barrel shot twice goes off", () => {
    const barrel: LevelProp = { kind: "barrel", position: [0, 0.45, -10], size: [0.6, 0.9, 0.6], massKg: 60, surface: "metal" };
    const sim = arenaSim({ props: [barrel] });
    const aim = neutralCmd();
    aim.pitchRad = Math.atan2(0.45 - 1.7, 10);
    steps(sim, aim, 30);
    const ev: SimEvent[] = [];
    for (let i = 0; i < 3; i++) {
      aim.buttons = 8;
      steps(sim, aim, 1, ev);
      aim.buttons = 0;
      steps(sim, aim, 15, ev);
    }
    expect(ofKind(ev, "explosion")).toHaveLength(1);
  });
});
