import { describe, expect, it } from "vitest";
import { createBodyInput } from "../../../src/view/bodies/BodyInput";
import { FigurePose } from "../../../src/view/bodies/FigurePose";
import { stepLengthM } from "../../../src/view/bodies/gaitTuning";
import { createWorldPose, poseToWorld } from "../../../src/view/bodies/fk";
import { LEGS, POSE_FLOATS } from "../../../src/view/bodies/skeleton";
import { FootMetrics } from "./footMetrics";

const DT = 1 / 60;

/** A figure moving at `speed` along `dirRad` (0: -Z) while facing `faceRad`, for `ticks`; feet measured after a second. */
function walk(speed: number, dirRad: number, faceRad: number, opts: { ticks?: number; crouch?: boolean } = {}) {
  const fp = new FigurePose(7);
  const inp = createBodyInput();
  inp.yawRad = faceRad;
  inp.crouch01 = opts.crouch ? 1 : 0;
  inp.vx = -Math.sin(dirRad) * speed;
  inp.vz = -Math.cos(dirRad) * speed;
  const buf = new Float32Array(POSE_FLOATS);
  const feet = new FootMetrics();
  let clamped = 0;
  let stanceTicks = 0;
  const world = createWorldPose();
  for (let t = 0; t < (opts.ticks ?? 900); t++) {
    inp.x += inp.vx * DT;
    inp.z += inp.vz * DT;
    fp.step(inp, DT, t);
    fp.write(buf, 0);
    if (t < 60) continue;
    feet.sample(buf, 0, t);
    poseToWorld(buf, 0, world);
    for (let i = 0; i < 2; i++) {
      if (!fp.gait.feet[i].stance) continue;
      stanceTicks++;
      // A planted foot the leg cannot reach would be dragged: count those ticks.
      if (world.p[LEGS[i].foot].distanceTo(fp.gait.feet[i].ankle) > 0.01) clamped++;
    }
  }
  return { feet, clampedShare: clamped / Math.max(1, stanceTicks) };
}

describe("bodies: feet that do not slide and a stride that matches the ground speed", () => {
  it("walking (1.3 and 1.8 m/s) and running (3 and 4.6 m/s): each sole slips under 5 cm per step (in fact under 1 cm), never at the reach limit", () => {
    const rows = [1.3, 1.8, 3, 4.6].map((v) => {
      const r = walk(v, 0, 0);
      return { v, slipCm: +(r.feet.maxSlipM * 100).toFixed(2), clampedShare: r.clampedShare, steps: r.feet.touchdowns[0].length + r.feet.touchdowns[1].length };
    });
    console.log(JSON.stringify(rows));
    for (const r of rows) {
      expect(r.steps, `${r.v} m/s`).toBeGreaterThan(10);
      expect(r.slipCm, `${r.v} m/s`).toBeLessThan(5);
      expect(r.slipCm, `${r.v} m/s`).toBeLessThan(1);
      expect(r.clampedShare, `${r.v} m/s`).toBe(0);
    }
  });

  it("strafing, backpedalling, running diagonally and crouch-walking keep the feet planted too", () => {
    const cases: [string, number, number, boolean][] = [
      ["strafe right", 1.8, -Math.PI / 2, false],
      ["strafe-run left", 4.6, Math.PI / 2, false],
      ["backpedal", 1.8, Math.PI, false],
      ["diagonal run", 4.6, 0.7, false],
      ["crouch-walk", 1.5, 0, true],
    ];
    for (const [name, v, dir, crouch] of cases) {
      const r = walk(v, dir, 0, { crouch });
      expect(r.feet.touchdowns[0].length, name).toBeGreaterThan(5);
      expect(r.feet.maxSlipM * 100, name).toBeLessThan(2);
      expect(r.clampedShare, name).toBeLessThan(0.01);
    }
  });

  it("the stride period is 2 L(v) / v: the feet keep pace with the ground, walking and running", () => {
    for (const v of [1.3, 1.8, 4.6]) {
      const r = walk(v, 0, 0);
      const measuredS = r.feet.stridePeriodTicks() * DT;
      const expectedS = (2 * stepLengthM(v)) / v;
      expect(Math.abs(measuredS - expectedS) / expectedS, `${v} m/s: ${measuredS.toFixed(3)} s vs ${expectedS.toFixed(3)} s`).toBeLessThan(0.03);
      // A person's cadence: 100 to 200 steps a minute.
      const stepsPerMin = 120 / measuredS;
      expect(stepsPerMin).toBeGreaterThan(100);
      expect(stepsPerMin).toBeLessThan(200);
    }
  });

  it("turning on the spot steps the feet round instead of twisting the legs", () => {
    const fp = new FigurePose(3);
    const inp = createBodyInput();
    const buf = new Float32Array(POSE_FLOATS);
    const feet = new FootMetrics();
    for (let t = 0; t < 240; t++) {
      inp.yawRad = Math.min(Math.PI / 2, t * 0.02);
      fp.step(inp, DT, t);
      fp.write(buf, 0);
      feet.sample(buf, 0, t);
    }
    const steps = feet.touchdowns[0].length + feet.touchdowns[1].length;
    expect(steps).toBeGreaterThanOrEqual(2);
    for (const f of fp.gait.feet) expect(Math.abs(f.plantYaw - Math.PI / 2)).toBeLessThan(0.61);
    expect(feet.maxSlipM).toBeLessThan(0.02);
  });

  it("never snaps: from standing to a run and back, no bone jumps more than a few centimetres in a tick beyond the body's own motion", () => {
    const fp = new FigurePose(5);
    const inp = createBodyInput();
    const buf = new Float32Array(POSE_FLOATS);
    const a = createWorldPose();
    const b = createWorldPose();
    let worst = 0;
    for (let t = 0; t < 600; t++) {
      const speed = t < 60 ? 0 : t < 300 ? Math.min(4.6, (t - 60) * 0.1) : Math.max(0, 4.6 - (t - 300) * 0.1);
      inp.vz = -speed;
      inp.z += inp.vz * DT;
      fp.step(inp, DT, t);
      fp.write(buf, 0);
      poseToWorld(buf, 0, t % 2 ? a : b);
      if (t < 2) continue;
      const now = t % 2 ? a : b;
      const before = t % 2 ? b : a;
      for (let i = 0; i < now.p.length; i++) worst = Math.max(worst, now.p[i].distanceTo(before.p[i]) - speed * DT);
    }
    // A running foot in its swing moves fastest (about 12 m/s, 20 cm a tick).
    expect(worst).toBeLessThan(0.25);
  });
});
