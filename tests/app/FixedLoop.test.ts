import { describe, expect, it } from "vitest";
import { FixedLoop } from "../../src/app/FixedLoop";
import { FIXED_DT } from "../../src/sim/core/time";

/** A test clock: drives the loop with exact frame times and counts steps. */
function run(loop: FixedLoop, frameS: number, frames: number): number {
  let steps = 0;
  for (let i = 0; i < frames; i++) steps += loop.advance(frameS);
  return steps;
}

describe("FixedLoop", () => {
  it("runs 60 steps per wall second at 60, 30 and 144 fps", () => {
    expect(run(new FixedLoop(), 1 / 60, 60)).toBe(60);
    expect(run(new FixedLoop(), 1 / 30, 30)).toBe(60);
    const s144 = run(new FixedLoop(), 1 / 144, 144);
    expect(Math.abs(s144 - 60)).toBeLessThanOrEqual(1);
  });

  it("clamps a long frame to 0.25 s: a 5 s stall runs 15 steps, not 300", () => {
    const loop = new FixedLoop();
    expect(loop.advance(5)).toBe(15);
    expect(loop.advance(1 / 60)).toBe(1);
  });

  it("caps steps per frame at 15 and drops the rest instead of bursting later", () => {
    const loop = new FixedLoop({ maxFrameS: 1, maxStepsPerFrame: 15 });
    expect(loop.advance(0.5)).toBe(15);
    // The 15 dropped steps do not come back on the next frame.
    expect(loop.advance(1 / 60)).toBe(1);
  });

  it("keeps real time down to 4 fps", () => {
    expect(run(new FixedLoop(), 0.25, 4)).toBe(60);
  });

  it("gives alpha as the fraction of a step left over", () => {
    const loop = new FixedLoop();
    expect(loop.advance(FIXED_DT * 2.5)).toBe(2);
    expect(loop.alpha).toBeCloseTo(0.5, 6);
    expect(loop.advance(FIXED_DT * 0.25)).toBe(0);
    expect(loop.alpha).toBeCloseTo(0.75, 6);
  });

  it("fast-forwards: speed 8 runs 8x the steps from the same wall time", () => {
    const loop = new FixedLoop();
    loop.speed = 8;
    expect(run(loop, 1 / 60, 60)).toBe(480);
  });

  it("reset forgets accumulated time (no catch-up burst after a pause)", () => {
    const loop = new FixedLoop();
    loop.advance(FIXED_DT * 0.9);
    loop.reset();
    expect(loop.alpha).toBe(0);
    expect(loop.advance(FIXED_DT * 0.5)).toBe(0);
  });
});
