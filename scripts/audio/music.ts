/**
 * A driving loop per set piece in three layers of the same length, rendered circularly so
 * each loops without a seam: `pad` (a dark bed), `pulse` (bass eighths and a kick) and
 * `drive` (snare, hats and a stabbing arpeggio). The game fades them by the director's
 * intensity (src/audio/music.ts).
 */
import { biquad, buf, drive, envAR, envExp, mix, noise, normalize, rng, saw, sineGlide } from "./dsp";

export const MUSIC_LAYERS = ["pad", "pulse", "drive"] as const;

interface PieceMusic {
  bpm: number;
  /** MIDI note of the root. */
  root: number;
  /** Chord roots per bar as semitone offsets (8 bars). */
  bars: number[];
  seed: number;
}

export const PIECE_MUSIC: Record<string, PieceMusic> = {
  awakening: { bpm: 96, root: 45, bars: [0, 0, 3, 3, -2, -2, 5, 3], seed: 11 },
  street: { bpm: 150, root: 40, bars: [0, 0, 3, 5, 0, 0, -2, 3], seed: 22 },
  office: { bpm: 140, root: 42, bars: [0, 1, 0, 1, 3, 1, 0, -2], seed: 33 },
  rooftops: { bpm: 160, root: 43, bars: [0, 5, 3, 5, 0, 5, 7, 3], seed: 44 },
  army: { bpm: 170, root: 38, bars: [0, 0, 1, 1, 0, 0, -2, -1], seed: 55 },
};

const hz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);

function note(f: number, lenS: number, cutoff: number, detune = 0.004): Float32Array {
  const a = saw(lenS, f);
  const b = saw(lenS, f * (1 + detune), 0.37);
  for (let i = 0; i < a.length; i++) a[i] = (a[i] + b[i]) * 0.5;
  return biquad(a, "lp", cutoff, 0.9);
}

export function renderLayer(piece: string, layer: (typeof MUSIC_LAYERS)[number]): Float32Array {
  const m = PIECE_MUSIC[piece];
  const r = rng(m.seed + layer.length * 7);
  const beat = 60 / m.bpm;
  const bar = beat * 4;
  const out = buf(bar * m.bars.length);
  m.bars.forEach((off, bi) => {
    const t0 = bi * bar;
    const root = m.root + off;
    if (layer === "pad") {
      for (const iv of [0, 7, 12, 15]) mix(out, envAR(note(hz(root + iv), bar + 0.4, 700, 0.006), 0.3, 0.5), t0, 0.16, true);
    } else if (layer === "pulse") {
      for (let e = 0; e < 8; e++) {
        const oct = e % 4 === 3 ? 12 : 0;
        mix(out, envExp(note(hz(root - 12 + oct), beat / 2, 500 + 500 * r()), 0.003, beat * 0.25), t0 + e * (beat / 2), 0.5, true);
      }
      for (let q = 0; q < 4; q++) mix(out, envExp(sineGlide(0.3, 140, 42), 0.002, 0.09), t0 + q * beat, 0.9, true);
    } else {
      for (let s = 0; s < 16; s++) {
        const at = t0 + s * (beat / 4);
        const hat = biquad(envExp(noise(0.06, r), 0.001, s % 2 ? 0.008 : 0.02), "hp", 7000);
        mix(out, hat, at, 0.25, true);
        if (s === 4 || s === 12) {
          const sn = biquad(envExp(noise(0.25, r), 0.001, 0.07), "bp", 1800, 0.6);
          mix(out, sn, at, 0.6, true);
          mix(out, envExp(sineGlide(0.15, 230, 160), 0.001, 0.04), at, 0.35, true);
        }
        if (s % 2 === 0 && (s % 6 !== 2 || r() < 0.5)) {
          const iv = [0, 7, 12, 15, 19, 12, 7, 3][(s / 2 + bi) % 8];
          mix(out, envExp(note(hz(root + 12 + iv), beat / 4, 2400, 0.01), 0.002, beat * 0.12), at, 0.16, true);
        }
      }
    }
  });
  return normalize(layer === "pulse" ? drive(out, 1.3) : out, -7);
}
