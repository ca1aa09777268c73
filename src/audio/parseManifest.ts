import { LANGS } from "../content/subtitles";
import { describe, isRecord } from "../rig/validate";
import type { AudioManifest } from "./manifest";

export type ParsedManifest = { ok: true; manifest: AudioManifest } | { ok: false; errors: string[] };

const FORMAT = "headcam-audio-manifest";
const VERSION = 2;
// Enough to say what is wrong without flooding a log with a thousand copies of one mistake.
const MAX_ERRORS = 20;

/**
 * Checks a parsed `assets/audio/manifest.json` (what `npm run audio:generate` writes) before
 * anything reads it: the format and version, and every sound's lengths, levels and files,
 * naming each wrong field by its path (`sounds["sfx/shot"].ogg.bytes`). Never throws.
 */
export function parseAudioManifest(json: unknown): ParsedManifest {
  const errors: string[] = [];
  if (!isRecord(json)) return { ok: false, errors: [`manifest: ${describe(json)} is not an object`] };
  if (json.format !== FORMAT) errors.push(`format: ${describe(json.format)}, expected "${FORMAT}"`);
  if (json.version !== VERSION) errors.push(`version: ${describe(json.version)}, expected ${VERSION}`);
  for (const k of ["count", "oggBytes", "mp3Bytes"]) count(json[k], k, errors);
  if (!isRecord(json.loudness)) errors.push(`loudness: ${describe(json.loudness)} is not an object`);
  else for (const k of ["targetLufs", "peakCeilingDbfs"]) finite(json.loudness[k], `loudness.${k}`, errors);
  if (!isRecord(json.sounds)) errors.push(`sounds: ${describe(json.sounds)} is not an object`);
  else for (const [id, s] of Object.entries(json.sounds)) sound(s, `sounds[${JSON.stringify(id)}]`, errors);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, manifest: json as unknown as AudioManifest };
}

function sound(s: unknown, path: string, errors: string[]): void {
  if (!isRecord(s)) {
    errors.push(`${path}: ${describe(s)} is not an object`);
    return;
  }
  finite(s.durationS, `${path}.durationS`, errors, 0);
  finite(s.peakDbfs, `${path}.peakDbfs`, errors);
  finite(s.rmsDbfs, `${path}.rmsDbfs`, errors);
  for (const ext of ["ogg", "mp3"]) {
    const f = s[ext];
    if (!isRecord(f)) {
      errors.push(`${path}.${ext}: ${describe(f)} is not an object`);
      continue;
    }
    count(f.bytes, `${path}.${ext}.bytes`, errors);
    if (typeof f.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(f.sha256)) errors.push(`${path}.${ext}.sha256: ${describe(f.sha256)} is not 64 hex digits`);
  }
  if (s.voice !== undefined) voice(s.voice, `${path}.voice`, errors);
}

function voice(v: unknown, path: string, errors: string[]): void {
  if (!isRecord(v)) {
    errors.push(`${path}: ${describe(v)} is not an object`);
    return;
  }
  for (const k of ["tempo", "spokenS", "lufs", "truePeakDbtp"]) finite(v[k], `${path}.${k}`, errors);
  for (const k of ["speaker", "synth", "recipe"]) if (typeof v[k] !== "string") errors.push(`${path}.${k}: ${describe(v[k])} is not a string`);
  if (!LANGS.includes(v.lang as never)) errors.push(`${path}.lang: ${describe(v.lang)} is not one of ${LANGS.join(", ")}`);
  if (typeof v.radio !== "boolean") errors.push(`${path}.radio: ${describe(v.radio)} is not a boolean`);
  if (v.wer !== null && (typeof v.wer !== "number" || !(v.wer >= 0))) errors.push(`${path}.wer: ${describe(v.wer)} is not a rate or null`);
  if (v.heard !== null && typeof v.heard !== "string") errors.push(`${path}.heard: ${describe(v.heard)} is not a string or null`);
}

function finite(v: unknown, path: string, errors: string[], min = Number.NEGATIVE_INFINITY): void {
  if (typeof v !== "number" || !Number.isFinite(v)) errors.push(`${path}: ${describe(v)} is not a finite number`);
  else if (v < min) errors.push(`${path}: ${v} is below ${min}`);
}

function count(v: unknown, path: string, errors: string[]): void {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) errors.push(`${path}: ${describe(v)} is not a whole number of 0 or more`);
}
