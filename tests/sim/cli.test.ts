import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sim(...args: string[]) {
  return spawnSync("npx", ["tsx", "src/cli/sim.ts", ...args], { encoding: "utf8", cwd: process.cwd() });
}

function lastJson(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]);
}

describe("npm run sim", () => {
  it("runs the street headless and ends with the result as one JSON line", () => {
    const r = sim("--piece", "street", "--ticks", "600", "--seed", "3");
    expect(r.status).toBe(0);
    const out = lastJson(r.stdout);
    expect(Object.keys(out)).toEqual([
      "piece",
      "completed",
      "ticks",
      "seconds",
      "stateHash",
      "shotsFired",
      "hits",
      "kills",
      "deaths",
      "camerasDestroyed",
      "glassBroken",
      "propsThrown",
      "vaults",
      "mantles",
      "climbs",
      "gapJumps",
    ]);
    // The street has no parkour: its counters are there, at zero.
    for (const k of ["vaults", "mantles", "climbs", "gapJumps"]) expect(out[k]).toBe(0);
    expect(out.piece).toBe("street");
    expect(out.ticks).toBe(600);
    expect(out.seconds).toBe(10);
    expect(out.completed).toBe(false);
    expect(out.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("the autopilot plays the street to its end card, fighting on the way, without being told how long", () => {
    const r = sim("--piece", "street", "--autopilot");
    expect(r.status).toBe(0);
    const out = lastJson(r.stdout);
    expect(out.completed).toBe(true);
    // It stopped at the end card, well inside the piece's 240 s budget (the old default cut it at 60 s).
    expect(out.seconds as number).toBeGreaterThan(40);
    expect(out.seconds as number).toBeLessThan(240);
    expect(out.ticks).toBe(Math.round((out.seconds as number) * 60));
    expect(out.kills as number).toBeGreaterThan(0);
    expect(out.shotsFired as number).toBeGreaterThan(0);
  });

  it("the autopilot chases the courier over the rooftops to the end card, using every verb, the same twice", () => {
    const runs = [1, 2].map(() => {
      const r = sim("--piece", "rooftops", "--autopilot", "--seed", "1", "--ticks", "14400");
      expect(r.status).toBe(0);
      return lastJson(r.stdout);
    });
    const out = runs[0];
    expect(out.completed).toBe(true);
    expect(out.seconds as number).toBeLessThan(240);
    for (const k of ["vaults", "mantles", "climbs", "gapJumps"]) expect(out[k] as number, k).toBeGreaterThan(0);
    expect(runs[1].stateHash).toBe(out.stateHash);
  }, 60_000);

  it("exits 2 with a message on bad input", () => {
    const nope = sim("--piece", "nope");
    expect(nope.status).toBe(2);
    expect(nope.stderr).toContain('unknown piece "nope"');
    const day = sim("--piece", "day", "--record", "day.json");
    expect(day.status).toBe(2);
    expect(day.stderr).toContain("--record cannot go with --piece day: a take is of one set piece");
    const ticks = sim("--piece", "street", "--ticks", "many");
    expect(ticks.status).toBe(2);
    expect(ticks.stderr).toContain("--ticks");
    const difficulty = sim("--piece", "street", "--difficulty", "brutal");
    expect(difficulty.status).toBe(2);
    expect(difficulty.stderr).toContain("--difficulty must be one of easy, normal, hard");
    const help = sim("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--difficulty");
    const dir = mkdtempSync(join(tmpdir(), "headcam-take-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ format: "headcam-take", version: 2 }));
    const take = sim("--take", file);
    expect(take.status).toBe(2);
    expect(take.stderr).toContain("version 2 is newer");
  });
});
