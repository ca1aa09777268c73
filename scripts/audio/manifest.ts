/**
 * Measures every generated sound and writes assets/audio/manifest.json and envelopes.json.
 * Each OGG is decoded with ffmpeg (what the game plays) for its duration, peak and RMS
 * level and a peak envelope; voices also get their loudness (ffmpeg ebur128) and the
 * K-weighted energy of every 100 ms for the mix report. A file whose hashes match the
 * previous manifest keeps its measurements. The tests read only these files, never ffmpeg.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { kWeightedBlocks, LOUDNESS_BLOCK_S, lufsOfMeanSquare, VOICE_LOUDNESS } from "../../src/audio/loudness";
import type { AudioEnvelopes, AudioManifest, ManifestFile, ManifestSound, ManifestVoice } from "../../src/audio/manifest";
import { parseAudioManifest } from "../../src/audio/parseManifest";
import { isRecord } from "../../src/rig/validate";
import { ffmpegLoudness } from "./encode";
import { RECOGNISER } from "./recognise";
import type { ToolVersions } from "./tools";

const SR = 48_000;
/** Peak per 50 ms block: the mix report sums what overlaps, block by block. */
const BLOCK = 2400;
export const FOLDERS = ["sfx", "voice", "music"] as const;

const db = (x: number) => Math.round((x > 0 ? 20 * Math.log10(x) : -120) * 100) / 100;

export function fileInfo(path: string): ManifestFile {
  const data = readFileSync(path);
  return { bytes: statSync(path).size, sha256: createHash("sha256").update(data).digest("hex") };
}

/** The manifest and envelopes as they are on disk, or null. */
export function readPrevious(dir: string): { manifest: AudioManifest; envelopes: AudioEnvelopes } | null {
  const m = join(dir, "manifest.json");
  const e = join(dir, "envelopes.json");
  if (!existsSync(m) || !existsSync(e)) return null;
  let parsed: unknown;
  let envelopes: AudioEnvelopes;
  try {
    parsed = JSON.parse(readFileSync(m, "utf8"));
    envelopes = JSON.parse(readFileSync(e, "utf8")) as AudioEnvelopes;
  } catch (err) {
    console.warn(`audio: the previous manifest or envelopes are not JSON (${(err as Error).message}); remaking every sound`);
    return null;
  }
  // A manifest from before version 2 (no loudness) or a damaged one: measure everything again.
  const r = parseAudioManifest(parsed);
  if (!r.ok) {
    console.warn(`audio: the previous manifest cannot be reused (${r.errors.slice(0, 3).join("; ")}); remaking every sound`);
    return null;
  }
  if (!isRecord(envelopes) || !envelopes.loudness) return null;
  return { manifest: r.manifest, envelopes };
}

/** Whether the files of `id` on disk are exactly those an entry describes. */
export function filesMatch(dir: string, id: string, s: ManifestSound | undefined): boolean {
  if (!s) return false;
  for (const [ext, f] of [["ogg", s.ogg], ["mp3", s.mp3]] as const) {
    const p = join(dir, `${id}.${ext}`);
    if (!existsSync(p) || statSync(p).size !== f.bytes || fileInfo(p).sha256 !== f.sha256) return false;
  }
  return true;
}

interface Measured {
  durationS: number;
  peakDbfs: number;
  rmsDbfs: number;
  envelope: number[];
  loudness: number[];
}

function measure(path: string, voice: boolean): Measured {
  const raw = execFileSync("ffmpeg", ["-loglevel", "error", "-i", path, "-f", "f32le", "-ac", "1", "-ar", String(SR), "-"], { maxBuffer: 1 << 28 });
  const s = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  let peak = 0;
  let sum = 0;
  const envelope: number[] = [];
  for (let b = 0; b < s.length; b += BLOCK) {
    let p = 0;
    for (let i = b; i < Math.min(s.length, b + BLOCK); i++) p = Math.max(p, Math.abs(s[i]));
    envelope.push(Math.round(db(p) * 10) / 10);
  }
  for (let i = 0; i < s.length; i++) {
    peak = Math.max(peak, Math.abs(s[i]));
    sum += s[i] * s[i];
  }
  const loudness = voice ? Array.from(kWeightedBlocks(s), (ms) => (ms > 0 ? Math.round(Math.max(-120, lufsOfMeanSquare(ms)) * 100) / 100 : -120)) : [];
  return { durationS: Math.round((s.length / SR) * 1000) / 1000, peakDbfs: db(peak), rmsDbfs: db(Math.sqrt(sum / Math.max(1, s.length))), envelope, loudness };
}

