import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SIM_BUILD } from "../../src/sim/build";
import { Buttons } from "../../src/sim/input/InputCmd";
import { parseTake, replayTake } from "../../src/sim/input/Take";
import { onlyJson, tool } from "./tool";

const dir = mkdtempSync(join(tmpdir(), "headcam-record-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run sim -- --record saves the run as a take", () => {
  it("the autopilot's run, which --take and the game's take reader replay to the same state", () => {
    const file = join(dir, "take.json");
    const rec = tool("sim", ["--piece", "street", "--autopilot", "--seed", "7", "--ticks", "600", "--record", file]);
    expect(rec.status).toBe(0);
    const run = onlyJson(rec.stdout);
    expect(rec.stderr).toContain(`recorded 600 ticks to ${file}`);
    const parsed = parseTake(readFileSync(file, "utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.take).toMatchObject({ format: "headcam-take", version: 1, build: SIM_BUILD, piece: "street", seed: 7, difficulty: "normal", ticks: 600 });
    // The autopilot moved and fired: the take holds its commands, not idle ones.
    expect(parsed.take.cmds.some((c) => c[1] !== 0)).toBe(true);
    expect(parsed.take.cmds.some((c) => (c[4] & Buttons.fire) !== 0)).toBe(true);
    const replay = tool("sim", ["--take", file]);
    expect(replay.status).toBe(0);
    expect(onlyJson(replay.stdout)).toEqual(run);
    expect(replayTake(parsed.take).stateHash).toBe(run.stateHash);
  });

  it("--record with --take is refused (the take is already a take file)", () => {
    const r = tool("sim", ["--take", join(dir, "take.json"), "--record", join(dir, "copy.json")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--record cannot go with --take");
  });

  it("the README documents the take format: every field, where the build comes from, every button bit", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("### Take files"));
    for (const field of ["format", "version", "build", "piece", "seed", "difficulty", "ticks", "cmds"]) expect(section).toContain(`\`${field}\``);
    expect(section).toContain("src/sim/build.ts");
    expect(tool("sim", ["--help"]).stdout).toContain(`this is build ${SIM_BUILD}`);
    for (const [name, bit] of Object.entries(Buttons)) expect(section).toMatch(new RegExp(`\\| ${bit} \\| \`${name}\``));
    expect(readme).toMatch(/`take\(\)`[\s\S]*?the file is its `\.take`/);
  });
});
