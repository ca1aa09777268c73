import { describe, expect, it } from "vitest";
import { ACTION_S, ArmsPose } from "../../src/view/arms/ArmsPose";

function run(p: ArmsPose, seconds: number, phase: (t: number) => number, speed: number, wall = Number.POSITIVE_INFINITY): void {
  for (let t = 0; t < seconds; t += 1 / 60) p.update(1 / 60, phase(t), speed, wall);
}

describe("Henry's arm poses", () => {
  it("pump with the stride: opposite arms swing by the phase, more when running", () => {
    const p = new ArmsPose();
    p.update(1 / 60, Math.PI / 2, 7, Infinity);
    const swing = p.right.z - p.left.z;
    p.update(1 / 60, -Math.PI / 2, 7, Infinity);
    expect(p.right.z - p.left.z).toBeCloseTo(-swing, 6);
    expect(Math.abs(swing)).toBeGreaterThan(0.15);
    p.update(1 / 60, Math.PI / 2, 0, Infinity);
    expect(Math.abs(p.right.z - p.left.z)).toBeLessThan(1e-9);
  });

  it("punch thrusts the right fist forward and returns", () => {
    const p = new ArmsPose();
    p.update(1 / 60, 0, 0, Infinity);
    const rest = p.right.z;
    p.trigger("punch");
    let minZ = rest;
    for (let i = 0; i < 30; i++) {
      p.update(1 / 60, 0, 0, Infinity);
      minZ = Math.min(minZ, p.right.z);
    }
    expect(rest - minZ).toBeGreaterThan(0.3);
    expect(p.current).toBeNull();
    expect(p.right.z).toBeCloseTo(rest, 6);
  });

  it("fire kicks back, reload drops the left hand, throw winds up, each ends on time", () => {
    for (const a of ["fire", "reload", "throw"] as const) {
      const p = new ArmsPose();
      p.setWeapon("rifle");
      p.update(1 / 60, 0, 0, Infinity);
      const r0 = { ...p.right };
      const l0 = { ...p.left };
      p.trigger(a);
      run(p, ACTION_S[a] / 3, () => 0, 0);
      if (a === "fire") expect(p.right.z).toBeGreaterThan(r0.z);
      if (a === "reload") expect(p.left.y).toBeLessThan(l0.y - 0.1);
      if (a === "throw") expect(p.right.y).toBeGreaterThan(r0.y + 0.1);
      run(p, ACTION_S[a], () => 0, 0);
      expect(p.current).toBeNull();
    }
  });

  it("holding a prop raises the left hand; a weapon steadies the right", () => {
    const p = new ArmsPose();
    p.update(1 / 60, 0, 0, Infinity);
    const y = p.left.y;
    p.setHolding("crate");
    p.update(1 / 60, 0, 0, Infinity);
    expect(p.left.y).toBeGreaterThan(y);
  });

  it("pull back near a wall", () => {
    const p = new ArmsPose();
    run(p, 1, () => 0, 0);
    const z = p.right.z;
    run(p, 1, () => 0, 0, 0.3);
    expect(p.right.z - z).toBeGreaterThan(0.25);
    run(p, 1, () => 0, 0, 5);
    expect(p.right.z).toBeCloseTo(z, 3);
  });
});
