import { describe, expect, it } from "vitest";
import type { SimEvent } from "../../src/sim/core/SimEvent";
import { DEFAULT_PARKOUR, fallDamage } from "../../src/sim/player/ParkourConfig";
import { DEFAULT_PLAYER } from "../../src/sim/player/PlayerConfig";
import type { Sim } from "../../src/sim/SimTypes";
import { makeParkourRoom, PARKOUR_ROOM } from "../../src/sim/world/levels/parkourRoom";
import { cmd, horizontalSpeed, run, simAt } from "./helpers";

const PK = DEFAULT_PARKOUR;
const R = PARKOUR_ROOM;
const room = makeParkourRoom();
const at = (anchor: string): Sim => simAt(anchor, room);
const sprint = cmd(1, 0, 0, "sprint");
const sprintJump = cmd(1, 0, 0, "sprint", "jump");

/** Sprints from an anchor; presses jump on the tick `offset` ticks after the last one on the ground of a dry run (negative: before). */
function sprintAndLeap(anchor: string, offset: number): Sim {
  const dry = at(anchor);
  let leaveTick = -1;
  while (leaveTick < 0 && dry.tick < 600) {
    dry.step(sprint);
    if (!dry.player.grounded) leaveTick = dry.tick;
  }
  const sim = at(anchor);
  // One second past the edge: landed on the far roof or fallen into the gap.
  while (sim.tick < leaveTick + 60) sim.step(sim.tick === leaveTick + offset - 1 ? sprintJump : sprint);
  return sim;
}

describe("vault", () => {
  it("over a 1.0 m box at a sprint keeps at least 70 % of the run speed, in a fixed-length move", () => {
    const sim = at("vault");
    run(sim, sprint, 60);
    const runSpeed = horizontalSpeed(sim);
    expect(runSpeed).toBeCloseTo(DEFAULT_PLAYER.sprintSpeedMps, 1);
    let start = -1;
    let end = -1;
    let minSpeed = Number.POSITIVE_INFINITY;
    let peakY = 0;
    for (let i = 0; i < 180; i++) {
      // The press comes 2 m short of the box: the vault waits for its spot.
      const press = sim.player.position.z < R.vaultFaceZ + 2 && sim.player.position.z > R.vaultFaceZ + 1.8;
      sim.step(press ? sprintJump : sprint);
      if (sim.player.move === "vault" && start < 0) start = sim.tick;
      if (start >= 0 && end < 0 && sim.player.move !== "vault") end = sim.tick;
      if (start >= 0 && (end < 0 || sim.tick < end + 18)) minSpeed = Math.min(minSpeed, horizontalSpeed(sim));
      peakY = Math.max(peakY, sim.player.position.y);
    }
    expect(sim.moveStats.vaults).toBe(1);
    expect(end - start).toBe(Math.round(PK.vaultS * 60));
    expect(minSpeed / runSpeed).toBeGreaterThanOrEqual(0.7);
    expect(peakY).toBeGreaterThan(R.vaultBoxM);
    // Over it and back on the ground beyond, running.
    expect(sim.player.position.z).toBeLessThan(R.vaultFaceZ - R.vaultDepthM - 5);
    expect(sim.player.position.y).toBeCloseTo(0, 2);
  });

  it("needs a run: from a standstill the press at the box is a plain jump", () => {
    const sim = at("vault");
    while (sim.player.position.z > R.vaultFaceZ + 0.6 && sim.tick < 300) sim.step(cmd(1));
    run(sim, cmd(), 30);
    expect(horizontalSpeed(sim)).toBeLessThan(0.5);
    sim.events.clear();
    sim.step(cmd(0, 0, 0, "jump"));
    const kinds: string[] = [];
    sim.events.drain((e: SimEvent) => kinds.push(e.kind));
    expect(kinds).toContain("jumped");
    run(sim, cmd(), 60);
    expect(sim.moveStats.vaults).toBe(0);
  });
});

