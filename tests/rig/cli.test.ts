import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchRig } from "../../src/cli/bench/rigBench";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const run = (...args: string[]) => spawnSync(TSX, ["src/cli/rig.ts", ...args], { encoding: "utf8" });

describe("npm run rig -- analyze", () => {
  it("prints the figures as JSON on the last line and writes a readable SVG", () => {
    const dir = mkdtempSync(join(tmpdir(), "rig-"));
    const svg = join(dir, "x.svg");
    const r = run("analyze", "stuntman", "--svg", svg);
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split("\n").pop() ?? "";
    const json = JSON.parse(last);
    expect(Object.keys(json)).toEqual(["preset", "peakAngularSpeedDegS", "rmsAngularSpeedDegS", "rmsRollDeg", "peakBobM", "vimsBandShare", "vimsBandRmsDeg", "comfort"]);
    expect(json.preset).toBe("stuntman");
    expect(["good", "fair", "poor"]).toContain(json.comfort.rating);
    const text = readFileSync(svg, "utf8");
    expect(text.startsWith("<svg")).toBe(true);
    for (const label of ["time (s)", "deg/s", "walk 10 m", "sprint 20 m", "explosion 5 m", "pitch (up +)"]) expect(text).toContain(label);
  }, 30_000);

  it("analyses a preset file, and refuses a bad one with exit code 2 naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "rig-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ version: 1, name: "mine", layers: { bob: { amplitudeYM: 0.05 } } }));
    const ok = run("analyze", good);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.trim().split("\n").pop() ?? "").peakBobM).toBeGreaterThan(0);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ version: 1, layers: { bob: { amplitudeYM: 5 }, trauma: { wobble: 1 } } }));
    const r = run("analyze", bad);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("layers.bob.amplitudeYM: 5 is above the maximum 0.2");
    expect(r.stderr).toContain("layers.trauma.wobble: unknown key");
    expect(run("analyze", "nosuchpreset").status).toBe(2);
    expect(run("frobnicate").status).toBe(2);
  }, 30_000);
});

describe("rig bench", () => {
  it("reports the step median and p95 in microseconds", () => {
    const [row] = benchRig();
    expect(row.unit).toBe("us");
    expect(row.median).toBeGreaterThan(0);
    expect(row.p95).toBeGreaterThanOrEqual(row.median);
    expect(row.n).toBeGreaterThan(100);
  });
});
