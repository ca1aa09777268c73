import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseRenderArgs } from "../../src/cli/render";
import { autopilotTake } from "../../src/session/TakeSources";
import { serializeTake } from "../../src/sim/input/Take";

function render(...args: string[]) {
  return spawnSync("npx", ["tsx", "src/cli/render.ts", ...args], { encoding: "utf8", cwd: process.cwd() });
}

const dir = mkdtempSync(join(tmpdir(), "headcam-render-"));
const out = join(dir, "clip.webm");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run render: bad input exits 2 naming the problem, before any browser starts", () => {
  it("a preset that does not exist", () => {
    const r = render("--piece", "street", "--rig", "wobbly", "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--rig: preset: "wobbly" is neither a preset id');
  });

  it("a truncated take: fewer commands than its ticks, or a file cut short", () => {
    const take = autopilotTake("street", 1, "normal", 60);
    const short = { ...take, cmds: take.cmds.slice(0, 30) };
    const file = join(dir, "short.json");
    writeFileSync(file, serializeTake(short));
    const r = render("--take", file, "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("truncated take: ticks says 60 but cmds holds 30");
    const cut = join(dir, "cut.json");
    const text = serializeTake(take);
    writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
    const r2 = render("--take", cut, "--out", out);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain(`--take ${cut}: not a take: not valid JSON`);
  });

  it("--fps 0, an odd width and a missing --out", () => {
    const r = render("--piece", "street", "--fps", "0", "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--fps must be 30 or 60 (frames per second), got 0");
    expect(() => parseRenderArgs(["--piece", "street", "--width", "641", "--out", out])).toThrow("--width must be an even whole number of pixels from 16 to 1920, got 641");
    expect(() => parseRenderArgs(["--piece", "street"])).toThrow("--out is missing");
  });

  it("--help prints the usage and exits 0; good arguments become the render's request", () => {
    const r = render("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: npm run render -- --piece");
    const a = parseRenderArgs(["--piece", "street", "--autopilot", "--rig", "handheld", "--seconds", "3", "--from", "1.5", "--width", "640", "--height", "360", "--fps", "60", "--out", out]);
    expect(a).toEqual({ take: null, piece: "street", seed: 1, rig: "handheld", spec: { widthPx: 640, heightPx: 360, fps: 60, fromS: 1.5, seconds: 3 }, out });
  });
});
