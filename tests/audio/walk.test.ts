import { describe, expect, it } from "vitest";
import { VOICE_CAP } from "../../src/audio/Mixer";
import { mixReport } from "../../src/cli/mix";
import { runMix } from "../../src/cli/mix/mixRun";

describe("sound over a headless run of the street (rig driver + recording engine)", () => {
  const run = runMix("street", 30, 1);
  const report = mixReport(run, "street");

  it("plays exactly one footstep sound per rig footstep event", () => {
    expect(run.rigFootsteps).toBeGreaterThan(10);
    expect(report.footsteps).toBe(run.rigFootsteps);
  });

  it("hears every shot Henry fires, asks for no missing sound and keeps the cap", () => {
    expect(report.checks.everyOwnShotHeard).toBe(true);
    expect(report.missing).toEqual([]);
    // World sounds are capped; Henry's own (steps, gun, breath, heart) and the music come on top.
    expect(report.maxVoicesAtOnce).toBeLessThanOrEqual(VOICE_CAP + 12);
  });

  it("runs the music for the whole run", () => {
    expect(report.checks.musicThroughout).toBe(true);
  });
});
