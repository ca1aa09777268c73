/**
 * What the legs do when the body is not walking on the ground: one entry per move state
 * (the core's or the player controller's "move", e.g. "air", and the parkour moves:
 * "vault", "mantle", "ladder", "leap", "roll" ...; the courier's acts map onto them).
 * Each key places both ankles relative to the pelvis in the body's frame (x right, y up, -z ahead; metres) at a point of the
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

/** Hanging from the hands, a knee up onto the ledge, then crouched on top. */
const MANTLE: LegMode = {
  blendS: 0.08,
  keys: [
    { t: 0, left: [-0.1, -0.86, 0.04], right: [0.1, -0.82, 0.08], pelvisDropM: 0, leanRad: 0.1 },
    { t: 0.55, left: [-0.1, -0.48, -0.26], right: [0.1, -0.8, 0.12], pelvisDropM: 0.15, leanRad: 0.55 },
    { t: 1, left: [-0.1, -0.66, -0.12], right: [0.1, -0.7, 0.06], pelvisDropM: 0.22, leanRad: 0.3 },
  ],
};

/** On the rungs: one knee up at the next rung, the other leg straight, close to the wall. */
const LADDER: LegMode = {
  blendS: 0.1,
  keys: [{ t: 0, left: [-0.12, -0.58, -0.16], right: [0.12, -0.84, -0.1], pelvisDropM: 0.08, leanRad: -0.05 }],
};

export const LEG_MODES: Readonly<Record<string, LegMode>> = {
  // Airborne (a jump, a drop): knees come up a little, one foot leading.
  air: {
    blendS: 0.12,
    keys: [{ t: 0, left: [-0.12, -0.74, -0.12], right: [0.12, -0.6, 0.14], pelvisDropM: 0.02, leanRad: 0.05 }],
  },
  // The parkour moves (the player's `move`, and the courier's act); stepping on at the
  // foot of a ladder is the climb's stance, stepping off at its top a mantle.
  mantle: MANTLE,
  ladder: LADDER,
  ladderOn: LADDER,
  ladderTop: MANTLE,
  // A speed vault: both legs swing up and to the right over the box, then reach down for the far side.
  vault: {
    blendS: 0.06,
    keys: [
      { t: 0, left: [-0.12, -0.72, -0.1], right: [0.12, -0.78, 0.12], pelvisDropM: 0.05, leanRad: 0.25 },
      { t: 0.45, left: [0.12, -0.42, -0.18], right: [0.3, -0.46, 0.02], pelvisDropM: 0.1, leanRad: 0.35 },
      { t: 1, left: [-0.1, -0.82, -0.14], right: [0.1, -0.8, 0.12], pelvisDropM: 0.06, leanRad: 0.15 },
    ],
  },
  // A running leap: the trail leg pushes off behind, both come through tucked, the lead reaches for the far roof.
  leap: {
    blendS: 0.06,
    keys: [
      { t: 0, left: [-0.1, -0.84, 0.26], right: [0.1, -0.56, -0.24], pelvisDropM: 0, leanRad: 0.25 },
      { t: 0.5, left: [-0.1, -0.55, -0.08], right: [0.1, -0.5, -0.22], pelvisDropM: 0.02, leanRad: 0.2 },
      { t: 1, left: [-0.1, -0.8, -0.26], right: [0.1, -0.74, -0.06], pelvisDropM: 0.02, leanRad: 0.1 },
    ],
  },
  // The landing roll: folded tight over the shoulder, then onto the feet again.
  roll: {
    blendS: 0.05,
    keys: [
      { t: 0, left: [-0.1, -0.5, -0.22], right: [0.1, -0.52, -0.18], pelvisDropM: 0.42, leanRad: 1.1 },
      { t: 0.5, left: [-0.1, -0.4, -0.26], right: [0.1, -0.42, -0.22], pelvisDropM: 0.58, leanRad: 1.45 },
      { t: 1, left: [-0.1, -0.66, -0.16], right: [0.1, -0.72, 0.1], pelvisDropM: 0.22, leanRad: 0.4 },
    ],
  },
  // A bad landing without a roll: knees buckle, the body pitches forward and comes back.
  stumble: {
    blendS: 0.05,
    keys: [
      { t: 0, left: [-0.14, -0.6, -0.12], right: [0.14, -0.62, 0.1], pelvisDropM: 0.3, leanRad: 0.6 },
      { t: 1, left: [-0.1, -0.8, -0.08], right: [0.1, -0.8, 0.08], pelvisDropM: 0.05, leanRad: 0.15 },
    ],
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
