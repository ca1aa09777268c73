import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseUrlParams } from "../../src/app/urlParams";
import { parseFlags } from "../../src/cli/cliArgs";
import { roundNumber } from "../../src/cli/cliOutput";
import { piecesText } from "../../src/cli/pieceArg";
import { PIECE_IDS } from "../../src/content/pieces";
import { isPlayable } from "../../src/sim/world/levels/index";
import { isPresetId } from "../../src/rig/presets";
import { parseTake, serializeTake } from "../../src/sim/input/Take";
import { autopilotTake } from "../../src/session/TakeSources";
import { onlyJson, type ToolName, tool } from "./tool";

const dir = mkdtempSync(join(tmpdir(), "headcam-cli-flags-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exit 2, nothing on stdout, and the message naming the field on stderr. */
function refused(name: ToolName, args: string[], message: string): void {
  const r = tool(name, args);
  expect(r.status, `${name} ${args.join(" ")}`).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe("every tool answers --help with its usage and every flag it takes", () => {
  const flags: Record<ToolName, string[]> = {
    sim: ["--piece", "--autopilot", "--seed", "--difficulty", "--ticks", "--take", "--record"],
    sweep: ["--piece", "--seeds", "--difficulty", "--jobs", "--benchmarks"],
    rig: ["--svg"],
    bench: ["--no-browser", "--quick", "--out"],
    mix: ["--piece", "--seconds", "--seed", "--out"],
    render: ["--piece", "--autopilot", "--take", "--seed", "--rig", "--seconds", "--from", "--width", "--height", "--fps", "--out"],
    soak: ["--minutes", "--speed", "--no-benchmarks"],
  };
  for (const [name, list] of Object.entries(flags) as [ToolName, string[]][]) {
    it(name, () => {
      const r = tool(name, ["--help"]);
      expect(r.status).toBe(0);
      expect(r.stdout.startsWith(`Usage: npm run ${name} -- `)).toBe(true);
      for (const f of [...list, "--help"]) expect(r.stdout).toMatch(new RegExp(`^ {2}${f}\\b`, "m"));
    });
  }
});

describe("flags mean what they say", () => {
  it("a flag the mode ignores is refused by name: --take with --seed, --ticks, --autopilot (sim) or --seed (render)", () => {
    const take = join(dir, "t.json");
    writeFileSync(take, serializeTake(autopilotTake("street", 1, "normal", 30)));
    refused("sim", ["--take", take, "--seed", "3"], "--seed cannot go with --take");
    refused("sim", ["--take", take, "--ticks", "10", "--autopilot"], "--ticks and --autopilot cannot go with --take");
    refused("render", ["--take", take, "--seed", "3", "--out", join(dir, "c.webm")], "--seed cannot go with --take");
  });

  it("a bare --out, an empty value and numbers that are not plain decimal are refused", () => {
    refused("mix", ["--out"], "--out needs a value");
    refused("bench", ["--out", "--no-browser"], "--out needs a value");
    refused("soak", ["--minutes", "0"], "--minutes must be a number from 0.1 to 120, got 0");
    refused("soak", ["--speed", "1e1"], '--speed needs a number in decimal, got "1e1"');
    refused("mix", ["--seconds", "0x10"], '--seconds needs a number in decimal, got "0x10"');
    refused("mix", ["--seconds", ""], '--seconds needs a value: <1..1200>, got ""');
    refused("render", ["--piece", "street", "--seconds", "1e1", "--out", join(dir, "c.webm")], '--seconds needs a number in decimal, got "1e1"');
    refused("sim", ["--piece", "street", "--ticks", "60", "--ticks", "61"], "--ticks is given twice");
  });

  it("seeds outside 0..4294967295 are refused alike by every tool, the URL and take files; 4294967295 plays", () => {
    const big = "4294967296";
    const msg = `must be a whole number from 0 to 4294967295, got "${big}"`;
    refused("sim", ["--piece", "street", "--seed", big], `--seed ${msg}`);
    refused("mix", ["--seed", big], `--seed ${msg}`);
    refused("render", ["--piece", "street", "--seed", big, "--out", join(dir, "c.webm")], `--seed ${msg}`);
    refused("sim", ["--piece", "street", "--seed", "-3"], '--seed must be a whole number from 0 to 4294967295, got "-3"');
    refused("sweep", ["--piece", "street", "--seeds", `4294967290-${big}`], "--seeds");
    expect(parseUrlParams(`?seed=${big}`, isPresetId).errors[0]).toContain(`seed="${big}": use a whole number from 0 to 4294967295.`);
    expect(parseUrlParams("?seed=4294967295", isPresetId).options.seed).toBe(4294967295);
    const take = autopilotTake("street", 1, "normal", 30);
    for (const seed of [-3, 4294967296, 1.5]) {
      const file = join(dir, `seed${seed}.json`);
      writeFileSync(file, serializeTake({ ...take, seed }));
      expect(parseTake(serializeTake({ ...take, seed }))).toEqual({ ok: false, error: `missing or invalid field seed: use a whole number from 0 to 4294967295, got ${seed}` });
      refused("sim", ["--take", file], "invalid field seed");
    }
    const top = tool("sim", ["--piece", "street", "--ticks", "1", "--seed", "4294967295"]);
    expect(top.status).toBe(0);
    expect(onlyJson(top.stdout).ticks).toBe(1);
  });

  it("the lists of pieces say which are built", () => {
    const built = PIECE_IDS.filter((id) => isPlayable(id));
    const planned = PIECE_IDS.filter((id) => !isPlayable(id));
    expect(piecesText()).toBe(`built: ${built.join(", ")}${planned.length ? `; not built yet: ${planned.join(", ")}` : ""}`);
    refused("sim", ["--piece", "nope"], `--piece: unknown piece "nope" (${piecesText()})`);
    refused("mix", ["--piece", "nope"], `(${piecesText()})`);
    refused("render", ["--out", join(dir, "c.webm")], `--piece is missing (${piecesText()})`);
    // While a piece is still planned, naming it says so (once every piece is built there is none to name).
    if (planned.length) refused("sim", ["--piece", planned[0]], `--piece: ${planned[0]} is not built yet (${piecesText()})`);
  });

  it("analyze x.JSON reads the file; relative paths start where the user ran npm (INIT_CWD)", () => {
    writeFileSync(join(dir, "Mine.JSON"), JSON.stringify({ version: 1, name: "mine", layers: { bob: { amplitudeYM: 0.05 } } }));
    const r = tool("rig", ["analyze", "Mine.JSON", "--svg", "mine.svg"], { initCwd: dir });
    expect(r.status).toBe(0);
    expect(onlyJson(r.stdout).peakBobM).toBeGreaterThan(0);
    const rec = tool("sim", ["--piece", "street", "--ticks", "30", "--record", "rel.json"], { initCwd: dir });
    expect(rec.status).toBe(0);
    const again = tool("sim", ["--take", "rel.json"], { initCwd: dir });
    expect(again.status).toBe(0);
    expect(onlyJson(again.stdout).ticks).toBe(30);
    expect(tool("rig", ["analyze", "mine.svg"], { initCwd: dir }).stderr).toContain("neither a preset id");
  });

  it("JSON numbers are rounded: seconds to the millisecond, small figures to three significant digits", () => {
    const r = tool("sim", ["--piece", "street", "--ticks", "700"]);
    expect(onlyJson(r.stdout).seconds).toBe(11.667);
    expect(roundNumber(700 / 60)).toBe(11.667);
    expect(roundNumber(0.0123456)).toBe(0.0123);
    expect(roundNumber(42)).toBe(42);
  });
});

describe("the shared parser", () => {
  const spec = {
    usage: "x",
    about: "x",
    flags: {
      n: { kind: "int", value: "N", min: 1, max: 9, help: "" },
      f: { kind: "number", value: "S", help: "" },
      s: { kind: "seed", help: "" },
      on: { kind: "boolean", help: "" },
      out: { kind: "path", value: "file", help: "" },
      k: { kind: "string", value: "a|b", choices: ["a", "b"], help: "" },
    },
  } as const;
  it("reads --flag value and --flag=value, resolves paths from INIT_CWD, and names each refusal", () => {
    const old = process.env.INIT_CWD;
    process.env.INIT_CWD = "/somewhere";
    try {
      expect(parseFlags(["--n", "3", "--f=2.5", "--s", "0", "--on", "--out", "r.json", "--k", "b"], spec)).toEqual({ n: 3, f: 2.5, s: 0, on: true, out: "/somewhere/r.json", k: "b", positional: [] });
    } finally {
      process.env.INIT_CWD = old;
    }
    expect(parseFlags(["--n", "3", "-h"], spec)).toBe("help");
    expect(() => parseFlags(["--n", "10"], spec)).toThrow("--n must be a whole number from 1 to 9, got 10");
    expect(() => parseFlags(["--n", "2.5"], spec)).toThrow('--n needs a whole number in decimal, got "2.5"');
    expect(() => parseFlags(["--f", " 7"], spec)).toThrow('--f needs a number in decimal, got " 7"');
    expect(() => parseFlags(["--out="], spec)).toThrow('--out needs a value: <file>, got ""');
    expect(() => parseFlags(["--on=1"], spec)).toThrow("--on takes no value");
    expect(() => parseFlags(["--k", "c"], spec)).toThrow('--k must be one of a, b, got "c"');
    expect(() => parseFlags(["stray"], spec)).toThrow('unexpected argument "stray"');
    expect(() => parseFlags(["--constructor", "1"], spec)).toThrow('unknown argument "--constructor"');
  });
});
