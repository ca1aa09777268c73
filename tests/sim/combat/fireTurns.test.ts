import { describe, expect, it } from "vitest";
import { DIFFICULTY } from "../../../src/sim/ai/MercConfig";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { arenaSim, ofKind, steps } from "./helpers";

describe("how many mercenaries shoot at once", () => {
  // Awakening seeds 12, 20, 22, 26, 37, 39, 40, 41 and 49 died in the first second of the
  // lab fight: five mercenaries at 10-15 m all opened fire 0.5 s after seeing Henry.
  for (const level of ["easy", "normal", "hard"] as const) {
    it(`of five in plain sight, at most ${DIFFICULTY[level].maxShooters} fire at a time, and the turn passes round (${level})`, () => {
      const sim = arenaSim({}, level);
      const combat = sim.internals.combat;
      for (let k = 0; k < 5; k++) combat.mercs.spawn(combat, { x: -6 + 3 * k, z: -12 - (k % 2) * 2, yawRad: Math.PI, fight: 0 });
      const max = DIFFICULTY[level].maxShooters;
      const firstTwoS = new Set<number>();
      const ever = new Set<number>();
      for (let t = 0; t < 10 * 60; t++) {
        // Henry stands and takes it (kept alive, so the fight goes on).
        combat.health.health = 100;
        const ev = steps(sim, neutralCmd(), 1);
        const turns = combat.mercs.list.filter((m) => m.active && m.alive && m.fireTurn);
        expect(turns.length).toBeLessThanOrEqual(max);
        for (const shot of ofKind(ev, "shot")) {
          const m = combat.mercs.list.find((x) => x.id === shot.shooter)!;
          expect(m.fireTurn).toBe(true);
          if (t < 120) firstTwoS.add(m.index);
          ever.add(m.index);
        }
      }
      expect(firstTwoS.size).toBeGreaterThan(0);
      expect(firstTwoS.size).toBeLessThanOrEqual(max);
      // Turns rotate: more of the five get to shoot over ten seconds than hold a turn at once.
      expect(ever.size).toBeGreaterThan(max);
    });
  }
});
