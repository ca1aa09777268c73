import { describe, expect, it } from "vitest";
import { ARMY_WAVES } from "../../../src/content/army";
import type { Cue } from "../../../src/content/script";
import { ARMY } from "../../../src/sim/ai/ArmyConfig";
import { DIFFICULTIES } from "../../../src/sim/ai/MercConfig";
import { UNITS, unitDamage } from "../../../src/sim/ai/MercUnits";
import { type CoreSim, createSim } from "../../../src/sim/createSim";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { PieceAutopilot } from "../../../src/sim/script/PieceAutopilot";
import { levelForPiece } from "../../../src/sim/world/levels/index";
import { ofKind, play, roofSim } from "./helpers";

const still = (cmd: ReturnType<typeof neutralCmd>) => {
  cmd.moveX = 0;
  cmd.moveY = 0;
  cmd.buttons = 0;
};

function call(...groups: string[]): Cue[] {
  return groups.map((group) => ({ kind: "spawn", group, anchors: [...(ARMY_WAVES.find((w) => w.group === group)?.entries ?? [])] }));
}


function aliveNow(sim: CoreSim): number {
  let n = 0;
  for (const m of sim.combat.mercs) if (m.active && m.alive) n++;
  return n;
}

describe("the army's spawner", () => {
  for (const difficulty of DIFFICULTIES) {
    it(`${difficulty}: with every wave called at once, never more than ${ARMY.aliveCap[difficulty]} are alive, and that many come`, () => {
      const sim = roofSim(call(...ARMY_WAVES.map((w) => w.group)), difficulty, "deck");
      let most = 0;
      // Henry cannot be hurt here: the cap, not his death (a restart clears the roof), is what this measures.
      const health = sim.internals.combat.health;
      play(sim, 90 * 60, (c) => {
        still(c);
        health.health = health.config.maxHealth;
        most = Math.max(most, aliveNow(sim));
      }, neutralCmd());
      most = Math.max(most, aliveNow(sim));
      expect(most).toBe(ARMY.aliveCap[difficulty]);
      expect(sim.army?.maxAlive).toBe(ARMY.aliveCap[difficulty]);
      sim.dispose();
    });
  }

  it("while the telekinetic throws, fewer come at once: his throws are the fight", () => {
    const sim = roofSim([{ kind: "telekinetic", phase: "join", anchor: "akan.helipad" }, ...call(...ARMY_WAVES.map((w) => w.group))], "normal", "deck");
    let most = 0;
    play(
      sim,
      60 * 60,
      (c) => {
        still(c);
        most = Math.max(most, aliveNow(sim));
      },
      neutralCmd(),
    );
    expect(most).toBe(ARMY.aliveCapWithBoss.normal);
    expect(ARMY.aliveCapWithBoss.normal).toBeLessThan(ARMY.aliveCap.normal);
    sim.dispose();
  });

  it("a wave that hurt Henry is followed by a longer breather than one that did not", () => {
    /** Seconds from calling wave 2 to its first arrival, after a wave 1 in which Henry took `hurt`. */
    const breather = (hurt: number) => {
      const sim = roofSim([], "normal", "deck");
      const army = sim.internals.army;
      if (!army) throw new Error("no army");
      const combat = sim.internals.combat;
      // Every mercenary of wave 1 drops as he arrives (no one shoots back); Henry is hurt once.
      const mow = (c: ReturnType<typeof neutralCmd>) => {
        still(c);
        for (const m of combat.mercs.list) if (m.active && m.alive) combat.damageMerc(m.index, 1000, 0, "bullet", 0, 0, 1, 0);
        if (hurt > 0 && combat.stats.kills === 3) {
          combat.damageHenry(hurt, 0, 0, 0, "bullet");
          hurt = 0;
        }
      };
      army.call("wave.1");
      play(sim, 60 * 60, mow, neutralCmd(), () => army.remaining("wave.1") === 0);
      // The same pause in both runs (long enough for Henry's health to come back).
      play(sim, 10 * 60, still, neutralCmd());
      expect(combat.health.health01).toBe(1);
      expect(army.remaining("wave.1")).toBe(0);
      const called = sim.tick;
      army.call("wave.2");
      const events = play(sim, 30 * 60, still, neutralCmd(), () => army.alive > 0);
      const first = ofKind(events, "reinforcement")[0];
      sim.dispose();
      return (first.tick - called) / 60;
    };
    const calm = breather(0);
    const hard = breather(50);
    expect(calm).toBeGreaterThanOrEqual(ARMY.breatherS - 0.05);
    expect(hard - calm).toBeCloseTo(50 * ARMY.breatherPerDamageS, 1);
  });

  it("no one comes in while Henry is badly hurt, until his health is back over the resume mark", () => {
    const sim = roofSim([], "normal", "deck");
    const combat = sim.internals.combat;
    combat.health.health = combat.health.config.maxHealth * 0.2;
    combat.health.sinceHitS = 0;
    sim.internals.army?.call("wave.1");
    let healthAtFirst = -1;
    play(sim, 20 * 60, still, neutralCmd(), () => {
      if ((sim.army?.alive ?? 0) > 0 && healthAtFirst < 0) healthAtFirst = combat.health.health01;
      return healthAtFirst >= 0;
    });
    expect(healthAtFirst).toBeGreaterThanOrEqual(ARMY.resumeHealth01);
    sim.dispose();
  });

  it("ways in near Henry are not used", () => {
    // Henry stands right by the west lift; the wave may use it or others.
    const sim = roofSim(call("wave.4"), "normal", "lift.west");
    const events = play(sim, 40 * 60, still, neutralCmd());
    const arrivals = ofKind(events, "reinforcement");
    expect(arrivals.length).toBeGreaterThan(2);
    const lift = sim.level.anchors["lift.west"].position;
    for (const a of arrivals) expect(Math.hypot(a.position[0] - lift[0], a.position[2] - lift[2])).toBeGreaterThan(ARMY.minEntryDistM - 1);
    sim.dispose();
  });
});

