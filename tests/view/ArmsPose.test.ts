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

  it("put both hands on the ledge up a mantle, in view even with the ledge below the eye", () => {
    const p = new ArmsPose();
    // Risen past the ledge (0.45 m under the eye), the camera pitched 13 degrees down.
    p.setMove("mantle", 0.4, -0.45, 0, (-13 * Math.PI) / 180);
    p.update(1 / 60, 0, 0, 0.4);
    for (const h of [p.left, p.right]) {
      // In a 70-degree-tall view: under 35 degrees below its centre.
      expect(Math.atan2(-h.y, -h.z)).toBeLessThan((32 * Math.PI) / 180);
      expect(h.z).toBeLessThan(-0.45);
    }
    expect(p.left.x).toBeCloseTo(-p.right.x, 6);
    // The wall the hands hold does not push the arms back.
    expect(p.pull01).toBe(0);
  });

  it("climb a ladder hand over hand: the higher hand changes with every rung", () => {
    const p = new ArmsPose();
    const higher: string[] = [];
    for (const climbed of [0.15, 0.45, 0.75, 1.05]) {
      p.setMove("ladder", 0, 0, climbed);
      p.update(1 / 60, 0, 0, 0.4);
      higher.push(p.left.y > p.right.y ? "left" : "right");
    }
    expect(higher).toEqual(["left", "right", "left", "right"]);
  });
});
