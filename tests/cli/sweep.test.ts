import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { keepOtherSections, sectionBody } from "../../src/cli/bench/benchmarksFile";
import { parseSeeds, quantile, type SweepSummary } from "../../src/cli/sweep/sweepSummary";
import { SWEEP_HEADING, withSweepRows } from "../../src/cli/sweep/sweepTable";
import { onlyJson } from "./tool";

function tool(script: "sim" | "sweep", ...args: string[]) {
  return spawnSync("npx", ["tsx", `src/cli/${script}.ts`, ...args], { encoding: "utf8", cwd: process.cwd() });
}

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").pop() ?? "");

describe("npm run sweep", () => {
  it("summarises exactly what npm run sim reports seed by seed", () => {
    const seeds = [5, 6, 7];
    const sweep = tool("sweep", "--piece", "street", "--seeds", "5-7", "--jobs", "2");
    expect(sweep.stderr).toContain("[3/3]");
    const summary = onlyJson(sweep.stdout) as unknown as SweepSummary;
    const sims = seeds.map((s) => lastJson(tool("sim", "--piece", "street", "--autopilot", "--seed", String(s)).stdout));
    expect(summary.difficulty).toBe("normal");
    expect(summary.runs).toBe(3);
    const [p] = summary.pieces;
    expect(p.piece).toBe("street");
    expect(p.runs).toBe(3);
    expect(p.completed).toBe(sims.filter((r) => r.completed).length);
    const deaths = sims.map((r) => r.deaths as number).sort((a, b) => a - b);
    expect(p.deaths).toEqual({ median: deaths[1], max: deaths[2] });
    const secs = sims.filter((r) => r.completed).map((r) => r.seconds as number).sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    if (secs.length) expect(p.seconds).toEqual({ median: round(quantile(secs, 0.5)), p90: round(quantile(secs, 0.9)), worst: round(secs[secs.length - 1]) });
    expect(p.failedSeeds).toEqual(seeds.filter((_, i) => !sims[i].completed));
    expect(sweep.status).toBe(p.failedSeeds.length ? 1 : 0);
  }, 180_000);

  it("names the wrong field and exits 2 on bad input; --help says how", () => {
    const cases: [string[], string][] = [
      [["--seeds", "1-3"], "--piece is missing"],
      [["--piece", "nope", "--seeds", "1-3"], 'unknown piece "nope"'],
      [["--piece", "street"], "--seeds is missing"],
      [["--piece", "street", "--seeds", "9-2"], "--seeds"],
      [["--piece", "street", "--seeds", "a-b"], "--seeds"],
      [["--piece", "all", "--seeds", "1", "--difficulty", "brutal"], "--difficulty"],
      [["--piece", "all", "--seeds", "1", "--jobs", "0"], "--jobs"],
      [["--piece", "all", "--seeds", "1", "--fast"], '"--fast"'],
    ];
    for (const [args, msg] of cases) {
      const r = tool("sweep", ...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(msg);
      expect(r.stdout).toBe("");
    }
    const help = tool("sweep", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--piece <id|all>");
    expect(tool("sweep", "--piece", "street", "--seeds", "4294967295-4294967296").stderr).toContain("a seed must be a whole number from 0 to 4294967295");
  }, 120_000);

  it("reads seed lists and ranges", () => {
    expect(parseSeeds("1-5")).toEqual([1, 2, 3, 4, 5]);
    expect(parseSeeds("0,7,9-11,7")).toEqual([0, 7, 9, 10, 11]);
    expect(() => parseSeeds("1-100000")).toThrow(/at most/);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(90);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
  });

  it("writes its rows into BENCHMARKS.md's sweep section and keeps everything else", () => {
    const summary: SweepSummary = {
      difficulty: "hard",
      seeds: "1-50",
      runs: 50,
      completionRate: 1,
      pieces: [
        { piece: "street", difficulty: "hard", budgetS: 240, runs: 50, completed: 49, completionRate: 0.98, deaths: { median: 1, max: 4 }, seconds: { median: 70, p90: 90, worst: 130 }, failedSeeds: [12], seedsOverFairDeaths: [3, 4] },
      ],
    };
    const before = "# Benchmarks\n\ntimings table\n\n## Soak\n\nheap figures\n";
    const once = withSweepRows(before, summary);
    expect(once).toContain("timings table");
    expect(once).toContain("## Soak\n\nheap figures");
    const body = sectionBody(once, SWEEP_HEADING)!;
    expect(body).toContain("| street | hard | 1-50 | 49/50 | 1 / 4 | 70 / 90 / 130 s | 12 | 3, 4 |");
    // Another difficulty adds its row; the same one replaces its row.
    const normal = { ...summary, difficulty: "normal" as const, pieces: [{ ...summary.pieces[0], difficulty: "normal" as const, completed: 50, failedSeeds: [] }] };
    const twice = withSweepRows(withSweepRows(once, normal), { ...summary, pieces: [{ ...summary.pieces[0], completed: 50, failedSeeds: [] }] });
    const rows = sectionBody(twice, SWEEP_HEADING)!.split("\n").filter((l) => l.startsWith("| street"));
    expect(rows).toEqual([expect.stringContaining("| street | normal |"), expect.stringContaining("| street | hard | 1-50 | 50/50 |")]);
    // npm run bench rewrites its own part and keeps the sweep's section.
    const rebenched = keepOtherSections("# Benchmarks\n\nnew timings\n", twice);
    expect(rebenched).toContain("new timings");
    expect(rebenched).not.toContain("timings table");
    expect(sectionBody(rebenched, SWEEP_HEADING)).toBe(sectionBody(twice, SWEEP_HEADING));
  });
});
