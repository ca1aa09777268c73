import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTools } from "../../scripts/audio/tools";

const TSX = join(process.cwd(), "node_modules/tsx/dist/cli.mjs");

function generate(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [TSX, "scripts/audio/generate.ts", ...args], { encoding: "utf8", cwd: process.cwd(), env });
}

function toolsHere(): boolean {
  try {
    checkTools();
    return true;
  } catch {
    return false;
  }
}

describe("npm run audio:generate", () => {
  it("refuses a flag it does not know, by name, with exit 2", () => {
    const r = generate(["--fast"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown argument "--fast"/);
    const only = generate(["--only", "voice/st.north"]);
    expect(only.status).toBe(2);
    expect(only.stderr).toMatch(/--only goes with --check/);
  });

  it("without its tools, stops with exit 2 and the apt-get line that installs them, touching nothing", () => {
    const r = generate([], { ...process.env, PATH: "/nonexistent" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/audio:generate needs .*festival/);
    expect(r.stderr).toMatch(/apt-get install -y festival festvox-us-slt-hts festvox-ru flite sox ffmpeg pocketsphinx pocketsphinx-en-us/);
  });

  // CI has none of the speech tools; where they are installed, two runs must give the same bytes.
  it.runIf(toolsHere())(
    "makes the same bytes twice (a voice, a bark, an effect), with no clipping warning from sox",
    () => {
      const r = generate(["--check", "--only", "voice/st.north,voice/bark.grenade.2,sfx/shot.rifle"]);
      expect(r.stderr).not.toMatch(/clip/i);
      expect(r.status, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}");
      expect(out).toMatchObject({ checked: 3, runsDiffer: 0 });
    },
    600_000,
  );
});