describe("mantle", () => {
  for (const [anchor, heightM, makes] of [
    ["mantle20", 2.0, true],
    ["mantle23", 2.3, false],
  ] as const) {
    it(`a ${heightM} m ledge ${makes ? "is" : "is not"} pulled up onto from standing, holding jump`, () => {
      const sim = at(anchor);
      run(sim, cmd(), 20);
      let maxY = 0;
      run(sim, cmd(0, 0, 0, "jump"), 150, (s) => {
        maxY = Math.max(maxY, s.player.position.y);
      });
      run(sim, cmd(1), 30);
      if (makes) {
        expect(sim.moveStats.mantles).toBe(1);
        expect(sim.player.position.y).toBeCloseTo(heightM, 2);
        expect(sim.player.grounded).toBe(true);
      } else {
        expect(sim.moveStats.mantles).toBe(0);
        // It jumped (to its 1.2 m apex) and came back down.
        expect(maxY).toBeGreaterThan(1.1);
        expect(maxY).toBeLessThan(1.3);
        expect(sim.player.position.y).toBeLessThan(0.05);
      }
    });
  }

  it("reports the hands' ledge height and its progress while pulling up", () => {
    const sim = at("mantle20");
    run(sim, cmd(), 20);
    sim.step(cmd(0, 0, 0, "jump"));
    run(sim, cmd(), 10);
    expect(sim.player.move).toBe("mantle");
    expect(sim.player.ledgeTopY).toBeCloseTo(2.0, 2);
    expect(sim.player.moveProgress01).toBeGreaterThan(0.2);
    expect(sim.player.moveProgress01).toBeLessThan(0.6);
  });
});

describe("gap jumps", () => {
  it("a 4 m gap is made at sprint speed from a fair window of presses (the edge assist holds early ones)", () => {
    const made: number[] = [];
    for (let offset = -12; offset <= 6; offset++) {
      const sim = sprintAndLeap("gap4", offset);
      if (sim.player.grounded && sim.player.position.y > R.roofM - 0.1 && sim.player.position.z < R.gapEdgeZ - 4) made.push(offset);
    }
    // Pressed anywhere from 12 ticks (1.6 m) before the edge to a tick or two after it.
    expect(made.length).toBeGreaterThanOrEqual(13);
    expect(made).toContain(0);
    expect(made).toContain(-10);
  });

  it("a 5 m gap is not made at sprint speed, whenever jump is pressed", () => {
    for (let offset = -20; offset <= 8; offset++) {
      const sim = sprintAndLeap("gap5", offset);
      expect(sim.player.position.y, `press at ${offset}`).toBeLessThan(R.roofM - 1);
      expect(sim.moveStats.gapJumps).toBe(0);
    }
  });

  it("a leap is low and long: it rises less than a jump and carries more of the run", () => {
    const sim = at("gap4");
    let apex = 0;
    let airSpeed = 0;
    while (sim.tick < 300) {
      const p = sim.player.position;
      sim.step(p.z < R.gapEdgeZ + 0.5 && p.z > R.gapEdgeZ ? sprintJump : sprint);
      if (sim.player.move === "leap") {
        apex = Math.max(apex, sim.player.position.y - R.roofM);
        airSpeed = horizontalSpeed(sim);
      }
    }
    expect(sim.moveStats.gapJumps).toBe(1);
    expect(apex).toBeGreaterThan(PK.leapApexM * 0.9);
    expect(apex).toBeLessThan(PK.leapApexM * 1.05);
    expect(apex).toBeLessThan(DEFAULT_PLAYER.jumpApexM);
    expect(airSpeed).toBeCloseTo(PK.leapCarryMps, 2);
  });

  it("a 5 m gap is not made at a walk either (a jump carries at most 3.9 m/s)", () => {
    for (let offset = -8; offset <= 6; offset++) {
      const dry = at("gap5");
      while (dry.player.grounded && dry.tick < 600) dry.step(cmd(1));
      const edge = dry.tick;
      const sim = at("gap5");
      while (sim.tick < 500) sim.step(sim.tick === edge + offset - 1 ? cmd(1, 0, 0, "jump") : cmd(1));
      expect(sim.player.position.y, `press at ${offset}`).toBeLessThan(0.1);
    }
  });
});

describe("ladders", () => {
  it("are climbed at their set speed, with a rung every 0.3 m, and stepped off at the top", () => {
    const sim = at("ladder");
    const rungs: number[] = [];
    const speeds: number[] = [];
    let grabbed = -1;
    let topped = -1;
    run(sim, cmd(1), 190, (s) => {
      s.events.drain((e: SimEvent) => {
        if (e.kind === "rung") rungs.push(e.tick);
      });
      if (s.player.move === "ladder") {
        if (grabbed < 0) grabbed = s.tick;
        speeds.push(s.player.velocity.y);
      }
      if (s.player.move === "ladderTop" && topped < 0) topped = s.tick;
    });
    expect(sim.moveStats.climbs).toBe(1);
    expect(topped).toBeGreaterThan(grabbed);
    // 3 m of rungs (the last metre is the step off) at 2 m/s: 1.5 s.
    expect(speeds.length).toBeGreaterThan(85);
    for (const v of speeds.slice(2)) expect(v).toBeCloseTo(PK.ladderClimbMps, 6);
    // 0.3 m at 2 m/s: a rung every 9 ticks.
    const gaps = rungs.slice(1).map((t, i) => t - rungs[i]);
    for (const g of gaps) expect(g).toBe(9);
    expect(sim.player.position.y).toBeCloseTo(R.ladderTopM, 2);
    expect(sim.player.position.z).toBeLessThan(R.ladderFaceZ - 1);
    expect(sim.player.grounded).toBe(true);
  });

  it("are climbed down from the top, and let go of at any rung with a jump", () => {
    const sim = at("ladderTop");
    // Walk back toward the edge above the ladder (facing away from the wall).
    run(sim, cmd(1, 0, Math.PI), 40);
    expect(sim.player.move === "ladder" || sim.player.move === "ladderOn").toBe(true);
    run(sim, cmd(1, 0, Math.PI), 30);
    const y = sim.player.position.y;
    expect(y).toBeLessThan(R.ladderTopM - 1.5);
    sim.step(cmd(0, 0, 0, "jump"));
    expect(sim.player.move).toBe("none");
    run(sim, cmd(), 90);
    expect(sim.player.position.y).toBeCloseTo(0, 2);
    expect(sim.player.position.z).toBeGreaterThan(R.ladderFaceZ + 0.5);
  });
});

