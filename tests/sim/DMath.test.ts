import { describe, expect, it } from "vitest";
import { DMath } from "../../src/sim/core/DMath";

/** A fixed spread of inputs, no Math.random: the same numbers on every run. */
function* inputs(n: number, scale: number): Generator<number> {
  let s = 7;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    yield (((s >>> 8) / 16777216) * 2 - 1) * scale;
  }
}

describe("DMath, the core's engine-independent elementary functions", () => {
  it("agrees with the engine's Math to about 1e-15", () => {
    let worst = 0;
    for (const x of inputs(20_000, 300)) {
      worst = Math.max(worst, Math.abs(DMath.sin(x) - Math.sin(x)), Math.abs(DMath.cos(x) - Math.cos(x)));
      const y = x / 3 + 0.1;
      worst = Math.max(worst, Math.abs(DMath.atan2(y, x) - Math.atan2(y, x)));
      worst = Math.max(worst, Math.abs(DMath.exp(x / 50) - Math.exp(x / 50)) / Math.exp(x / 50));
      const b = Math.abs(x) / 300 + 1e-3;
      worst = Math.max(worst, Math.abs(DMath.log(b) - Math.log(b)), Math.abs(DMath.pow(b, 1 / 60) - Math.pow(b, 1 / 60)));
    }
    expect(worst).toBeLessThan(1e-14);
  });

  it("keeps the edge cases of the quadrants and of pow", () => {
    expect(DMath.atan2(0, -1)).toBe(Math.PI);
    expect(DMath.atan2(-0, -1)).toBe(-Math.PI);
    expect(DMath.atan2(1, 0)).toBe(Math.PI / 2);
    expect(DMath.atan2(-1, 0)).toBe(-Math.PI / 2);
    expect(DMath.pow(3, 2)).toBe(9);
    expect(DMath.pow(1, 0.7)).toBe(1);
    expect(DMath.pow(2, -2)).toBe(0.25);
    expect(DMath.sin(0)).toBe(0);
    expect(DMath.cos(0)).toBe(1);
    expect(Number.isNaN(DMath.sin(Number.POSITIVE_INFINITY))).toBe(true);
  });
});
