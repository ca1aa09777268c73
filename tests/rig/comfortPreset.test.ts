import { describe, expect, it } from "vitest";
import { analyzeTrace } from "../../src/rig/analysis";
import { loadPreset } from "../../src/rig/presets";
import { runStandardCourse } from "../../src/rig/standardCourse";
import { DEG } from "./helpers";

/** The largest pitch offset (deg) within a course segment. */
function peakPitchDeg(label: string): number {
  const { trace, segments } = runStandardCourse(loadPreset("comfort"));
  const seg = segments.find((s) => s.label === label)!;
  let peak = 0;
  for (let i = seg.startTick; i < seg.endTick; i++) peak = Math.max(peak, Math.abs(trace.pitchRad[i]));
  return peak / DEG;
}

describe("the comfort preset on the standard course", () => {
  it("keeps the 0.2–0.4 Hz band at Quake III's 0.10° or below, rms under 2.5 °/s and peak under 35 °/s", () => {
    const a = analyzeTrace(runStandardCourse(loadPreset("comfort")).trace);
    expect(a.vimsBandRmsDeg).toBeLessThanOrEqual(0.1);
    expect(a.vimsBandRmsDeg).toBeGreaterThan(0);
    expect(a.rmsAngularSpeedDegS).toBeLessThan(2.5);
    expect(a.peakAngularSpeedDegS).toBeLessThan(35);
  });

  it("still shows recoil and an explosion: each moves the view by a visible fraction of a degree", () => {
    // A tenth of a degree is a few pixels at 1080p and 90°: seen, not felt.
    expect(peakPitchDeg("10 rifle shots")).toBeGreaterThan(0.2);
    expect(peakPitchDeg("explosion 5 m")).toBeGreaterThan(0.2);
  });
});
