import { describe, expect, it } from "vitest";
import { resolveLine } from "../../../src/sim/ai/ChaseLine";
import { Courier, type CourierSees } from "../../../src/sim/ai/Courier";
import { DEFAULT_COURIER } from "../../../src/sim/ai/CourierConfig";
import { Rng } from "../../../src/sim/core/Rng";
import type { SimEvent } from "../../../src/sim/core/SimEvent";
import { type CoreSim, createSim } from "../../../src/sim/createSim";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { PieceAutopilot } from "../../../src/sim/script/PieceAutopilot";
import { levelForPiece } from "../../../src/sim/world/levels/index";
import type { Anchor } from "../../../src/sim/world/Level";
import { ROOFTOP_CHASE } from "../../../src/content/pieces/rooftops";

const C = DEFAULT_COURIER;

function rooftops(seed: number): CoreSim {
  const level = levelForPiece("rooftops", seed);
  if (!level) throw new Error("no rooftops level");
  return createSim({ level, seed, piece: "rooftops" });
}

/** A straight line north: 200 m of running from the origin. */
function straightCourier(): Courier {
  const anchors: Record<string, Anchor> = { a: { position: [0, 0, -100], yawRad: 0 }, b: { position: [0, 0, -200], yawRad: 0 } };
  const legs = resolveLine([{ to: "a", via: "run" }, { to: "b", via: "run" }], (n) => anchors[n], () => 0, [0, 0, 0]);
  const c = new Courier(new Rng(1));
  c.start(legs);
  return c;
}

function henryAt(c: Courier, behindM: number, extra: Partial<CourierSees> = {}): CourierSees {
  return { x: 0, y: 0, z: c.position.z + behindM, speedMps: 0, punched: false, fighting: false, ...extra };
}

describe("the courier", () => {
  it("runs faster with Henry close behind than with him far back", () => {
    const speed = (behind: number) => {
      const c = straightCourier();
      const z0 = c.position.z;
      for (let i = 0; i < 60; i++) c.step(henryAt(c, behind));
      return z0 - c.position.z;
    };
    expect(speed(5)).toBeCloseTo(C.panicMps, 0);
    expect(speed(18)).toBeCloseTo(C.runMps, 0);
    // Far back he also looks over his shoulder (and slows a little while he does).
    expect(speed(40)).toBeLessThan(C.farMps + 0.01);
    expect(speed(40)).toBeGreaterThan(C.farMps * 0.85);
  });

  it("is caught by a punch within reach or a sprint into him, not from further or slower", () => {
    const c = straightCourier();
    expect(c.step(henryAt(c, 2, { punched: true }))).toBeNull();
    expect(c.step(henryAt(c, 1.2, { speedMps: 3 }))).toBeNull();
    expect(c.step(henryAt(c, 1.2, { punched: true }))).toBe("caught");
    expect(c.caught).toBe(true);
    const d = straightCourier();
    expect(d.step(henryAt(d, 0.8, { speedMps: 7 }))).toBe("caught");
  });

  it("warns twice as he gets away, then is lost after 2.5 s past 55 m, but never while Henry is under fire", () => {
    const c = straightCourier();
    const news: string[] = [];
    for (let i = 0; i < 1200 && !news.some((n) => n.startsWith("lost")); i++) {
      const n = c.step({ x: 0, y: 0, z: 0, speedMps: 0, punched: false, fighting: false });
      if (n) news.push(`${n}@${Math.round(-c.position.z)}`);
    }
    expect(news.map((n) => n.split("@")[0])).toEqual(["warn1", "warn2", "lost"]);
    const at = news.map((n) => Number(n.split("@")[1]));
    expect(at[0]).toBeGreaterThan(C.warnM - 1);
    expect(at[2]).toBeGreaterThan(C.lostM);
    const hiding = straightCourier();
    for (let i = 0; i < 60; i++) hiding.step(henryAt(hiding, 20));
    const z = hiding.position.z;
    for (let i = 0; i < 600; i++) expect(hiding.step({ ...henryAt(hiding, 0), z: z + 20, fighting: true })).toBeNull();
    // He waited behind his guards.
    expect(hiding.act).toBe("hide");
    expect(hiding.position.z).toBeCloseTo(z, 6);
  });

  it("takes a branch of his line by the seed: over the skylights or round them", () => {
    const sim = rooftops(1);
    const anchor = (n: string) => sim.level.anchors[n];
    const start = sim.level.anchors["courier.start"].position;
    const ways = new Set<number>();
    for (let seed = 1; seed <= 12; seed++) {
      const rng = new Rng(seed);
      const legs = resolveLine(ROOFTOP_CHASE, anchor, (n) => rng.int(0, n - 1), start);
      ways.add(legs.length);
    }
    expect(ways.size).toBeGreaterThan(1);
    sim.dispose();
  });
});

describe("the rooftops set piece", () => {
  it("restarts at the checkpoint when the courier gets away, with Jimmy warning first", () => {
    const sim = rooftops(1);
    const cmd = neutralCmd();
    const lines: string[] = [];
    let respawnTick = -1;
    for (let t = 0; t < 2400 && respawnTick < 0; t++) {
      sim.step(cmd);
      sim.events.drain((e: SimEvent) => {
        if (e.kind === "cue" && e.cue.kind === "line") lines.push(e.cue.line);
        if (e.kind === "respawned") respawnTick = e.tick;
      });
    }
    expect(lines).toContain("ro.warn1");
    expect(lines).toContain("ro.warn2");
    expect(lines.at(-1)).toBe("ro.lost");
    expect(respawnTick).toBeGreaterThan(0);
    // Back at the start with the courier put back on his line ahead, not lost again at once.
    const c = sim.script?.courier;
    const p = sim.player.position;
    expect(Math.hypot(p.x, p.z - 1.5)).toBeLessThan(0.5);
    expect(c && Math.hypot(c.position.x - p.x, c.position.z - p.z)).toBeGreaterThan(10);
    expect(c && Math.hypot(c.position.x - p.x, c.position.z - p.z)).toBeLessThan(30);
    expect(sim.combat.stats.deaths).toBe(0);
    sim.dispose();
  });

  for (const seed of [3, 17, 42]) {
    it(`the autopilot catches the courier (seed ${seed}) with every verb and at most 2 deaths`, () => {
      const sim = rooftops(seed);
      const pilot = new PieceAutopilot(sim);
      const cmd = neutralCmd();
      while (!sim.script?.finished && sim.tick < 240 * 60) {
        pilot.next(cmd);
        sim.step(cmd);
        sim.events.clear();
      }
      expect(sim.script?.finished).toBe(true);
      expect(sim.script?.courier.caught).toBe(true);
      expect(sim.combat.stats.deaths).toBeLessThanOrEqual(2);
      const m = sim.moveStats;
      for (const k of ["vaults", "mantles", "climbs", "gapJumps"] as const) expect(m[k], k).toBeGreaterThan(0);
      sim.dispose();
    }, 60_000);
  }
});
