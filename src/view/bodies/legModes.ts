/**
 * What the legs do when the body is not walking on the ground: one entry per move state
 * (the core's or the player controller's "move", e.g. "air"; the parkour moves add
 * "vault", "mantle", "ladder", "roll" here). Each key places both ankles relative to
 * the pelvis in the body's frame (x right, y up, -z ahead; metres) at a point of the
 * move's progress (0..1), and sinks and pitches the pelvis. Keys blend smoothly.
 */
export interface LegModeKey {
  /** Progress of the move, 0..1. */
  t: number;
  left: readonly [number, number, number];
  right: readonly [number, number, number];
  /** The pelvis sinks this far below its standing height, metres. */
  pelvisDropM: number;
  /** Forward lean of the body, radians. */
  leanRad: number;
}

export interface LegMode {
  keys: readonly LegModeKey[];
  /** Time to blend into the mode and back out, seconds. */
  blendS: number;
}

export const LEG_MODES: Readonly<Record<string, LegMode>> = {
  // Airborne (a jump, a drop): knees come up a little, one foot leading.
  air: {
    blendS: 0.12,
    keys: [{ t: 0, left: [-0.12, -0.74, -0.12], right: [0.12, -0.6, 0.14], pelvisDropM: 0.02, leanRad: 0.05 }],
  },
};

/** A sampled leg mode: ankle offsets from the pelvis (body frame), pelvis drop and lean. */
export interface LegSample {
  left: [number, number, number];
  right: [number, number, number];
  dropM: number;
  leanRad: number;
}

export function createLegSample(): LegSample {
  return { left: [0, 0, 0], right: [0, 0, 0], dropM: 0, leanRad: 0 };
}

/** Samples a mode at `progress01` into `out` (no allocation). */
export function sampleLegMode(mode: LegMode, progress01: number, out: LegSample): LegSample {
  const keys = mode.keys;
  let i = 0;
  while (i < keys.length - 1 && keys[i + 1].t <= progress01) i++;
  const a = keys[i];
  const b = keys[Math.min(i + 1, keys.length - 1)];
  const span = b.t - a.t;
  const u = span > 1e-6 ? Math.min(1, Math.max(0, (progress01 - a.t) / span)) : 0;
  const k = u * u * (3 - 2 * u);
  for (let j = 0; j < 3; j++) {
    out.left[j] = a.left[j] + (b.left[j] - a.left[j]) * k;
    out.right[j] = a.right[j] + (b.right[j] - a.right[j]) * k;
  }
  out.dropM = a.pelvisDropM + (b.pelvisDropM - a.pelvisDropM) * k;
  out.leanRad = a.leanRad + (b.leanRad - a.leanRad) * k;
  return out;
}
