import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { voiceAllowanceS, voiceRecipeHash } from "../../scripts/audio/voiceRecipes";
import { VOICE_LOUDNESS } from "../../src/audio/loudness";
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

describe("the voices: a synthesiser per character, an intelligibility gate, one loudness", () => {
  const voiced = DIALOGUE.map((l) => ({ line: l, v: manifest.sounds[voiceId(l.id)]?.voice }));
  const english = voiced.filter(({ line }) => line.lang === "en");
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it("records how each line was made, from the data as it is now (edit a line: regenerate)", () => {
    const stale: string[] = [];
    for (const { line, v } of voiced) {
      if (!v) {
        stale.push(`${line.id}: no voice`);
        continue;
      }
      expect([v.speaker, v.lang, v.radio], line.id).toEqual([line.speaker, line.lang, line.radio === true]);
      if (v.recipe !== voiceRecipeHash(line, voiceAllowanceS(line, VOICE_TAIL_S), manifest.tools)) stale.push(`${line.id}: recipe changed`);
    }
    expect(stale, "run npm run audio:generate").toEqual([]);
    // Nothing is voiced that is not a line any more.
    const ids = new Set(DIALOGUE.map((l) => voiceId(l.id)));
    expect(entries.filter(([id]) => id.startsWith("voice/") && !ids.has(id)).map(([id]) => id)).toEqual([]);
    for (const tool of ["festival", "festvox-us-slt-hts", "festvox-ru", "flite", "sox", "ffmpeg"]) expect(manifest.tools[tool], tool).toMatch(/\d/);
  });

  it("gives each character its own voice, and the mercenaries a Russian one", () => {
    const synthOf = (speaker: string) => new Set(voiced.filter(({ line }) => line.speaker === speaker).map(({ v }) => v?.synth));
    expect([...synthOf("estelle")]).toEqual(["festival voice_cmu_us_slt_arctic_hts"]);
    expect([...synthOf("akan")]).toEqual(["flite awb"]);
    expect([...synthOf("jimmy")]).toEqual(["flite rms"]);
    expect([...synthOf("merc")]).toEqual(["festival voice_msu_ru_nsh_clunits"]);
  });

  it("passes the recogniser's gate: mean WER 0.35 in the room, 0.50 on the phone, no line above 0.8", () => {
    expect(manifest.recogniser.how).toMatch(/pocketsphinx/);
    expect(manifest.recogniser.packages.pocketsphinx).toMatch(/\d/);
    expect(manifest.recogniser.packages["pocketsphinx-en-us"]).toMatch(/\d/);
    for (const { line, v } of english) {
      expect(typeof v?.wer, line.id).toBe("number");
      expect(typeof v?.heard, line.id).toBe("string");
    }
    for (const { line, v } of voiced.filter(({ line }) => line.lang !== "en")) expect(v?.wer, line.id).toBeNull();
    const room = english.filter(({ line }) => !line.radio).map(({ v }) => v?.wer ?? 1);
    const phone = english.filter(({ line }) => line.radio).map(({ v }) => v?.wer ?? 1);
    expect(room.length).toBeGreaterThanOrEqual(20);
    expect(phone.length).toBeGreaterThanOrEqual(14);
    expect(mean(room)).toBeLessThanOrEqual(0.35);
    expect(mean(phone)).toBeLessThanOrEqual(0.5);
    expect(english.filter(({ v }) => (v?.wer ?? 1) > 0.8).map(({ line, v }) => `${line.id}: ${v?.wer} (${v?.heard})`)).toEqual([]);
  });

  it("normalises every line to the loudness target, so no character is much louder than another", () => {
    expect(manifest.loudness.tool).toMatch(/ebur128/);
    expect(manifest.loudness.targetLufs).toBe(VOICE_LOUDNESS.targetLufs);
    const off = voiced.filter(({ v }) => !(Math.abs((v?.lufs ?? 0) - VOICE_LOUDNESS.targetLufs) <= 1)).map(({ line, v }) => `${line.id}: ${v?.lufs}`);
    expect(off).toEqual([]);
    for (const speaker of ["estelle", "akan", "jimmy", "merc"]) {
      const lufs = voiced.filter(({ line }) => line.speaker === speaker).map(({ v }) => v?.lufs ?? 0);
      expect(Math.abs(mean(lufs) - VOICE_LOUDNESS.targetLufs), speaker).toBeLessThanOrEqual(1);
    }
    // The peak limiter keeps the loudest line well under full scale.
    for (const { line, v } of voiced) expect(v?.truePeakDbtp, line.id).toBeLessThan(-0.5);
  });
});
