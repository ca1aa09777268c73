import { describe, expect, it } from "vitest";
import { RecordedAudio } from "../../src/audio/RecordedAudio";
import { SoundBank } from "../../src/audio/SoundBank";
import { DUCK_GAIN } from "../../src/audio/Mixer";
import { RecordingEngine } from "../../src/audio/RecordingEngine";
import { defaultComfort } from "../../src/rig/comfort";
import { loadPreset } from "../../src/rig/presets";
import { GameSession } from "../../src/session/GameSession";
import { RigDriver } from "../../src/session/RigDriver";
import { autopilotTake, TakePlayer } from "../../src/session/TakeSources";
import { createSim } from "../../src/sim/createSim";
import { levelForPiece } from "../../src/sim/world/levels/index";

/** The street's first 3 s replayed with the game's mix over the recording engine. */
function streetOpening() {
  const take = autopilotTake("street", 1, "normal", 180);
  const sim = createSim({ level: levelForPiece("street", 1)!, seed: 1, piece: "street" });
  const rig = new RigDriver(loadPreset("stuntman"), defaultComfort(), 90, 1, false);
  const session = new GameSession({ piece: "street", sim, source: new TakePlayer(take), autopilot: true, rig });
  const rec = new RecordedAudio(session, rig, new SoundBank(), { master: 0.8, effects: 1, voices: 1, music: 0.7, mute: false }, (s) => s.script);
  const shotTicks: number[] = [];
  session.observe({ onEvent: (e, s) => void (e.kind === "shot" && e.shooter === 0 && shotTicks.push(s.tick)) });
  while (sim.tick < take.ticks) {
    rec.sync();
    session.step();
  }
  session.dispose();
  return { rec, shotTicks };
}

describe("the recording engine keeps what an offline soundtrack needs", () => {
  const { rec, shotTicks } = streetOpening();
  const log = rec.engine.log;

  it("each of Henry's shots starts its sound in the step of its tick, at the mix's clock", () => {
    const shots = log.filter((r) => r.id.startsWith("sfx/shot.") && r.position === null);
    expect(shots.length).toBe(shotTicks.length);
    expect(shots.length).toBeGreaterThanOrEqual(3);
    // The event of the step into tick k sounds at (k - 1) / 60 s.
    for (const [i, r] of shots.entries()) expect(r.atS).toBeCloseTo((shotTicks[i] - 1) / 60, 9);
  });

  it("keeps the ducking as bus changes over time: effects sink to the duck gain under Estelle's line and the master is set", () => {
    const effects = rec.engine.changes.filter((c) => c.kind === "bus" && c.bus === "effects");
    expect(effects.length).toBeGreaterThan(3);
    const lowest = Math.min(...effects.map((c) => c.value));
    expect(lowest).toBeCloseTo(DUCK_GAIN, 2);
    expect(effects.every((c, i) => i === 0 || c.atS >= effects[i - 1].atS)).toBe(true);
    expect(rec.engine.changes.find((c) => c.kind === "master")?.value).toBe(0.8);
  });

  it("places a sound left or right of the listener as it faces, and remembers the rate it started at", () => {
    const engine = new RecordingEngine(new SoundBank());
    const req = { bus: "effects" as const, volume: 1, rate: 0.9, loop: false, position: [5, 1.6, 0] as [number, number, number], refDistanceM: 1 };
    engine.setListener(0, 1.6, 0, 0, 0);
    const right = engine.play("sfx/explosion", req);
    const left = engine.play("sfx/explosion", { ...req, position: [-5, 1.6, 0] });
    // Turned a quarter left (facing -X), a sound at -Z is on the right.
    engine.setListener(0, 1.6, 0, Math.PI / 2, 0);
    const turned = engine.play("sfx/explosion", { ...req, position: [0, 1.6, -5] });
    engine.setRate(right, 1.3);
    const pan = (h: number) => engine.log.find((r) => r.handle === h)?.pan;
    expect([pan(right), pan(left), pan(turned)].map((p) => Math.round((p ?? 9) * 1000) / 1000)).toEqual([1, -1, 1]);
    expect(engine.log.map((r) => r.startRate)).toEqual([0.9, 0.9, 0.9]);
    expect(engine.changes.at(-1)).toEqual({ atS: 0, kind: "rate", handle: right, value: 1.3 });
  });
});
