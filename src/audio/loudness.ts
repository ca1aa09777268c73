/**
 * Loudness as ITU-R BS.1770-4 measures it (the meter inside ffmpeg's `ebur128` filter):
 * K-weighting, 400 ms blocks every 100 ms, an absolute gate at -70 LUFS and a relative
 * gate 10 LU under the mean. The generator keeps each voice file's K-weighted energy per
 * 100 ms, so the mix report can measure a whole piece's voice track without decoding audio.
 */

/** Every voice line is normalised to this (ffmpeg ebur128, integrated), and checked against it. */
export const VOICE_LOUDNESS = {
  targetLufs: -20,
  /** A voice file may sit this far from the target after encoding, LU. */
  fileToleranceLu: 1,
  /** Each character's voice in a piece, taken together, within this of the target, LU. */
  characterToleranceLu: 2,
  /** Sample peaks are limited to this before encoding, dBFS. */
  peakCeilingDbfs: -1.5,
} as const;

/** Length of one sub-block of energy, seconds (a gating block is four of them). */
export const LOUDNESS_BLOCK_S = 0.1;
const BLOCKS_PER_GATE = 4;
const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;

/** Loudness of a K-weighted mean square (one channel), LUFS. */
export function lufsOfMeanSquare(ms: number): number {
  return ms > 0 ? -0.691 + 10 * Math.log10(ms) : Number.NEGATIVE_INFINITY;
}

/** The K-weighted mean square that reads `lufs`. */
export function meanSquareOfLufs(lufs: number): number {
  return Number.isFinite(lufs) ? 10 ** ((lufs + 0.691) / 10) : 0;
}

// BS.1770 K-weighting at 48 kHz: a high shelf (the head) then the RLB high-pass.
const SHELF_B = [1.53512485958697, -2.69169618940638, 1.19839281085285];
const SHELF_A = [-1.69065929318241, 0.73248077421585];
const RLB_B = [1, -2, 1];
const RLB_A = [-1.99004745483398, 0.99007225036621];

/**
 * K-weighted mean square of each 100 ms of a mono 48 kHz signal (the last, partial block
 * is dropped, as the meter drops it).
 */
export function kWeightedBlocks(samples: Float32Array, sampleRate = 48_000): Float64Array {
  if (sampleRate !== 48_000) throw new Error(`kWeightedBlocks: 48000 Hz expected, got ${sampleRate}`);
  const per = Math.round(LOUDNESS_BLOCK_S * sampleRate);
  const out = new Float64Array(Math.floor(samples.length / per));
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let z1 = 0;
  let z2 = 0;
  let sum = 0;
  for (let i = 0; i < out.length * per; i++) {
    const x = samples[i];
    const y = SHELF_B[0] * x + SHELF_B[1] * x1 + SHELF_B[2] * x2 - SHELF_A[0] * y1 - SHELF_A[1] * y2;
    const z = RLB_B[0] * y + RLB_B[1] * y1 + RLB_B[2] * y2 - RLB_A[0] * z1 - RLB_A[1] * z2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    z2 = z1;
    z1 = z;
    sum += z * z;
    if ((i + 1) % per === 0) {
      out[(i + 1) / per - 1] = sum / per;
      sum = 0;
    }
  }
  return out;
}

/**
 * Integrated loudness, LUFS, from K-weighted mean squares per 100 ms (gated 400 ms blocks
 * overlapping by 75 %). -Infinity when no block passes the absolute gate.
 */
export function integratedLoudness(blocks: ArrayLike<number>): number {
  const n = blocks.length - BLOCKS_PER_GATE + 1;
  const gate = meanSquareOfLufs(ABSOLUTE_GATE_LUFS);
  let sum = 0;
  let count = 0;
  const block = (j: number): number => (blocks[j] + blocks[j + 1] + blocks[j + 2] + blocks[j + 3]) / BLOCKS_PER_GATE;
  for (let j = 0; j < n; j++) {
    const e = block(j);
    if (e > gate) {
      sum += e;
      count++;
    }
  }
  if (count === 0) return Number.NEGATIVE_INFINITY;
  const relative = Math.max(gate, meanSquareOfLufs(lufsOfMeanSquare(sum / count) + RELATIVE_GATE_LU));
  sum = 0;
  count = 0;
  for (let j = 0; j < n; j++) {
    const e = block(j);
    if (e > relative) {
      sum += e;
      count++;
    }
  }
  return lufsOfMeanSquare(sum / count);
}
