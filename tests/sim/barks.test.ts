import { describe, expect, it } from "vitest";
import { BARKS } from "../../src/content/barks";
import { BARK, Barks } from "../../src/sim/ai/Barks";
import { Merc, MercState, type MercStateId } from "../../src/sim/ai/Merc";
import { MERC } from "../../src/sim/ai/MercConfig";
import { GrenadeState } from "../../src/sim/combat/Grenades";
import type { CombatHost } from "../../src/sim/combat/CombatHost";
import { EventRing } from "../../src/sim/core/EventRing";
import type { SimEvent } from "../../src/sim/core/SimEvent";
import { createSim } from "../../src/sim/createSim";
import { neutralCmd } from "../../src/sim/input/InputCmd";
import { PieceAutopilot } from "../../src/sim/script/PieceAutopilot";
import { levelForPiece } from "../../src/sim/world/levels/index";
import { arenaSim, ofKind, steps } from "./combat/helpers";

type Bark = Extract<SimEvent, { kind: "bark" }>;

/** Barks watching hand-set mercenaries: Henry at the origin, nav node n at (n - 100, 0, 0). */
function bench(n: number) {
  const events = new EventRing<SimEvent>(256);
  const host = { tick: 0, events, henry: { body: { position: { x: 0, y: 0, z: 0 } } }, nav: { nodeX: (i: number) => i - 100, nodeZ: () => 0 } };
  const mercs = Array.from({ length: n }, (_, i) => {
    const m = new Merc(i, 10 + i);
    m.active = m.alive = m.knows = true;
    m.z = -15;
    m.x = i * 2;
    return m;
  });
  const grenades = { state: new Uint8Array(2), bodies: [{ position: { x: 0, z: 0 } }, { position: { x: 0, z: 0 } }] };
  const barks = new Barks(n, 2);
  const said: Bark[] = [];
  const tick = (k = 1) => {
    for (let i = 0; i < k; i++) {
      host.tick++;
      barks.step(host as unknown as CombatHost, mercs, grenades);
      events.drain((e) => {
        if (e.kind === "bark") said.push(e);
      });
    }
  };
  const engage = (m: Merc, s: MercStateId) => {
    m.state = s;
    m.sees = true;
  };
  return { host, mercs, grenades, barks, said, tick, engage };
}

