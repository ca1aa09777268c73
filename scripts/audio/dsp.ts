/**
 * Small deterministic DSP kit for the sound generator: a seeded random source, noise,
 * oscillators, filters and envelopes writing into Float32 buffers at 48 kHz, and a WAV
 * writer. No sound is downloaded: every effect and loop is built from these.
 */
import { writeFileSync } from "node:fs";

export const SR = 48_000;

/** mulberry32: the same seed gives the same sounds on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buf(seconds: number): Float32Array {
  return new Float32Array(Math.max(1, Math.round(seconds * SR)));
}

/** Adds `src` into `dst` at `atS` seconds with gain; wraps around when `wrap` (loops). */
export function mix(dst: Float32Array, src: Float32Array, atS: number, gain = 1, wrap = false): void {
  const at = Math.round(atS * SR);
  for (let i = 0; i < src.length; i++) {
    let j = at + i;
    if (wrap) j %= dst.length;
    else if (j >= dst.length) break;
    if (j >= 0) dst[j] += src[i] * gain;
  }
}

export function noise(seconds: number, r: () => number): Float32Array {
  const b = buf(seconds);
  for (let i = 0; i < b.length; i++) b[i] = r() * 2 - 1;
  return b;
}

/** Exponential decay envelope with a short linear attack. */
export function envExp(b: Float32Array, attackS: number, decayS: number): Float32Array {
  const a = Math.max(1, attackS * SR);
  for (let i = 0; i < b.length; i++) {
    const g = i < a ? i / a : Math.exp(-(i - a) / (decayS * SR));
    b[i] *= g;
  }
  return b;
}

/** Attack, hold, release envelope (linear ramps), for breaths and pads. */
export function envAR(b: Float32Array, attackS: number, releaseS: number): Float32Array {
  const a = Math.max(1, attackS * SR);
  const r = Math.max(1, releaseS * SR);
  for (let i = 0; i < b.length; i++) {
    const fromEnd = b.length - 1 - i;
    b[i] *= Math.min(1, i / a, fromEnd / r);
  }
  return b;
}

/** Sine with an exponential pitch glide from f0 to f1 over the buffer. */
export function sineGlide(seconds: number, f0: number, f1: number, phase = 0): Float32Array {
  const b = buf(seconds);
  let ph = phase;
  for (let i = 0; i < b.length; i++) {
    const f = f0 * (f1 / f0) ** (i / b.length);
    ph += (2 * Math.PI * f) / SR;
    b[i] = Math.sin(ph);
  }
  return b;
}

/** Band-limited-ish sawtooth (polyBLEP) at a fixed frequency. */
export function saw(seconds: number, f: number, phase = 0): Float32Array {
  const b = buf(seconds);
  const dt = f / SR;
  let t = phase % 1;
  for (let i = 0; i < b.length; i++) {
    let v = 2 * t - 1;
    if (t < dt) {
      const x = t / dt;
      v -= x + x - x * x - 1;
    } else if (t > 1 - dt) {
      const x = (t - 1) / dt;
      v -= x * x + x + x + 1;
    }
    b[i] = v;
    t += dt;
    if (t >= 1) t -= 1;
  }
  return b;
}

/** RBJ biquad, in place. */
// biome-ignore lint/suspicious/noApproximativeNumericConstant: the committed sounds were made with 0.707
export function biquad(b: Float32Array, type: "lp" | "hp" | "bp", f: number, q = 0.707): Float32Array {
  const w = (2 * Math.PI * Math.min(f, SR * 0.45)) / SR;
  const cw = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  let b0: number;
  let b1: number;
  let b2: number;
  if (type === "lp") {
    b0 = (1 - cw) / 2;
    b1 = 1 - cw;
    b2 = b0;
  } else if (type === "hp") {
    b0 = (1 + cw) / 2;
    b1 = -(1 + cw);
    b2 = b0;
  } else {
    b0 = alpha;
    b1 = 0;
    b2 = -alpha;
  }
  const a0 = 1 + alpha;
  const a1 = -2 * cw;
  const a2 = 1 - alpha;
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    const y = (b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    b[i] = y;
  }
  return b;
}

/** A decaying resonant partial (metal, glass, bells). */
export function ring(seconds: number, f: number, decayS: number, phase = 0): Float32Array {
  return envExp(sineGlide(seconds, f, f, phase), 0.0005, decayS);
}

/** Soft saturation. */
export function drive(b: Float32Array, amount: number): Float32Array {
  const k = Math.tanh(amount);
  for (let i = 0; i < b.length; i++) b[i] = Math.tanh(b[i] * amount) / k;
  return b;
}

/** A crude room: a few feedback comb echoes of the signal, for shot and blast tails. */
export function room(b: Float32Array, sizeS: number, feedback: number, wet: number): Float32Array {
  const out = Float32Array.from(b);
  for (const [k, mul] of [
    [1, 1],
    [1.37, 0.8],
    [1.73, 0.7],
  ] as const) {
    const d = Math.round(sizeS * k * SR);
    const c = new Float32Array(b.length);
    for (let i = 0; i < b.length; i++) c[i] = b[i] + (i >= d ? c[i - d] * feedback : 0);
    for (let i = 0; i < b.length; i++) out[i] += c[i] * wet * mul * 0.33;
  }
  return out;
}

/** Scales so the absolute peak equals `peakDb` dBFS. */
export function normalize(b: Float32Array, peakDb: number): Float32Array {
  let peak = 0;
  for (let i = 0; i < b.length; i++) peak = Math.max(peak, Math.abs(b[i]));
  if (peak === 0) return b;
  const g = 10 ** (peakDb / 20) / peak;
  for (let i = 0; i < b.length; i++) b[i] *= g;
  return b;
}

/** Short fade-in/out so no file starts or ends on a click. */
export function declick(b: Float32Array, s = 0.003): Float32Array {
  const n = Math.min(Math.round(s * SR), b.length >> 1);
  for (let i = 0; i < n; i++) {
    b[i] *= i / n;
    b[b.length - 1 - i] *= i / n;
  }
  return b;
}

/** Writes a mono 16-bit PCM WAV file. */
export function writeWav(path: string, b: Float32Array): void {
  const data = Buffer.alloc(b.length * 2);
  for (let i = 0; i < b.length; i++) data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, b[i])) * 32767), i * 2);
  const h = Buffer.alloc(44);
  h.write("RIFF", 0);
  h.writeUInt32LE(36 + data.length, 4);
  h.write("WAVE", 8);
  h.write("fmt ", 12);
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write("data", 36);
  h.writeUInt32LE(data.length, 40);
  writeFileSync(path, Buffer.concat([h, data]));
}
