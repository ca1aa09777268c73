import { BONE_COUNT, POSE_FLOATS, POSE_ROOT } from "./skeleton";

/**
 * Blends two ticks' poses of one figure (at offset `o` of both buffers) by `alpha` into
 * `out` at offset 0: normalised lerp of each bone's quaternion along the shorter arc
 * (close to a slerp for one tick's turn), lerp of the pelvis and prop offsets.
 */
export function blendPose(prev: Float32Array, curr: Float32Array, o: number, alpha: number, out: Float32Array): Float32Array {
  for (let i = 0; i < BONE_COUNT; i++) {
    const k = o + i * 4;
    const sign = prev[k] * curr[k] + prev[k + 1] * curr[k + 1] + prev[k + 2] * curr[k + 2] + prev[k + 3] * curr[k + 3] < 0 ? -1 : 1;
    let len = 0;
    for (let c = 0; c < 4; c++) {
      const v = prev[k + c] + (sign * curr[k + c] - prev[k + c]) * alpha;
      out[i * 4 + c] = v;
      len += v * v;
    }
    len = Math.sqrt(len) || 1;
    for (let c = 0; c < 4; c++) out[i * 4 + c] /= len;
  }
  for (let c = POSE_ROOT; c < POSE_FLOATS; c++) out[c] = prev[o + c] + (curr[o + c] - prev[o + c]) * alpha;
  return out;
}
