import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeTrace } from "../../src/rig/analysis";
import { PARKOUR_COURSE_TICKS, parkourSegments, runParkourCourse } from "../../src/rig/parkourCourse";
import { loadPreset, PRESET_IDS } from "../../src/rig/presets";
import { Rig } from "../../src/rig/Rig";
import { createRigSignals } from "../../src/rig/RigSignals";
import { DEG, DT, only } from "./helpers";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");

function segment(label: string): { startTick: number; endTick: number } {
  const s = parkourSegments().find((x) => x.label === label);
  if (!s) throw new Error(`no segment ${label}`);
  return s;
}

function minOver(values: Float64Array, from: number, to: number): number {
  let m = Number.POSITIVE_INFINITY;
  for (let i = from; i < to; i++) m = Math.min(m, values[i]);
  return m;
}

describe("the parkour course", () => {
  it("is 1,500 ticks in the pinned order (src/rig/README.md), with every verb in it", () => {
    const labels = parkourSegments().map((s) => s.label);
    expect(labels).toEqual([
      "stand", "sprint 10 m", "vault 1 m", "sprint 5 m", "mantle 2 m", "walk 2 m", "grab ladder", "climb 4 m",
      "step off", "sprint 10 m", "3.5 m gap", "sprint 3 m", "4 m drop", "roll", "stand",
    ]);
    const segs = parkourSegments();
    expect(segs[segs.length - 1].endTick).toBe(PARKOUR_COURSE_TICKS);
    // The moves are done by about 11 s; the rest is standing, as the standard course ends.
    expect(segs[segs.length - 1].startTick / 60).toBeLessThan(11.5);
  });

  it("keeps the comfort preset's peak angular speed under 35 deg/s", () => {
    const f = analyzeTrace(runParkourCourse(loadPreset("comfort")).trace);
    expect(f.peakAngularSpeedDegS).toBeGreaterThan(0);
    expect(f.peakAngularSpeedDegS).toBeLessThan(35);
  });

  it("moves the stuntman's head like a head through each verb, and not when the moves layer is muted", () => {
    const stunt = runParkourCourse(loadPreset("stuntman")).trace;
    const muted = loadPreset("stuntman");
    muted.layers.moves.mute = true;
    const still = runParkourCourse(muted).trace;
    const dip = (trace: typeof stunt, label: string) => {
      const s = segment(label);
      return -minOver(trace.pitchRad, s.startTick, s.endTick + 6) / DEG;
    };
    // Nose down over the box, at the hands on the ledge, through the roll's tuck.
    expect(dip(stunt, "vault 1 m") - dip(still, "vault 1 m")).toBeGreaterThan(5);
    expect(dip(stunt, "mantle 2 m") - dip(still, "mantle 2 m")).toBeGreaterThan(10);
    expect(dip(stunt, "roll") - dip(still, "roll")).toBeGreaterThan(40);
    const vault = segment("vault 1 m");
    expect(minOver(stunt.yM, vault.startTick, vault.endTick)).toBeLessThan(minOver(still.yM, vault.startTick, vault.endTick) - 0.05);
  });

  it("nods once per rung on a ladder: 2 m/s over 0.3 m rungs is 6.7 nods a second", () => {
    const rig = new Rig({ settings: only(["moves"]), seed: 1 });
    const sig = createRigSignals();
    sig.move = "ladder";
    sig.grounded = false;
    const pitch: number[] = [];
    for (let i = 0; i < 180; i++) {
      sig.climbedM = 2 * i * DT;
      rig.step(sig, DT);
      pitch.push(rig.pose.pitchRad);
    }
    // Count the nods (local minima) over the last two seconds, after the fade in.
    let nods = 0;
    for (let i = 61; i < 179; i++) if (pitch[i] < pitch[i - 1] && pitch[i] <= pitch[i + 1]) nods++;
    expect(nods).toBeGreaterThanOrEqual(12);
    expect(nods).toBeLessThanOrEqual(14);
    // Stopped on the rungs: the head stops nodding.
    const held = pitch[179];
    for (let i = 0; i < 30; i++) rig.step(sig, DT);
    expect(Math.abs(rig.pose.pitchRad - held)).toBeLessThan(2 * DEG);
  });

  it("prints the same figures as the standard course from the command line, for every preset", () => {
    for (const id of PRESET_IDS) {
      const r = spawnSync(TSX, ["src/cli/rig.ts", "analyze", id, "--course", "parkour"], { encoding: "utf8" });
      expect(r.status).toBe(0);
      const json = JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
      expect(Object.keys(json)).toEqual(["preset", "peakAngularSpeedDegS", "rmsAngularSpeedDegS", "rmsRollDeg", "peakBobM", "vimsBandShare", "vimsBandRmsDeg", "comfort"]);
      expect(json.peakAngularSpeedDegS).toBe(analyzeTrace(runParkourCourse(loadPreset(id)).trace).peakAngularSpeedDegS);
    }
    const bad = spawnSync(TSX, ["src/cli/rig.ts", "analyze", "stuntman", "--course", "rooftops"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--course must be one of standard, parkour, got "rooftops"');
  }, 120_000);
});
