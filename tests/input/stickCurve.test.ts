import { describe, expect, it } from "vitest";
import { LookAcceleration, lookScale, stickResponse } from "../../src/input/stickCurve";

const out = () => ({ x: 0, y: 0, magnitude: 0 });

describe("gamepad sticks", () => {
  it("a radial dead zone reads 0 inside and rescales the rest to 0..1, diagonals included", () => {
    expect(stickResponse(0.14, 0, 0.15, 1, out()).magnitude).toBe(0);
    // A diagonal of length 0.2 passes a 0.15 zone although each axis is only 0.141.
    const d = stickResponse(0.2 / Math.SQRT2, 0.2 / Math.SQRT2, 0.15, 1, out());
    expect(d.magnitude).toBeCloseTo(0.05 / 0.85, 9);
    expect(d.x).toBeCloseTo(d.y, 12);
    expect(stickResponse(0.575, 0, 0.15, 1, out()).x).toBeCloseTo(0.5, 9);
    expect(stickResponse(1, 0, 0.15, 1, out()).x).toBeCloseTo(1, 9);
    // Past full (a pad reading 1.02 at a corner) is still 1.
    expect(stickResponse(1, 1, 0.15, 1, out()).magnitude).toBe(1);
  });

  it("the response curve: half the travel past the zone gives 0.5 linear, 0.25 squared, 0.125 cubic", () => {
    expect(stickResponse(0.575, 0, 0.15, 1, out()).magnitude).toBeCloseTo(0.5, 9);
    expect(stickResponse(0.575, 0, 0.15, 2, out()).magnitude).toBeCloseTo(0.25, 9);
    expect(stickResponse(0, -0.575, 0.15, 3, out()).y).toBeCloseTo(-0.125, 9);
  });

  it("look acceleration adds nothing below the edge and ramps to full over the ramp time at it", () => {
    const a = new LookAcceleration();
    expect(a.step(0.9, 0.1, 120, 0.5)).toBe(0);
    expect(a.step(1, 0.25, 120, 0.5)).toBeCloseTo(60, 9);
    expect(a.step(1, 0.25, 120, 0.5)).toBeCloseTo(120, 9);
    expect(a.step(1, 1, 120, 0.5)).toBeCloseTo(120, 9);
    expect(a.step(0.5, 0.1, 120, 0.5)).toBe(0);
    expect(a.step(1, 0.05, 120, 0.5)).toBeCloseTo(12, 9);
  });
});

describe("FOV-consistent look", () => {
  it("the same motion turns the same share of the view at 90° and at 110°", () => {
    const counts = 500;
    const degPerCount = 0.08;
    const share = (fov: number) => (counts * degPerCount * lookScale(fov, 0, 1)) / fov;
    expect(share(90)).toBeCloseTo(40 / 90, 12);
    expect(share(110)).toBeCloseTo(share(90), 12);
    expect(share(60)).toBeCloseTo(share(90), 12);
    // 500 counts turn 40° at 90° and 48.9° at 110°.
    expect(counts * degPerCount * lookScale(110, 0, 1)).toBeCloseTo(48.89, 2);
  });

  it("aiming narrows the view and the aim slowdown slows the turn further", () => {
    const aimFov = 90 * 0.82;
    expect(lookScale(aimFov, 1, 1)).toBeCloseTo(0.82, 12);
    expect(lookScale(aimFov, 1, 0.5)).toBeCloseTo(0.41, 12);
    expect(lookScale(90, 0, 0.5)).toBe(1);
  });
});
