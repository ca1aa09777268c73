import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AudioManifest } from "../../src/audio/manifest";
import { allGameSounds, EVENT_SOUNDS, MUSIC_LAYERS, musicLayerId, voiceId } from "../../src/audio/sounds";
import { DIALOGUE } from "../../src/content/dialogue";
import { PIECES } from "../../src/content/pieces";
import { VOICE_TAIL_S } from "../../src/content/subtitles";

const DIR = join(__dirname, "../../assets/audio");
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as AudioManifest;
const entries = Object.entries(manifest.sounds);

describe("the audio manifest (assets/audio/manifest.json)", () => {
  it("lists every file with its hash and size, and they match", () => {
    const bad: string[] = [];
    for (const [id, s] of entries) {
      for (const [ext, f] of [
        ["ogg", s.ogg],
        ["mp3", s.mp3],
      ] as const) {
        const path = join(DIR, `${id}.${ext}`);
        if (!existsSync(path)) {
          bad.push(`${id}.${ext}: missing`);
          continue;
        }
        const data = readFileSync(path);
        if (data.length !== f.bytes) bad.push(`${id}.${ext}: ${data.length} bytes, manifest says ${f.bytes}`);
        if (createHash("sha256").update(data).digest("hex") !== f.sha256) bad.push(`${id}.${ext}: sha256 differs`);
      }
    }
    expect(bad).toEqual([]);
    expect(manifest.count).toBe(entries.length);
  });

  it("has no silent entry and nothing at or above full scale", () => {
    const silent = entries.filter(([, s]) => !(s.durationS > 0.05 && s.rmsDbfs > -60 && s.peakDbfs > -30)).map(([id]) => id);
    const clipping = entries.filter(([, s]) => s.peakDbfs >= 0).map(([id, s]) => `${id}: ${s.peakDbfs} dBFS`);
    expect(silent).toEqual([]);
    expect(clipping).toEqual([]);
  });

  it("keeps the OGG set under 3 MB", () => {
    const total = entries.reduce((n, [, s]) => n + s.ogg.bytes, 0);
    expect(total).toBe(manifest.oggBytes);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  it("maps every core event type to sounds that exist", () => {
    const missing: string[] = [];
    for (const [kind, ids] of Object.entries(EVENT_SOUNDS)) {
      if (ids.length === 0) missing.push(`${kind}: no sound`);
      for (const id of ids) if (!manifest.sounds[id]) missing.push(`${kind}: ${id}`);
    }
    for (const id of allGameSounds()) if (!manifest.sounds[id]) missing.push(id);
    expect(missing).toEqual([]);
  });

  it("has a music loop in three layers of one length for every set piece", () => {
    for (const p of PIECES) {
      const lengths = MUSIC_LAYERS.map((l) => manifest.sounds[musicLayerId(p.id, l)]?.durationS ?? 0);
      expect(lengths[0], p.id).toBeGreaterThan(4);
      for (const d of lengths) expect(Math.abs(d - lengths[0]), p.id).toBeLessThan(0.03);
    }
  });

  it("gives every dialogue line a voice that ends before its subtitle leaves", () => {
    const noVoice = DIALOGUE.filter((l) => !manifest.sounds[voiceId(l.id)]).map((l) => l.id);
    expect(noVoice).toEqual([]);
    // A line whose voice does not fit names the durationS it needs (subtitleDurationS(text, voiceS)).
    const tooShort = DIALOGUE.filter((l) => manifest.sounds[voiceId(l.id)].durationS + VOICE_TAIL_S > l.durationS).map(
      (l) => `${l.id}: ${(manifest.sounds[voiceId(l.id)].durationS + VOICE_TAIL_S).toFixed(2)}`,
    );
    expect(tooShort).toEqual([]);
  });
});
