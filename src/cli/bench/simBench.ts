import { performance } from "node:perf_hooks";
import { Body, Box, Vec3 } from "cannon-es";
import { type CoreSim, createSim } from "../../sim/createSim";
import { Buttons } from "../../sim/input/InputCmd";
import { levelForPiece } from "../../sim/world/levels/index";
import { Rng } from "../../sim/core/Rng";
import { TICK_HZ } from "../../sim/core/time";
import { type InputCmd, neutralCmd } from "../../sim/input/InputCmd";
import { buildPhysicsWorld, stepPhysics } from "../../sim/physics/PhysicsWorld";
import type { Level, LevelProp } from "../../sim/world/Level";
import { makeStreetLevel } from "../../sim/world/levels/street";
import { PieceAutopilot } from "../../sim/script/PieceAutopilot";
import { type BenchRow, type BenchSize, FULL_BENCH, summarize } from "./BenchRow";
import { streetFightSim } from "./bodiesBench";

export type { BenchRow };


function stats(samples: Float64Array): { median: number; p95: number } {
  return summarize(Array.from(samples));
}

/** The street with `extra` more crates stacked on the road in a seeded scatter. */
function streetWithCrates(extra: number): Level {
  const level = makeStreetLevel(1);
  const rng = new Rng(7);
  const props: LevelProp[] = extra === 0 ? [] : level.props.slice();
  for (let i = 0; i < extra; i++) {
    props.push({
      kind: "crate",
      position: [rng.range(-6, 6), 0.3 + rng.int(0, 2) * 0.62, rng.range(-100, 80)],
      size: [0.6, 0.6, 0.6],
      yawRad: rng.range(0, Math.PI),
      massKg: 20,
      surface: "wood",
    });
  }
  return { ...level, props };
}

/** Microseconds per tick of the core, walking and sprinting down the street. */
function timeCore(level: Level, size: BenchSize): Float64Array {
  const sim = createSim({ level, seed: 1 });
  const cmd: InputCmd = neutralCmd();
  cmd.moveY = 1;
  const out = new Float64Array(size.ticks);
  for (let i = 0; i < size.warmupTicks + size.ticks; i++) {
    // Zig-zag so the player meets crates and the ramp of the street, not only open road.
    cmd.yawRad = Math.sin(i / 90) * 0.4;
    const t0 = performance.now();
    sim.step(cmd);
    const dt = performance.now() - t0;
    sim.events.clear();
    if (i >= size.warmupTicks) out[i - size.warmupTicks] = dt * 1000;
  }
  sim.dispose();
  return out;
}

/** Microseconds per bare `world.step(FIXED_DT)` with the same bodies and a plain player box, no controller. */
function timeBare(level: Level, size: BenchSize): Float64Array {
  const physics = buildPhysicsWorld(level);
  const player = new Body({ mass: 80, fixedRotation: true, material: physics.playerMaterial });
  player.addShape(new Box(new Vec3(0.3, 0.9, 0.3)), new Vec3(0, 0.9, 0));
  const spawn = level.anchors[level.spawn].position;
  player.position.set(spawn[0], spawn[1], spawn[2]);
  physics.world.addBody(player);
  const out = new Float64Array(size.ticks);
  for (let i = 0; i < size.warmupTicks + size.ticks; i++) {
    const t0 = performance.now();
    stepPhysics(physics);
    const dt = performance.now() - t0;
    if (i >= size.warmupTicks) out[i - size.warmupTicks] = dt * 1000;
  }
  return out;
}

/**
 * Microseconds per tick with 20 mercenaries active on the street: all of them know where
 * Henry is (chasing, taking cover, flanking, shooting) while he holds the middle and fires.
 * Also returns the LOS grid's and the brains' share.
 */
function timeCombat(size: BenchSize): { tick: Float64Array; mercs: number } {
  const sim = streetFightSim(1);
  const combat = sim.internals.combat;
  const mercs = combat.mercs.list.filter((m) => m.active).length;
  const a = sim.level.anchors["fight.2"]?.position ?? [0, 0, 0];
  // Everyone hears Henry every second and comes for him.
  const out = timeStandingFight(sim, size, () => combat.noise(a[0], a[1], a[2], 500));
  return { tick: out, mercs };
}

/**
 * Microseconds per tick while Henry, who cannot die here (the bench measures a fight that
 * goes on), turns on the spot and fires; `call` runs every second (a noise that brings the
 * guards). Disposes `sim`.
 */
