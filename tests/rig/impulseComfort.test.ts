import { describe, expect, it } from "vitest";
import { analyzeTrace } from "../../src/rig/analysis";
import { reducedMotionComfort } from "../../src/rig/comfort";
import { impulseFalloff } from "../../src/rig/layers/ImpulseLayer";
import { Rig } from "../../src/rig/Rig";
import { loadPreset } from "../../src/rig/presets";
import { createRigSignals } from "../../src/rig/RigSignals";
import { runStandardCourse } from "../../src/rig/standardCourse";
import { DEG, only, record } from "./helpers";

function impulsePeak(distanceM: number, delayed = false): { peakDeg: number; trauma: number; firstTick: number } {
  const rig = new Rig({ settings: only(["impulse", "trauma"]) });
  rig.impulse({ sourcePos: [0, 0, -distanceM], listenerPos: [0, 0, 0], strength: 1, innerRadiusM: 2, outerRadiusM: 20, delayed });
  let trauma = 0;
  const { values } = record(rig, createRigSignals(), 60, (r) => {
    trauma = Math.max(trauma, r.trauma.worldTrauma);
    return Math.abs(r.impulses.out.pitch);
  });
  const firstTick = values.findIndex((v) => v > 0);
  return { peakDeg: Math.max(...values) / DEG, trauma, firstTick };
}

describe("impulses", () => {
  it("are full inside the inner radius and zero beyond the outer radius", () => {
    const full = impulsePeak(0.5);
    expect(full.peakDeg).toBeGreaterThan(0);
    expect(impulsePeak(1.9).peakDeg).toBeCloseTo(full.peakDeg, 9);
    expect(impulsePeak(1.9).trauma).toBeCloseTo(full.trauma, 9);
    const mid = impulsePeak(11);
    expect(mid.peakDeg / full.peakDeg).toBeCloseTo(0.5, 6);
    const far = impulsePeak(20.5);
    expect(far.peakDeg).toBe(0);
    expect(far.trauma).toBe(0);
  });

  it("falls off linearly or smoothly, and is delayed by distance / 343 m/s", () => {
    expect(impulseFalloff(11, 2, 20, 0)).toBeCloseTo(0.5, 9);
    expect(impulseFalloff(11, 2, 20, 1)).toBeCloseTo(0.5, 9);
    expect(impulseFalloff(6.5, 2, 20, 1)).toBeGreaterThan(impulseFalloff(6.5, 2, 20, 0));
    // 17.15 m at 343 m/s = 50 ms: it arrives on the third tick (poses are end-of-tick, index 2).
    expect(impulsePeak(17.15, true).firstTick).toBe(2);
    expect(impulsePeak(17.15, false).firstTick).toBe(0);
  });
});

describe("comfort", () => {
  it("reduced-motion profile: no bob and no shake on the standard course", () => {
    const { trace, segments } = runStandardCourse(loadPreset("stuntman"), { comfort: reducedMotionComfort() });
    for (let i = 0; i < trace.ticks; i++) expect(trace.yM[i]).toBe(0);
    const walkStart = segments[1].startTick;
    const jumpStart = segments[3].startTick;
    for (let i = walkStart; i < jumpStart; i++) {
      expect(trace.pitchRad[i]).toBe(0);
      expect(trace.rollRad[i]).toBe(0);
    }
    const blast = segments[segments.length - 1].startTick;
    for (let i = blast; i < trace.ticks; i++) expect(Math.abs(trace.yawRad[i] - trace.yawRad[blast])).toBeLessThan(0.05 * DEG);
  });

  it("comfort scores better than stuntman; off adds no motion", () => {
    const comfort = analyzeTrace(runStandardCourse(loadPreset("comfort")).trace);
    const stuntman = analyzeTrace(runStandardCourse(loadPreset("stuntman")).trace);
    expect(comfort.comfort.score).toBeGreaterThan(stuntman.comfort.score);
    expect(comfort.rmsAngularSpeedDegS).toBeLessThan(stuntman.rmsAngularSpeedDegS);
    const off = runStandardCourse(loadPreset("off"), { playerFovDeg: 95 });
    for (const ch of [off.trace.pitchRad, off.trace.yawRad, off.trace.rollRad, off.trace.xM, off.trace.yM, off.trace.zM]) {
      for (const v of ch) expect(v).toBe(0);
    }
    for (const f of off.trace.fovDeg) expect(f).toBe(95);
  });

  it("horizon lock 1 leaves no roll, even for the stuntman", () => {
    const s = loadPreset("stuntman");
    s.layers.stabiliser.horizonLock = 1;
    const { trace } = runStandardCourse(s);
    for (const r of trace.rollRad) expect(r).toBe(0);
  });

  it("caps total roll and effect angular speed", () => {
    const { trace } = runStandardCourse(loadPreset("stuntman"), {
      comfort: { ...reducedMotionComfort(), headBobGain: 1, ownShakeGain: 1, worldShakeGain: 1, swayGain: 1, punchGain: 1 },
    });
    const a = analyzeTrace(trace);
    expect(a.peakAngularSpeedDegS).toBeLessThanOrEqual(60.001);
    for (const r of trace.rollRad) expect(Math.abs(r)).toBeLessThanOrEqual(5 * DEG + 1e-12);
  });

  it("same seed, same trace; another seed, another shake", () => {
    const a = runStandardCourse(loadPreset("stuntman"), { seed: 7 }).trace;
    const b = runStandardCourse(loadPreset("stuntman"), { seed: 7 }).trace;
    const c = runStandardCourse(loadPreset("stuntman"), { seed: 8 }).trace;
    expect(Array.from(a.pitchRad)).toEqual(Array.from(b.pitchRad));
    expect(Array.from(a.yM)).toEqual(Array.from(b.yM));
    expect(Array.from(a.yawRad)).not.toEqual(Array.from(c.yawRad));
  });

  it("an operator cross-fade is gradual: no tick jumps more than the two presets do", () => {
    const rig = new Rig({ settings: loadPreset("stuntman") });
    const sig = createRigSignals();
    sig.velocityMps.z = 4.5;
    record(rig, sig, 120, () => 0);
    rig.setOperator(loadPreset("classic"), 1);
    const { values } = record(rig, sig, 90, (r) => r.pose.offsetM.y);
    let maxJump = 0;
    for (let i = 1; i < values.length; i++) maxJump = Math.max(maxJump, Math.abs(values[i] - values[i - 1]));
    expect(maxJump).toBeLessThan(0.02);
    expect(rig.effective.bob.model).toBe(1);
  });
});