describe("the heavier units", () => {
  it("waves 3 to 5 bring riot shields and a machine gunner; a shield stops most of a round from the front only", () => {
    expect(ARMY_WAVES[0].units.every((u) => u === "rifleman")).toBe(true);
    expect(ARMY_WAVES[2].units.filter((u) => u === "shield").length).toBe(2);
    expect(ARMY_WAVES[3].units).toContain("gunner");
    // Facing -Z (yaw 0): a round travelling +Z comes at his face, one travelling -Z at his back.
    expect(unitDamage("shield", 0, 40, "bullet", 0, 1)).toBeCloseTo(40 * (1 - UNITS.shield.frontArmour01), 6);
    expect(unitDamage("shield", 0, 40, "bullet", 0, -1)).toBe(40);
    expect(unitDamage("shield", 0, 40, "melee", 0, 1)).toBe(40);
    expect(unitDamage("rifleman", 0, 40, "bullet", 0, 1)).toBe(40);
    expect(UNITS.gunner.health).toBeGreaterThan(UNITS.rifleman.health * 2);
    expect(UNITS.gunner.burstShots).toBeGreaterThan(UNITS.rifleman.burstShots * 2);
  });
});

describe("the army piece under the autopilot", () => {
  for (const difficulty of DIFFICULTIES) {
    // Normal and easy: at most 2 deaths (the sweep's bar); hard may cost the bot a few more.
    const maxDeaths = difficulty === "hard" ? 4 : 2;
    it(`${difficulty}: finished with at most ${maxDeaths} deaths, and the number alive never above the cap`, () => {
      const sim = createSim({ level: levelForPiece("army", 1)!, seed: 1, piece: "army", difficulty });
      const pilot = new PieceAutopilot(sim);
      const cmd = neutralCmd();
      let most = 0;
      for (let t = 0; t < 540 * 60 && !sim.script?.finished; t++) {
        pilot.next(cmd);
        sim.step(cmd);
        sim.events.clear();
        most = Math.max(most, aliveNow(sim));
      }
      expect(sim.script?.finished).toBe(true);
      expect(sim.combat.stats.deaths).toBeLessThanOrEqual(maxDeaths);
      expect(sim.combat.stats.kills).toBeGreaterThanOrEqual(30);
      expect(most).toBeLessThanOrEqual(ARMY.aliveCap[difficulty]);
      // And the army did press: several at once, not one at a time.
      expect(most).toBeGreaterThanOrEqual(Math.min(4, ARMY.aliveCap[difficulty]));
      sim.dispose();
    }, 240_000);
  }
});
