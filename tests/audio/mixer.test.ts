import { describe, expect, it } from "vitest";
import { distanceGain } from "../../src/audio/AudioEngine";
import { captionText, direction } from "../../src/audio/captions";
import { DUCK_GAIN, layerGains, Mixer, SAME_SOUND_CAP, VOICE_CAP } from "../../src/audio/Mixer";
import { RecordingEngine } from "../../src/audio/RecordingEngine";
import { SoundBank } from "../../src/audio/SoundBank";

function setup() {
  const bank = new SoundBank();
  const engine = new RecordingEngine(bank);
  const mixer = new Mixer(engine, bank);
  mixer.setVolumes({ master: 1, effects: 1, voices: 1, music: 1, mute: false });
  return { bank, engine, mixer };
}

describe("the mixer", () => {
  it("caps world sounds at once; the oldest of the least important gives way", () => {
    const { engine, mixer } = setup();
    const pos = [10, 0, 0] as const;
    const ids = ["sfx/shot.rifle", "sfx/shot.pistol", "sfx/impact.world", "sfx/impact.metal", "sfx/body.fall", "sfx/merc.radio", "sfx/glass.break", "sfx/impact.flesh"];
    for (let i = 0; i < VOICE_CAP + 10; i++) mixer.effect(ids[i % ids.length], 1, 1, pos, 4, 5);
    expect(mixer.activeWorldSounds()).toBe(VOICE_CAP);
    expect(engine.playingAt(0).length).toBe(VOICE_CAP);
    // One sound keeps at most SAME_SOUND_CAP instances.
    expect(engine.playingAt(0).filter((r) => r.id === "sfx/shot.rifle").length).toBeLessThanOrEqual(SAME_SOUND_CAP);
    // A less important sound is refused when all slots hold more important ones.
    expect(mixer.effect("sfx/impact.world", 1, 1, pos, 2, 1)).toBe(0);
    // Henry's own sounds never wait for a slot.
    expect(mixer.effect("sfx/step.asphalt.0", 1, 1, null, 1, -1)).toBeGreaterThan(0);
  });

  it("ducks effects and music under a voice line, and lets them back after", () => {
    const { engine, mixer } = setup();
    mixer.speak("voice/st.jimmy");
    for (let i = 0; i < 30; i++) mixer.update(1 / 60, 0);
    expect(engine.busGain.effects).toBeCloseTo(DUCK_GAIN, 2);
    expect(engine.busGain.music).toBeCloseTo(DUCK_GAIN, 2);
    expect(engine.busGain.voices).toBe(1);
    for (let i = 0; i < 60 * 6; i++) mixer.update(1 / 60, 0);
    expect(engine.busGain.effects).toBe(1);
  });

  it("brings music layers in with the intensity", () => {
    const g = [0, 0, 0];
    expect(layerGains(0, g)[1]).toBe(0);
    expect(layerGains(0, g)[2]).toBe(0);
    expect(layerGains(0.5, g)[1]).toBe(1);
    expect(layerGains(1, g)[2]).toBe(1);
    const { engine, mixer } = setup();
    mixer.startMusic("street");
    expect(engine.log.filter((r) => r.loop && r.id.startsWith("music/street.")).length).toBe(3);
    for (let i = 0; i < 60 * 3; i++) mixer.update(1 / 60, 1);
    expect(mixer.layers[2]).toBe(1);
  });

  it("lets the pulse layer answer a beat on screen (the rooftops' device), the other layers untouched", () => {
    const { engine, mixer } = setup();
    mixer.startMusic("rooftops");
    for (let i = 0; i < 60 * 3; i++) mixer.update(1 / 60, 0.8);
    const pulse = engine.log.find((r) => r.id === "music/rooftops.pulse")?.handle ?? 0;
    const pad = engine.log.find((r) => r.id === "music/rooftops.pad")?.handle ?? 0;
    const steady = engine.volumeOf.get(pulse) ?? 0;
    const padSteady = engine.volumeOf.get(pad) ?? 0;
    expect(steady).toBeGreaterThan(0);
    mixer.update(1 / 60, 0.8, 1.5);
    expect(engine.volumeOf.get(pulse)).toBeCloseTo(steady * 1.5, 6);
    mixer.update(1 / 60, 0.8, 0.45);
    expect(engine.volumeOf.get(pulse)).toBeCloseTo(steady * 0.45, 6);
    expect(engine.volumeOf.get(pad)).toBeCloseTo(padSteady, 6);
  });

  it("attenuates with distance like Web Audio's inverse model", () => {
    expect(distanceGain(1, 2)).toBe(1);
    expect(distanceGain(20, 2)).toBeCloseTo(0.1, 5);
  });

  it("captions sounds with their direction", () => {
    // Facing -Z (yaw 0): -X is on the left.
    expect(direction(0, 0, 0, -5, 0)).toBe("left");
    expect(direction(0, 0, 0, 5, 0)).toBe("right");
    expect(direction(0, 0, 0, 0, 5)).toBe("behind");
    expect(direction(0, 0, Math.PI / 2, -5, 0)).toBe("ahead");
    expect(captionText("gunfire", "left")).toBe("[gunfire, left]");
    expect(captionText("explosion", null)).toBe("[explosion]");
  });
});
