/**
 * Measures every generated sound and writes assets/audio/manifest.json:
 * `tsx scripts/audio/manifest.ts assets/audio [fit.tsv]`. Each OGG is decoded with ffmpeg
 * (what the game plays) for its duration, peak and RMS level; both files are hashed.
 * The tests read only this manifest and the files, never ffmpeg.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AudioManifest, ManifestSound } from "../../src/audio/manifest";

const dir = process.argv[2];
const fitFile = process.argv[3];
if (!dir) {
  console.error("usage: tsx scripts/audio/manifest.ts <assets/audio> [fit.tsv]");
  process.exit(2);
}

const fit = new Map<string, { tempo: number; spokenS: number }>();
const previous = join(dir, "manifest.json");
if (!fitFile && existsSync(previous)) {
  // Re-measuring without a new voice pass keeps the fitting recorded last time.
  for (const [id, s] of Object.entries((JSON.parse(readFileSync(previous, "utf8")) as AudioManifest).sounds)) {
    if (s.voice) fit.set(id.slice(6), { tempo: s.voice.tempo, spokenS: s.voice.spokenS });
  }
}
if (fitFile && existsSync(fitFile)) {
  for (const row of readFileSync(fitFile, "utf8").trim().split("\n")) {
    const [id, tempo, spoken] = row.split("\t");
    if (id) fit.set(id, { tempo: Number(tempo), spokenS: Number(spoken) });
  }
}

const db = (x: number) => Math.round((x > 0 ? 20 * Math.log10(x) : -120) * 100) / 100;

function fileInfo(path: string): { bytes: number; sha256: string } {
  const data = readFileSync(path);
  return { bytes: statSync(path).size, sha256: createHash("sha256").update(data).digest("hex") };
}

/** Peak per 50 ms block, dBFS: the mix report sums what overlaps, block by block. */
const BLOCK = 2400;
const envelopes: Record<string, number[]> = {};

function measure(path: string, id: string): { durationS: number; peakDbfs: number; rmsDbfs: number } {
  const raw = execFileSync("ffmpeg", ["-loglevel", "error", "-i", path, "-f", "f32le", "-ac", "1", "-ar", "48000", "-"], {
    maxBuffer: 1 << 28,
  });
  const s = new Float32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
  let peak = 0;
  let sum = 0;
  const env: number[] = [];
  for (let b = 0; b < s.length; b += BLOCK) {
    let p = 0;
    for (let i = b; i < Math.min(s.length, b + BLOCK); i++) p = Math.max(p, Math.abs(s[i]));
    env.push(Math.round(db(p) * 10) / 10);
  }
  envelopes[id] = env;
  for (let i = 0; i < s.length; i++) {
    peak = Math.max(peak, Math.abs(s[i]));
    sum += s[i] * s[i];
  }
  return { durationS: Math.round((s.length / 48_000) * 1000) / 1000, peakDbfs: db(peak), rmsDbfs: db(Math.sqrt(sum / Math.max(1, s.length))) };
}

const sounds: Record<string, ManifestSound> = {};
let oggBytes = 0;
let mp3Bytes = 0;
for (const folder of ["sfx", "voice", "music"] as const) {
  for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith(".ogg")).sort()) {
    const base = name.slice(0, -4);
    const id = `${folder}/${base}`;
    const ogg = fileInfo(join(dir, folder, name));
    const mp3 = fileInfo(join(dir, folder, `${base}.mp3`));
    oggBytes += ogg.bytes;
    mp3Bytes += mp3.bytes;
    const entry: ManifestSound = { ...measure(join(dir, folder, name), id), ogg, mp3 };
    const f = fit.get(base);
    if (folder === "voice" && f) entry.voice = { tempo: f.tempo, spokenS: Math.round(f.spokenS * 1000) / 1000 };
    sounds[id] = entry;
  }
}
const manifest: AudioManifest = {
  format: "headcam-audio-manifest",
  version: 1,
  generator: "scripts/audio/generate.sh (synth.ts, espeak-ng, sox, ffmpeg libopus/libmp3lame)",
  count: Object.keys(sounds).length,
  oggBytes,
  mp3Bytes,
  sounds,
};
writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 1) + "\n");
// Kept apart from the manifest the game loads: only `npm run mix` reads the envelopes.
writeFileSync(join(dir, "envelopes.json"), JSON.stringify({ blockS: BLOCK / 48_000, peakDbfs: envelopes }) + "\n");
const peaks = Object.values(sounds).map((s) => s.peakDbfs);
console.log(
  JSON.stringify({ count: manifest.count, oggBytes, mp3Bytes, maxPeakDbfs: Math.max(...peaks), minRmsDbfs: Math.min(...Object.values(sounds).map((s) => s.rmsDbfs)) }),
);
