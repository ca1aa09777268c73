/**
 * The compact URL form of rig settings: only the values that differ from the defaults,
 * as JSON in base64url, behind a version prefix (`1.` + payload). Round-trips exactly.
 */
import { LAYER_KEYS, type RigSettings, rigSchema } from "./schema";
import { defaultRigSettings, type ValidationResult, validateRigSettings } from "./settings";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function utf8Encode(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

function utf8Decode(bytes: number[]): string {
  let s = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let c = n === 1 ? b : b & (0xff >> (n + 1));
    for (let j = 1; j < n; j++) c = (c << 6) | ((bytes[i + j] ?? 0) & 63);
    s += String.fromCodePoint(c > 0x10ffff ? 0xfffd : c);
    i += n;
  }
  return s;
}

function toBase64Url(bytes: number[]): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) s += ALPHABET[(n >> (18 - 6 * j)) & 63];
  }
  return s;
}

function fromBase64Url(s: string): number[] | null {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of s) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

/** The compact URL form of `settings` (only non-default values). */
export function encodeRigUrl(settings: RigSettings): string {
  const defaults = defaultRigSettings();
  const diff: Record<string, unknown> = {};
  if (settings.name !== defaults.name) diff.n = settings.name;
  const layers: Record<string, Record<string, unknown>> = {};
  for (const key of LAYER_KEYS) {
    const cur = settings.layers[key] as Record<string, unknown>;
    const def = defaults.layers[key] as Record<string, unknown>;
    for (const p of Object.keys(rigSchema[key].params)) {
      if (cur[p] !== def[p]) {
        layers[key] ??= {};
        layers[key][p] = cur[p];
      }
    }
  }
  if (Object.keys(layers).length > 0) diff.l = layers;
  return `1.${toBase64Url(utf8Encode(JSON.stringify(diff)))}`;
}

/** Reads the URL form back through the validator. Never throws. */
export function decodeRigUrl(s: string): ValidationResult<RigSettings> {
  const m = /^(\d+)\.([A-Za-z0-9_-]*)$/.exec(typeof s === "string" ? s : "");
  if (m === null) return { ok: false, errors: ["rig: not a rig settings string (expected <version>.<base64url>)"] };
  if (Number(m[1]) !== 1) return { ok: false, errors: [`version: ${m[1]} is not supported (expected 1)`] };
  const bytes = fromBase64Url(m[2]);
  let diff: unknown;
  try {
    diff = JSON.parse(utf8Decode(bytes ?? []));
  } catch {
    return { ok: false, errors: ["rig: the settings string is damaged"] };
  }
  if (typeof diff !== "object" || diff === null || Array.isArray(diff)) {
    return { ok: false, errors: ["rig: the settings string is damaged"] };
  }
  const d = diff as Record<string, unknown>;
  const extra = Object.keys(d).filter((k) => k !== "n" && k !== "l");
  if (extra.length > 0) return { ok: false, errors: extra.map((k) => `${k}: unknown key`) };
  return validateRigSettings({ version: 1, name: d.n ?? "default", layers: d.l ?? {} });
}
