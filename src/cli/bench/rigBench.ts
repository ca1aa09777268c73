/**
 * The rig's cost per tick: `Rig.step` with `stuntman` on the standard course's signals,
 * timed with performance.now() in batches of ticks (the clock's grain is too coarse for
 * one tick). Target: median under 5 µs.
 */
import { Rig } from "../../rig/Rig";
import { loadPreset } from "../../rig/presets";
import { createRigSignals } from "../../rig/RigSignals";
import { type BenchRow, type BenchSize, FULL_BENCH } from "./BenchRow";
import { FIXED_DT } from "../../sim/core/time";

export type { BenchRow };

const BATCH = 60;

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Median and p95 of the per-tick time of Rig.step (stuntman), µs; `size` in ticks (timed in batches of 60). */
export function benchRig(size: BenchSize = FULL_BENCH): BenchRow[] {
  // At full size: 400 timed batches after 200 to warm up (24,000 and 12,000 ticks).
  const batches = Math.max(1, Math.round(size.ticks / 7.5));
  const warmup = Math.max(1, Math.round(size.warmupTicks / 1.5));
  const rig = new Rig({ settings: loadPreset("stuntman"), seed: 1 });
  const sig = createRigSignals();
  const dt = FIXED_DT;
  const drain = () => {};
  const perTick: number[] = [];
  for (let b = -warmup; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < BATCH; i++) {
      const tick = b * BATCH + i;
      sig.velocityMps.z = tick % 600 < 300 ? 8 : 4.5;
      sig.sprinting = tick % 600 < 300;
      sig.landedImpactMps = tick % 300 === 0 ? 5 : 0;
      if (tick % 120 === 0) rig.punch(0.03, 0.01, 0.005);
      if (tick % 600 === 0) rig.impulse({ sourcePos: [3, 0, -4], listenerPos: [0, 0, 0], strength: 1, delayed: true });
      rig.step(sig, dt);
      rig.drainEvents(drain);
    }
    const us = ((performance.now() - t0) * 1000) / BATCH;
    if (b >= 0) perTick.push(us);
  }
  perTick.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return [{ name: "rig step (stuntman, per tick)", unit: "us", median: round(percentile(perTick, 0.5)), p95: round(percentile(perTick, 0.95)), n: perTick.length }];
}
