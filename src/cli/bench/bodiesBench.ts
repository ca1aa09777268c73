import { performance } from "node:perf_hooks";
import { type CoreSim, createSim } from "../../sim/createSim";
import { Buttons, neutralCmd } from "../../sim/input/InputCmd";
import { levelForPiece } from "../../sim/world/levels/index";
import { Crowd } from "../../view/bodies/Crowd";
import { MercBodies } from "../../view/bodies/MercBodies";
import { blendPose } from "../../view/bodies/poseBlend";
import { POSE_FLOATS } from "../../view/bodies/skeleton";
import { type BenchRow, type BenchSize, FULL_BENCH, summarize } from "./BenchRow";

/** The street with its three fights open at once: 20 mercenaries (the bench's and the bodies tests' scene). */
export function streetFightSim(seed: number): CoreSim {
  const level = levelForPiece("street", 1);
  if (!level) throw new Error("no street level");
  return createSim({
    level,
    seed,
    fights: [
      { anchor: "fight.1", mercs: 7 },
      { anchor: "fight.2", mercs: 7 },
      { anchor: "fight.3", mercs: 6 },
    ],
  });
}

/**
 * The view's cost of 20 animated mercenaries in a street fight (walking, running,
 * aiming, firing, hit, dying into ragdolls): posing them once per core tick, and
 * blending two ticks and writing the crowd's bone matrices once per frame. Both are
 * pure JS (no GPU), timed in node next to the core tick they accompany.
 */
export function benchBodies(coreRowName?: string, coreMedianUs?: number, size: BenchSize = FULL_BENCH): BenchRow[] {
  const sim = streetFightSim(1);
  const combat = sim.internals.combat;
  const bodies = new MercBodies(sim.combat.mercs, sim.level.boxes);
  const crowd = new Crowd(sim.combat.mercs.length);
  const blended = new Float32Array(POSE_FLOATS);
  const cmd = neutralCmd();
  const tickUs = new Float64Array(size.ticks);
  const frameUs = new Float64Array(size.ticks);
  let figures = 0;
  for (let i = 0; i < size.warmupTicks + size.ticks; i++) {
    const p = sim.player.position;
    if (i % 60 === 0) combat.noise(p.x, p.y, p.z, 500);
    combat.health.health = combat.health.config.maxHealth;
    cmd.yawRad = i * 0.01;
    cmd.buttons = i % 8 === 0 ? Buttons.fire : 0;
    sim.step(cmd);
    const t0 = performance.now();
    sim.events.drain((e) => bodies.onEvent(e));
    bodies.step(sim.tick, 1 / 60);
    const t1 = performance.now();
    figures = 0;
    for (let s = 0; s < bodies.visible.length; s++) {
      if (!bodies.visible[s]) continue;
      figures++;
      crowd.setOutfit(s, bodies.outfitOf(s));
      crowd.pose(s, blendPose(bodies.prev, bodies.curr, s * POSE_FLOATS, 0.5, blended), 0);
    }
    const t2 = performance.now();
    if (i >= size.warmupTicks) {
      tickUs[i - size.warmupTicks] = (t1 - t0) * 1000;
      frameUs[i - size.warmupTicks] = (t2 - t1) * 1000;
    }
  }
  sim.dispose();
  bodies.dispose();
  crowd.dispose();
  const tick = summarize(Array.from(tickUs));
  const frame = summarize(Array.from(frameUs));
  const ratio = coreMedianUs ? { baselineName: coreRowName, ratio: tick.median / coreMedianUs } : {};
  return [
    { name: `bodies: pose ${figures} mercenaries per core tick (view, ragdolls included)`, unit: "us", median: tick.median, p95: tick.p95, n: size.ticks, ...ratio },
    { name: `bodies: blend and skin ${figures} figures per frame (view)`, unit: "us", median: frame.median, p95: frame.p95, n: size.ticks },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of benchBodies()) console.log(JSON.stringify(row));
}