/** What the generator knows of each voice beyond the file: how it was made and what was heard. */
export type VoiceFacts = Omit<ManifestVoice, "lufs" | "truePeakDbtp">;

/**
 * Measures `dir` and writes the manifest and envelopes. `voices` describes each voice
 * file; `sources` the hash each effect and music file was encoded from.
 */
export function writeManifest(dir: string, tools: ToolVersions, voices: ReadonlyMap<string, VoiceFacts>, sources: ReadonlyMap<string, string>): AudioManifest {
  const prev = readPrevious(dir);
  const sounds: Record<string, ManifestSound> = {};
  const envelopes: AudioEnvelopes = { blockS: BLOCK / SR, peakDbfs: {}, loudnessBlockS: LOUDNESS_BLOCK_S, loudness: {} };
  let oggBytes = 0;
  let mp3Bytes = 0;
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith(".ogg")).sort()) {
      const base = name.slice(0, -4);
      const id = `${folder}/${base}`;
      const ogg = fileInfo(join(dir, folder, name));
      const mp3 = fileInfo(join(dir, folder, `${base}.mp3`));
      oggBytes += ogg.bytes;
      mp3Bytes += mp3.bytes;
      const old = prev?.manifest.sounds[id];
      const same = old && old.ogg.sha256 === ogg.sha256 && old.mp3.sha256 === mp3.sha256 && prev.envelopes.peakDbfs[id];
      const isVoice = folder === "voice";
      const m: Measured = same
        ? { durationS: old.durationS, peakDbfs: old.peakDbfs, rmsDbfs: old.rmsDbfs, envelope: prev.envelopes.peakDbfs[id], loudness: prev.envelopes.loudness[id] ?? [] }
        : measure(join(dir, folder, name), isVoice);
      const entry: ManifestSound = { durationS: m.durationS, peakDbfs: m.peakDbfs, rmsDbfs: m.rmsDbfs, ogg, mp3 };
      envelopes.peakDbfs[id] = m.envelope;
      if (isVoice) {
        const facts = voices.get(base);
        if (!facts) throw new Error(`${id}: a voice file for no dialogue line`);
        const loud = same && old.voice ? { integratedLufs: old.voice.lufs, truePeakDbtp: old.voice.truePeakDbtp } : ffmpegLoudness(join(dir, folder, name));
        entry.voice = { ...facts, lufs: loud.integratedLufs, truePeakDbtp: loud.truePeakDbtp };
        envelopes.loudness[id] = m.loudness;
      } else {
        const src = sources.get(id);
        if (src) entry.source = src;
      }
      sounds[id] = entry;
    }
  }
  const manifest: AudioManifest = {
    format: "headcam-audio-manifest",
    version: 2,
    generator: "npm run audio:generate (scripts/audio: synth.ts for effects and music; festival and flite voices shaped by sox; ffmpeg libopus/libmp3lame)",
    tools: tools.synth,
    recogniser: { how: RECOGNISER, packages: tools.recogniser },
    loudness: { tool: "ffmpeg ebur128 (ITU-R BS.1770-4), integrated", targetLufs: VOICE_LOUDNESS.targetLufs, peakCeilingDbfs: VOICE_LOUDNESS.peakCeilingDbfs },
    count: Object.keys(sounds).length,
    oggBytes,
    mp3Bytes,
    sounds,
  };
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(join(dir, "envelopes.json"), `${JSON.stringify(envelopes)}\n`);
  return manifest;
}
