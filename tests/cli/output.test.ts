import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeOutput } from "../../src/cli/cliOutput";
import { BadInput } from "../../src/cli/cliArgs";
import { onlyJson, type ToolName, tool, toolIntoClosedPipe } from "./tool";

const dir = mkdtempSync(join(tmpdir(), "headcam-cli-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |node:internal|EPIPE/);

describe("stdout is only the JSON line; progress and reports go to stderr", () => {
  it("sim: the 10 s progress line on stderr, the result alone on stdout (npm run -s sim | jq works)", () => {
    const r = tool("sim", ["--piece", "street", "--ticks", "660"]);
    expect(r.status).toBe(0);
    expect(onlyJson(r.stdout).ticks).toBe(660);
    expect(r.stderr).toMatch(/^t=10s player=/m);
  });

  it("mix: the report table on stderr, the summary alone on stdout", () => {
    const r = tool("mix", ["--piece", "street", "--seconds", "2"]);
    expect([0, 1]).toContain(r.status);
    const json = onlyJson(r.stdout);
    expect(json.piece).toBe("street");
    expect(json.seconds).toBe(2);
    expect(r.stderr).toContain("mix report: street, 2 s under the autopilot");
    expect(r.stderr).toMatch(/(ok {2}|FAIL) footstepsMatchRig/);
  });

  it("rig: the figures alone on stdout", () => {
    const r = tool("rig", ["analyze", "off"]);
    expect(r.status).toBe(0);
    expect(onlyJson(r.stdout).preset).toBe("off");
  });

  it("bench: the rows on stderr, the summary alone on stdout", () => {
    const r = tool("bench", ["--no-browser", "--quick"]);
    expect(r.status).toBe(0);
    const json = onlyJson(r.stdout) as { rows: { name: string }[]; file: string | null };
    expect(json.rows.map((x) => x.name)).toContain("rig step (stuntman, per tick)");
    expect(json.file).toBeNull();
    expect(r.stderr).toContain("core (sim) …");
    expect(r.stderr).toMatch(/rig step \(stuntman, per tick\)\s+median/);
  }, 120_000);

  it("a closed pipe (| head) ends the tool quietly, exit 0, no EPIPE stack trace: sim's result and every tool's --help", () => {
    const sim = toolIntoClosedPipe("sim", ["--piece", "street", "--ticks", "60"]);
    expect(sim.status).toBe(0);
    noStack(sim.stderr);
    for (const name of ["sim", "sweep", "rig", "bench", "mix", "render"] as ToolName[]) {
      const r = toolIntoClosedPipe(name, ["--help"]);
      expect(r.status, name).toBe(0);
      noStack(r.stderr);
      expect(r.stderr, name).toBe("");
    }
  });
});

describe("an output that cannot be written exits 2 with one line naming the flag, before the run", () => {
  const missing = join(dir, "no-such-folder");
  const cases: [ToolName, string[], string][] = [
    ["sim", ["--piece", "street", "--ticks", "60", "--record", join(missing, "t.json")], "--record"],
    ["rig", ["analyze", "stuntman", "--svg", join(missing, "x.svg")], "--svg"],
    ["mix", ["--seconds", "2", "--out", join(missing, "r.json")], "--out"],
    ["bench", ["--no-browser", "--out", join(missing, "BENCHMARKS.md")], "--out"],
    ["render", ["--piece", "street", "--out", join(missing, "clip.webm")], "--out"],
  ];
  for (const [name, args, flag] of cases) {
    it(`${name} ${flag} into a folder that does not exist`, () => {
      const r = tool(name, args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      const file = args[args.indexOf(flag) + 1];
      expect(r.stderr).toBe(`${name}: ${flag} ${file}: cannot write the file: the folder does not exist\n`);
    });
  }

  it("an output that is a folder, and a failure at the moment of writing, say so in one line too", () => {
    const r = tool("rig", ["analyze", "off", "--svg", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`rig: --svg ${dir}: cannot write the file: it is a folder\n`);
    expect(() => writeOutput("out", join(missing, "late.json"), "{}")).toThrow(BadInput);
    expect(() => writeOutput("out", join(missing, "late.json"), "{}")).toThrow(`--out ${join(missing, "late.json")}: cannot write the file: the folder does not exist`);
  });
});