describe("landing roll and falls", () => {
  function drop(anchor: string, roll: boolean): { sim: Sim; minHealth: number; rolled: boolean; speedAfter: number } {
    const sim = at(anchor);
    run(sim, cmd(), 20);
    let minHealth = 1;
    let rolled = false;
    let landedAt = -1;
    let speedAfter = 0;
    run(sim, cmd(1), 400, (s) => {
      s.events.drain((e: SimEvent) => {
        if (e.kind === "landed" && e.impactSpeedMps > 5) {
          rolled = e.rolled === true;
          landedAt = e.tick;
        }
      });
      if (landedAt >= 0 && s.tick === landedAt + 12) speedAfter = horizontalSpeed(s);
      minHealth = Math.min(minHealth, s.player.health01);
      // Crouch a moment before the ground comes up.
      if (roll && !s.player.grounded && s.player.position.y < 1.6 && s.player.position.y > 1.0) s.step(cmd(1, 0, 0, "crouch"));
    });
    return { sim, minHealth, rolled, speedAfter };
  }

  it("a 4 m fall with a roll costs less health than without, and keeps the run", () => {
    const plain = drop("drop4", false);
    const rolled = drop("drop4", true);
    expect(plain.rolled).toBe(false);
    expect(rolled.rolled).toBe(true);
    const lossPlain = 1 - plain.minHealth;
    const lossRolled = 1 - rolled.minHealth;
    expect(lossPlain).toBeGreaterThan(0.12);
    expect(lossRolled).toBeCloseTo(lossPlain * PK.rollDamageShare, 2);
    expect(rolled.speedAfter).toBeGreaterThanOrEqual(PK.rollMinSpeedMps * 0.95);
    expect(plain.speedAfter).toBeLessThan(rolled.speedAfter / 2);
  });

  it("a fall from above the deadly height kills, rolled or not, and the run restarts at the checkpoint", () => {
    for (const roll of [false, true]) {
      const { sim } = drop("drop12", roll);
      expect(sim.combat.stats.deaths).toBe(1);
      // Back on top of the tower where the run (its checkpoint) began, alive.
      expect(sim.player.dead).toBe(false);
      expect(sim.player.position.y).toBeGreaterThan(11);
    }
  });

  it("fall damage is zero up to about 3 m, linear to the deadly speed, halved by a roll", () => {
    expect(fallDamage(Math.sqrt(2 * 9.81 * 3), false)).toBe(0);
    const four = fallDamage(Math.sqrt(2 * 9.81 * 4), false);
    expect(four).toBeGreaterThan(12);
    expect(four).toBeLessThan(25);
    expect(fallDamage(Math.sqrt(2 * 9.81 * 4), true)).toBeCloseTo(four / 2, 6);
    expect(fallDamage(PK.fallDeadlyMps, true)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("determinism", () => {
  it("every verb replays to the same state hash", () => {
    const play = (): string => {
      const sim = at("vault");
      for (let i = 0; i < 400; i++) {
        const p = sim.player.position;
        sim.step(p.z < R.vaultFaceZ + 2 && p.z > R.vaultFaceZ + 1.5 ? sprintJump : sprint);
      }
      return sim.stateHash();
    };
    expect(play()).toBe(play());
    const a = sprintAndLeap("gap4", -3).stateHash();
    expect(sprintAndLeap("gap4", -3).stateHash()).toBe(a);
    // A press held by the edge assist leaps from the same tick as any other early press; a late one does not.
    expect(sprintAndLeap("gap4", -6).stateHash()).toBe(a);
    expect(sprintAndLeap("gap4", 1).stateHash()).not.toBe(a);
  });
});
