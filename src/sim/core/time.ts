/** The simulation's fixed rate, in ticks per second (the tick: src/sim/README.md). */
export const TICK_HZ = 60;
/** The fixed step, in seconds. The core's time is always `tick * FIXED_DT`. */
export const FIXED_DT = 1 / TICK_HZ;

/** Seconds of simulated time at a tick. */
export function ticksToSeconds(tick: number): number {
  return tick * FIXED_DT;
}