function timeStandingFight(sim: CoreSim, size: BenchSize, call: () => void): Float64Array {
  const combat = sim.internals.combat;
  const cmd: InputCmd = neutralCmd();
  const out = new Float64Array(size.ticks);
  for (let i = 0; i < size.warmupTicks + size.ticks; i++) {
    if (i % TICK_HZ === 0) call();
    combat.health.health = combat.health.config.maxHealth;
    cmd.yawRad = i * 0.01;
    cmd.buttons = i % 8 === 0 ? Buttons.fire : i % 300 === 150 ? Buttons.reload : 0;
    const t0 = performance.now();
    sim.step(cmd);
    const dt = performance.now() - t0;
    sim.events.clear();
    if (i >= size.warmupTicks) out[i - size.warmupTicks] = dt * 1000;
  }
  sim.dispose();
  return out;
}

/**
 * The office tower: milliseconds to build its core (physics, the stacked navigation grid
 * and its landmarks), and microseconds per tick with floor 1's squad and the pair from the
 * stairs awake while Henry stands among the desks turning and firing (glass breaks, guards
 * plan over floors).
 */
function timeOffice(size: BenchSize): { buildMs: number; tick: Float64Array; mercs: number } {
  const level = levelForPiece("office", 1);
  if (!level) throw new Error("no office level");
  const b0 = performance.now();
  const sim = createSim({ level, seed: 1 });
  const buildMs = performance.now() - b0;
  const combat = sim.internals.combat;
  for (const name of ["fight.f1", "fight.stairs", "fight.f2"]) combat.wake(combat.fightAt(level.anchors[name]));
  const mercs = combat.mercs.list.filter((m) => m.active).length;
  const a = level.anchors["fight.f1"].position;
  combat.henry.body.position.set(a[0], a[1] + 0.05, a[2]);
  const out = timeStandingFight(sim, size, () => combat.noise(a[0], a[1] + 1.6, a[2], 45));
  return { buildMs, tick: out, mercs };
}

/**
 * Microseconds per tick of the rooftops under the autopilot, start to end card: the
 * parkour probes (ledge and edge rays), the courier, the chase bot and the roof fights.
 */
function timeRooftops(size: BenchSize): Float64Array {
  const level = levelForPiece("rooftops", 1);
  if (!level) throw new Error("no rooftops level");
  const sim = createSim({ level, seed: 1, piece: "rooftops" });
  const pilot = new PieceAutopilot(sim);
  const cmd: InputCmd = neutralCmd();
  const samples: number[] = [];
  while (!sim.script?.finished && sim.tick < size.pieceTicks) {
    pilot.next(cmd);
    const t0 = performance.now();
    sim.step(cmd);
    samples.push((performance.now() - t0) * 1000);
    sim.events.clear();
  }
  sim.dispose();
  return Float64Array.from(samples);
}

/** Core cost per tick on the street with 0 and 100 extra crates, next to bare cannon-es, with 20 mercenaries fighting; the office tower's build and fight; the rooftops' chase. */
export function benchSim(size: BenchSize = FULL_BENCH): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [label, extra] of [
    ["street, 0 props", 0],
    ["street, 100 crates", 100],
  ] as const) {
    const level = streetWithCrates(extra);
    const bare = stats(timeBare(level, size));
    const core = stats(timeCore(level, size));
    const bareName = `bare cannon-es step (${label})`;
    rows.push({ name: bareName, unit: "us", median: bare.median, p95: bare.p95, n: size.ticks });
    rows.push({
      name: `sim core tick (${label})`,
      unit: "us",
      median: core.median,
      p95: core.p95,
      n: size.ticks,
      baselineName: bareName,
      ratio: core.median / bare.median,
    });
  }
  const combat = timeCombat(size);
  const c = stats(combat.tick);
  rows.push({
    name: `sim core tick (street, ${combat.mercs} mercenaries fighting)`,
    unit: "us",
    median: c.median,
    p95: c.p95,
    n: size.ticks,
    baselineName: rows[1]?.name,
    ratio: rows[1] ? c.median / rows[1].median : undefined,
  });
  const office = timeOffice(size);
  const o = stats(office.tick);
  rows.push({ name: "sim core build (office tower)", unit: "ms", median: office.buildMs, p95: office.buildMs, n: 1 });
  rows.push({
    name: `sim core tick (office, ${office.mercs} guards on two floors fighting)`,
    unit: "us",
    median: o.median,
    p95: o.p95,
    n: size.ticks,
    baselineName: rows[1]?.name,
    ratio: rows[1] ? o.median / rows[1].median : undefined,
  });
  const roofs = timeRooftops(size);
  const r = stats(roofs);
  rows.push({ name: "sim core tick (rooftops, the autopilot's chase)", unit: "us", median: r.median, p95: r.p95, n: roofs.length });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  for (const row of benchSim()) console.log(JSON.stringify(row));
  console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
