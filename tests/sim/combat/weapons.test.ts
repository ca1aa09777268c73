import { describe, expect, it } from "vitest";
import { WEAPONS } from "../../../src/sim/combat/CombatConfig";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { arenaSim, ofKind, press, steps } from "./helpers";

describe("Henry's weapons", () => {
  it("a rifle shot at a wall 20 m away lands within the configured spread", () => {
    const sim = arenaSim({ wallZ: -20 });
    const combat = sim.internals.combat;
    combat.arsenal.give("rifle", 90);
    combat.arsenal.switchTo("rifle", combat);
    steps(sim, neutralCmd(), 30);
    const w = WEAPONS.rifle;
    const angles: number[] = [];
    for (let i = 0; i < 40; i++) {
      if (sim.player.magazine === 0) {
        steps(sim, press("reload"), 1);
        steps(sim, neutralCmd(), 130);
      }
      const shots = ofKind(steps(sim, press("fire"), 1), "shot");
      // Let the aim kick recover fully before the next single shot.
      steps(sim, neutralCmd(), 20);
      expect(shots).toHaveLength(1);
      const s = shots[0];
      const d = [s.to[0] - s.from[0], s.to[1] - s.from[1], s.to[2] - s.from[2]];
      const len = Math.hypot(d[0], d[1], d[2]);
      expect(s.hit).toBe("world");
      expect(-s.to[2]).toBeCloseTo(20, 3);
      angles.push(Math.acos(-d[2] / len));
    }
    const max = Math.max(...angles);
    expect(max).toBeLessThanOrEqual(w.spreadRad + 1e-9);
    // Spread is really used: the shots do not all land on the centre.
    expect(max).toBeGreaterThan(w.spreadRad * 0.5);
  });

  it("magazine and reload counts are exact", () => {
    const sim = arenaSim({ wallZ: -20 });
    const p = WEAPONS.pistol;
    steps(sim, neutralCmd(), 5);
    expect(sim.player.magazine).toBe(12);
    expect(sim.player.reserve).toBe(36);
    // Semi-automatic: one shot per press, at most one per fire interval.
    for (let i = 0; i < 12; i++) {
      steps(sim, press("fire"), 1);
      steps(sim, neutralCmd(), Math.ceil(p.fireIntervalS * 60));
    }
    expect(sim.combat.stats.shotsFired).toBe(12);
    expect(sim.player.magazine).toBe(0);
    // The 13th press starts a reload instead of a shot.
    const ev = steps(sim, press("fire"), 1);
    expect(ofKind(ev, "shot")).toHaveLength(0);
    expect(ofKind(ev, "reload")[0].phase).toBe("start");
    const done = steps(sim, neutralCmd(), Math.ceil(p.reloadS * 60) + 1);
    const end = ofKind(done, "reload")[0];
    expect(end).toMatchObject({ phase: "end", magazine: 12, reserve: 24 });
    // A partial reload moves only what the magazine lacks.
    for (let i = 0; i < 5; i++) {
      steps(sim, press("fire"), 1);
      steps(sim, neutralCmd(), 12);
    }
    steps(sim, press("reload"), 1);
    steps(sim, neutralCmd(), Math.ceil(p.reloadS * 60) + 1);
    expect(sim.player.magazine).toBe(12);
    expect(sim.player.reserve).toBe(19);
    expect(sim.combat.stats.shotsFired).toBe(17);
  });

  it("an ammo pickup adds its rounds, and a dropped rifle is taken", () => {
    const sim = arenaSim();
    const combat = sim.internals.combat;
    combat.pickups.add("ammo", "pistol", 0, 0, -3);
    combat.pickups.add("weapon", "rifle", 0, 0, -6);
    const ev = steps(sim, press(), 1);
    const walk = neutralCmd();
    walk.moveY = 1;
    steps(sim, walk, 90, ev);
    const picks = ofKind(ev, "pickup");
    expect(picks[0]).toMatchObject({ item: "ammo", weapon: "pistol", rounds: WEAPONS.pistol.pickupRounds });
    expect(combat.arsenal.reserve[0]).toBe(36 + WEAPONS.pistol.pickupRounds);
    expect(picks[1]).toMatchObject({ item: "weapon", weapon: "rifle", rounds: WEAPONS.rifle.pickupRounds });
    expect(sim.player.weapon).toBe("rifle");
  });

  it("the punch knocks a mercenary back and staggers it", () => {
    const sim = arenaSim();
    const combat = sim.internals.combat;
    const m = combat.mercs.spawn(combat, { x: 0, z: -1.2, yawRad: 0, fight: 0 });
    expect(m).not.toBeNull();
    const ev = steps(sim, press("melee"), 1);
    expect(ofKind(ev, "melee")[0].hit).toBe("enemy");
    expect(m?.health).toBe(100 - 40);
    expect(m?.staggerS).toBeGreaterThan(0.5);
  });
});
