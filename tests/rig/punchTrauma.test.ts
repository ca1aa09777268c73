import { describe, expect, it } from "vitest";
import { analyzeTrace } from "../../src/rig/analysis";
import { defaultComfort } from "../../src/rig/comfort";
import { Rig } from "../../src/rig/Rig";
import { createRigSignals } from "../../src/rig/RigSignals";
import { DEG, DT, only, record } from "./helpers";

describe("punch spring (Source view punch)", () => {
  it("peaks at 1.3x the kick near 135 ms and is under 5 % after 1 s", () => {
    const rig = new Rig({ settings: only(["punch"]) });
    const kick = 2 * DEG;
    rig.punch(kick, 0, 0);
    const { values } = record(rig, createRigSignals(), 90, (r) => r.pose.pitchRad);
    const peak = Math.max(...values);
    const peakMs = (values.indexOf(peak) + 1) * DT * 1000;
    expect(peak / kick).toBeGreaterThan(1.2);
    expect(peak / kick).toBeLessThan(1.4);
    expect(peakMs).toBeGreaterThan(110);
    expect(peakMs).toBeLessThan(160);
    for (const v of values.slice(60)) expect(Math.abs(v) / kick).toBeLessThan(0.05);
  });

  it("sub-steps long ticks: a 1/15 s step gives the same curve as four 1/60 s steps", () => {
    const a = new Rig({ settings: only(["punch"]) });
    const b = new Rig({ settings: only(["punch"]) });
    a.punch(0.05, 0.02, 0.01);
    b.punch(0.05, 0.02, 0.01);
    const sig = createRigSignals();
    for (let i = 0; i < 10; i++) {
      a.step(sig, 4 * DT);
      for (let j = 0; j < 4; j++) b.step(sig, DT);
      expect(a.pose.pitchRad).toBeCloseTo(b.pose.pitchRad, 9);
      expect(a.pose.yawRad).toBeCloseTo(b.pose.yawRad, 9);
    }
  });
});

describe("trauma shake", () => {
  it("trauma from 1 reaches 0 in 1/decay seconds", () => {
    const settings = only(["trauma"]);
    const rig = new Rig({ settings });
    rig.addTrauma(1);
    const { values } = record(rig, createRigSignals(), 120, (r) => r.trauma.ownTrauma);
    const zeroAt = values.indexOf(0) + 1;
    expect(Math.abs(zeroAt * DT - 1 / settings.layers.trauma.decayPerS)).toBeLessThanOrEqual(DT);
    expect(values[zeroAt - 3]).toBeGreaterThan(0);
  });

  it("is continuous: the per-tick jump is bounded by max angle x noise slope x frequency x dt", () => {
    // The two-octave simplex noise has a slope of at most about 7.2 per noise unit.
    const NOISE_SLOPE = 7.5;
    for (const [freq, dt] of [[4, 1 / 60], [12, 1 / 600]] as const) {
      const settings = only(["trauma"], (s) => {
        s.layers.trauma.frequencyHz = freq;
        s.layers.trauma.decayPerS = 0.05;
        s.layers.trauma.maxPitchDeg = 5;
      });
      const rig = new Rig({ settings, comfort: rigComfortNoCap() });
      rig.addTrauma(1);
      const sig = createRigSignals();
      let prev = 0;
      let maxJump = 0;
      for (let i = 0; i < 600; i++) {
        rig.step(sig, dt);
        if (i > 0) maxJump = Math.max(maxJump, Math.abs(rig.pose.pitchRad - prev));
        prev = rig.pose.pitchRad;
      }
      const bound = 5 * DEG * (NOISE_SLOPE * freq * dt + 2 * 0.05 * dt);
      expect(maxJump).toBeLessThan(bound);
      expect(maxJump).toBeGreaterThan(bound / 20);
    }
  });

  it("stabiliser strength 1 cuts the RMS angular speed of shake by at least 80 %", () => {
    const speeds = [0, 1].map((strength) => {
      const rig = new Rig({
        settings: only(["trauma", "stabiliser"], (s) => {
          s.layers.stabiliser.strength = strength;
          s.layers.trauma.decayPerS = 0.05;
        }),
        comfort: rigComfortNoCap(),
      });
      rig.addTrauma(1);
      const sig = createRigSignals();
      const pitchRad: number[] = [];
      const yawRad: number[] = [];
      const rollRad: number[] = [];
      for (let i = 0; i < 600; i++) {
        rig.step(sig, DT);
        pitchRad.push(rig.pose.pitchRad);
        yawRad.push(rig.pose.yawRad);
        rollRad.push(rig.pose.rollRad);
      }
      return analyzeTrace({ dtS: DT, pitchRad, yawRad, rollRad, yM: pitchRad.map(() => 0) }).rmsAngularSpeedDegS;
    });
    expect(speeds[0]).toBeGreaterThan(0);
    expect(speeds[1]).toBeLessThan(0.2 * speeds[0]);
  });
});

function rigComfortNoCap() {
  return { ...defaultComfort(), maxAngularSpeedDegS: 2000, maxRollDeg: 45 };
}
