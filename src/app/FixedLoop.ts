import { FIXED_DT } from "../sim/core/time";

/** Tuning of the fixed-step loop (Fiedler, "Fix Your Timestep!"). */
export interface FixedLoopConfig {
  /** Longest wall-clock frame counted, seconds (default 0.25): a stall never becomes a burst. */
  maxFrameS: number;
  /** Most core steps per frame at speed 1 (default 15, so real time holds down to 4 fps). */
  maxStepsPerFrame: number;
}

export const DEFAULT_LOOP_CONFIG: FixedLoopConfig = { maxFrameS: 0.25, maxStepsPerFrame: 15 };

/**
 * Accumulates wall time and tells how many fixed steps to run this frame, and the
 * interpolation `alpha` between the last two states. Knows nothing of the core or the
 * clock: `advance` takes the frame's wall seconds, so tests drive it with a test clock.
 */
export class FixedLoop {
  private accumulatorS = 0;
  /** Fast-forward factor (1..20): more fixed steps per wall second, the same core. */
  speed = 1;
  /** Steps dropped because of the frame clamp or the step cap, for stats. */
  droppedS = 0;

  constructor(readonly config: FixedLoopConfig = DEFAULT_LOOP_CONFIG) {}

  /**
   * Adds a frame's wall time and returns the number of steps to run now.
   * @param frameS wall seconds since the last frame (clamped to `maxFrameS`).
   */
  advance(frameS: number): number {
    const clamped = Math.min(Math.max(frameS, 0), this.config.maxFrameS);
    this.droppedS += Math.max(0, frameS - clamped);
    this.accumulatorS += clamped * this.speed;
    const cap = this.config.maxStepsPerFrame * this.speed;
    let steps = Math.floor(this.accumulatorS / FIXED_DT + 1e-9);
    if (steps > cap) {
      this.droppedS += (steps - cap) * FIXED_DT;
      steps = cap;
      // Keep only the fraction: leftover whole steps would come back as a burst later.
      this.accumulatorS = this.accumulatorS % FIXED_DT;
    } else {
      this.accumulatorS -= steps * FIXED_DT;
    }
    if (this.accumulatorS < 0) this.accumulatorS = 0;
    return steps;
  }

  /** Interpolation factor in [0, 1) between the previous and the current state. */
  get alpha(): number {
    return Math.min(this.accumulatorS / FIXED_DT, 1);
  }

  /** Forgets accumulated time: call on resume so a pause never turns into catch-up steps. */
  reset(): void {
    this.accumulatorS = 0;
  }
}