describe("mercenaries' barks (the core)", () => {
  it("calls contact once for a squad that opens up together, and holds the rest back", () => {
    const b = bench(4);
    b.tick(5);
    for (const m of b.mercs) b.engage(m, MercState.shoot);
    b.tick(60);
    expect(b.said.map((e) => e.bark)).toEqual(["contact"]);
    expect(BARKS.contact).toContain(b.said[0].line);
    // The first to speak stands where the bark is placed, his head at eye height.
    const who = b.mercs.find((m) => m.id === b.said[0].merc);
    expect(b.said[0].position).toEqual([who?.x, (who?.y ?? 0) + MERC.eyeM, who?.z]);
    expect(b.barks.stats).toEqual({ wanted: 4, said: 1, capped: 3 });
  });

  it("leaves the gap between any two barks, and a mercenary out of earshot says nothing", () => {
    const b = bench(3);
    b.tick(2);
    b.engage(b.mercs[0], MercState.shoot);
    b.tick(1);
    // A flank 1 s later is held back by the gap; one 3 s later is said.
    b.tick(59);
    b.mercs[1].goal = 105;
    b.mercs[1].state = MercState.flank;
    b.tick(120);
    b.mercs[2].goal = 105;
    b.mercs[2].state = MercState.flank;
    b.tick(1);
    const ticks = b.said.map((e) => e.tick);
    expect(b.said.map((e) => e.bark)).toEqual(["contact", "flanking"]);
    expect((ticks[1] - ticks[0]) / 60).toBeGreaterThanOrEqual(BARK.gapS);
    const far = bench(1);
    far.mercs[0].z = -(BARK.hearM + 5);
    far.tick(2);
    far.engage(far.mercs[0], MercState.shoot);
    far.tick(60);
    expect(far.said).toEqual([]);
  });

  it("says which side a flank goes, as the mercenary faces Henry", () => {
    // He stands 15 m down -Z and faces Henry at the origin (+Z): +X is on his left, -X on his right.
    for (const [goalX, line] of [
      [8, "bark.flank.left"],
      [-8, "bark.flank.right"],
    ] as const) {
      const b = bench(1);
      b.tick(2);
      b.mercs[0].x = 0;
      b.mercs[0].goal = goalX + 100;
      b.mercs[0].state = MercState.flank;
      b.tick(1);
      expect(b.said.map((e) => e.line)).toEqual([line]);
    }
  });

  it("calls a reload in the pause after the burst that empties a magazine", () => {
    const b = bench(1);
    const m = b.mercs[0];
    b.engage(m, MercState.shoot);
    b.tick(1);
    b.tick(60 * 8);
    const reloadAt: number[] = [];
    for (let round = 1; round <= BARK.magazineRounds + 6; round++) {
      // As the brain fires: the burst counter goes back to full on a burst's last round, then a pause.
      m.sinceShotTicks = 0;
      const last = round % MERC.burstShots === 0;
      m.burstLeft = last ? MERC.burstShots : MERC.burstShots - (round % MERC.burstShots);
      b.tick(1);
      if (b.said.at(-1)?.bark === "reloading" && reloadAt.length === 0) reloadAt.push(round);
      m.sinceShotTicks = 1;
      b.tick(last ? 70 : 7);
    }
    expect(b.said.map((e) => e.bark)).toEqual(["contact", "reloading"]);
    expect(reloadAt).toEqual([BARK.magazineRounds]);
  });

  it("shouts once for a live grenade near a mercenary who knows of Henry, and calls a comrade down", () => {
    const b = bench(2);
    b.tick(2);
    b.grenades.state[0] = GrenadeState.live;
    b.grenades.bodies[0].position.x = 2;
    b.grenades.bodies[0].position.z = -14;
    b.tick(60 * 4);
    expect(b.said.map((e) => [e.bark, e.merc])).toEqual([["grenade", 11]]);
    b.mercs[1].alive = false;
    b.tick(1);
    // The nearest living one who knows of Henry calls it.
    expect(b.said.map((e) => [e.bark, e.merc])).toEqual([
      ["grenade", 11],
      ["manDown", 10],
    ]);
  });
});

describe("barks in a running sim", () => {
  it("a squad that spots Henry calls contact once, from one of them, within its reaction time", () => {
    const sim = arenaSim();
    const combat = sim.internals.combat;
    for (const x of [-3, 0, 3]) combat.mercs.spawn(combat, { x, z: -15, yawRad: Math.PI, fight: 0 });
    const ev = steps(sim, neutralCmd(), 120);
    const barks = ofKind(ev, "bark");
    expect(barks.map((e) => e.bark)).toEqual(["contact"]);
    expect(barks[0].tick / 60).toBeLessThan(0.5);
    expect(combat.barks.stats.wanted).toBeGreaterThanOrEqual(3);
  });

  it("barks the same every run, never two within the gap, and leaves the state hash as it was", () => {
    const runStreet = (silent: boolean) => {
      const sim = createSim({ level: levelForPiece("street", 1)!, seed: 1, piece: "street" });
      if (silent) sim.internals.combat.barks.step = () => {};
      const pilot = new PieceAutopilot(sim);
      const cmd = neutralCmd();
      const barks: string[] = [];
      for (let t = 0; t < 60 * 35; t++) {
        pilot.next(cmd);
        sim.step(cmd);
        sim.events.drain((e) => {
          if (e.kind === "bark") barks.push(`${e.tick} ${e.line}`);
        });
      }
      const hash = sim.stateHash();
      sim.dispose();
      return { barks, hash };
    };
    const a = runStreet(false);
    const b = runStreet(false);
    const quiet = runStreet(true);
    expect(a.barks.length).toBeGreaterThanOrEqual(2);
    expect(b.barks).toEqual(a.barks);
    expect(quiet.barks).toEqual([]);
    // Nothing in the core reads the barks: with or without them the run ends the same.
    expect(quiet.hash).toBe(a.hash);
    const ticks = a.barks.map((s) => Number(s.split(" ")[0]));
    for (let i = 1; i < ticks.length; i++) expect((ticks[i] - ticks[i - 1]) / 60).toBeGreaterThanOrEqual(BARK.gapS);
  }, 120_000);
});
