import { describe, expect, it } from "vitest";
import { SIM_BUILD } from "../../src/sim/build";
import { Rng } from "../../src/sim/core/Rng";
import { createSim } from "../../src/sim/createSim";
import { Buttons, type InputCmd, neutralCmd } from "../../src/sim/input/InputCmd";
import { parseTake, replayTake, serializeTake, type Take, TakeRecorder } from "../../src/sim/input/Take";
import { makeStreetLevel } from "../../src/sim/world/levels/street";

/** A 60 s take of varied input on the street: walking, sprinting, turning, jumps, crouches, test buttons. */
function recordVaried(seed = 5, ticks = 3600): { take: Take; hash: string } {
  const sim = createSim({ level: makeStreetLevel(seed), seed, piece: "street" });
  const rec = new TakeRecorder("street", seed);
  const rng = new Rng(99);
  const c: InputCmd = neutralCmd();
  for (let i = 0; i < ticks; i++) {
    if (i % 30 === 0) {
      c.moveX = rng.range(-1, 1);
      c.moveY = rng.range(-0.3, 1);
      c.yawRad += rng.range(-0.6, 0.6);
      c.pitchRad = rng.range(-0.3, 0.3);
      c.buttons = 0;
      if (rng.next() < 0.3) c.buttons |= Buttons.sprint;
      if (rng.next() < 0.2) c.buttons |= Buttons.jump;
      if (rng.next() < 0.1) c.buttons |= Buttons.crouch;
      if (rng.next() < 0.05) c.buttons |= Buttons.testBlast;
      if (rng.next() < 0.05) c.buttons |= Buttons.testRecoil;
    }
    rec.push(c);
    sim.step(c);
    sim.events.clear();
  }
  const hash = sim.stateHash();
  sim.dispose();
  return { take: rec.toTake(), hash };
}

function refusal(text: string): string {
  const r = parseTake(text);
  expect(r.ok).toBe(false);
  return r.ok ? "" : r.error;
}

describe("takes", () => {
  const { take, hash } = recordVaried();

  it("a 3,600-tick take of varied input replays to the same hash", () => {
    expect(take.ticks).toBe(3600);
    const replay = replayTake(take);
    expect(replay.sim.tick).toBe(3600);
    expect(replay.stateHash).toBe(hash);
    expect(replay.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("a serialised-then-parsed take replays to the same hash", () => {
    const parsed = parseTake(serializeTake(take));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.take.build).toBe(SIM_BUILD);
    expect(replayTake(parsed.take).stateHash).toBe(hash);
  });

  it("a different seed gives a different run", () => {
    expect(recordVaried(6, 600).hash).not.toBe(recordVaried(5, 600).hash);
  });

  const small: Take = {
    format: "headcam-take",
    version: 1,
    build: SIM_BUILD,
    piece: "street",
    seed: 1,
    ticks: 2,
    cmds: [
      [0, 1, 0, 0, 0],
      [0, 1, 0, 0, Buttons.jump],
    ],
  };
  const edit = (patch: Record<string, unknown>) => JSON.stringify({ ...small, ...patch });

  it("refuses malformed files with a named reason", () => {
    expect(refusal("{not json")).toMatch(/not valid JSON/);
    expect(refusal("[]")).toMatch(/not a JSON object/);
    expect(refusal(edit({ format: "something-else" }))).toMatch(/format is "something-else", expected "headcam-take"/);
    expect(refusal(edit({ seed: "one" }))).toMatch(/field seed/);
    expect(refusal(edit({ piece: "nope" }))).toMatch(/field piece/);
    expect(refusal(edit({ cmds: undefined }))).toMatch(/field cmds/);
    expect(refusal(edit({ cmds: [[0, 1, 0, 0, 0], [0, 1, "x", 0, 0]] }))).toMatch(/cmds\[1\]\.yawRad/);
    expect(refusal(edit({ cmds: [[0, 1, 0, 0, 0], [0, 2, 0, 0, 0]] }))).toMatch(/cmds\[1\]\.moveY is 2/);
    expect(refusal(edit({ cmds: [[0, 1, 0, 0, 0], [0, 1, 0, 0, 1 << 20]] }))).toMatch(/cmds\[1\]\.buttons/);
  });

  it("refuses a truncated take, saying both numbers", () => {
    expect(refusal(edit({ ticks: 3600 }))).toMatch(/truncated take: ticks says 3600 but cmds holds 2/);
  });

  it("refuses a newer version", () => {
    expect(refusal(edit({ version: 2 }))).toBe("version 2 is newer than this build reads (1)");
  });

  it("refuses a take from another build, naming both", () => {
    const err = refusal(edit({ build: "0.0.9+sim.0" }));
    expect(err).toContain("0.0.9+sim.0");
    expect(err).toContain(SIM_BUILD);
  });

  it("accepts a good small take", () => {
    expect(parseTake(JSON.stringify(small))).toEqual({ ok: true, take: small });
  });
});
