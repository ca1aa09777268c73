import { describe, expect, it } from "vitest";
import { verticalFovDeg } from "../../src/view/verticalFov";

/** The horizontal FOV a vertical one gives at an aspect, deg. */
const horizontal = (vDeg: number, aspect: number) => (2 * Math.atan(Math.tan((vDeg * Math.PI) / 360) * aspect) * 180) / Math.PI;

describe("the vertical field of view in odd windows", () => {
  it("a wide window gets exactly the horizontal FOV chosen", () => {
    expect(horizontal(verticalFovDeg(90, 16 / 9), 16 / 9)).toBeCloseTo(90, 9);
    expect(horizontal(verticalFovDeg(110, 21 / 9), 21 / 9)).toBeCloseTo(110, 9);
    expect(verticalFovDeg(90, 16 / 9)).toBeCloseTo(58.72, 2);
  });

  it("a tall phone-shaped window keeps the vertical FOV of a 4:3 one, not 121°", () => {
    const tall = verticalFovDeg(90, 9 / 16);
    expect(tall).toBeCloseTo(verticalFovDeg(90, 4 / 3), 9);
    expect(tall).toBeCloseTo(73.74, 2);
    // At the widest setting, 360x800 gets 105° instead of 151°.
    expect(verticalFovDeg(120, 360 / 800)).toBeCloseTo(104.82, 2);
  });

  it("never narrows below 30° vertical", () => {
    expect(verticalFovDeg(60, 32 / 9)).toBe(30);
  });
});
