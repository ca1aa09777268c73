/**
 * The figures' animated actions as data: where each wrist goes over the action's time
 * and how the torso, head and held item move. Adding an action (a shield brace, a radio
 * call) is one entry here; presentation triggers it by name with `FigurePose.play` (one
 * shot) or holds it with `BodyInput.action` (looping, e.g. while a line is spoken).
 *
 * Hand keys are [t, x, y, z], t in 0..1 of the action, in one of three frames:
 * - "chest": the chest bone's frame (x right, y up, -z ahead), metres;
 * - "reach": from the shoulder toward the action's target (-z toward it), metres;
 * - "target": around the action's target point, turned like the body, metres.
 */
export type HandFrame = "chest" | "reach" | "target";
export type Key3 = readonly [number, number, number, number];
export type Key1 = readonly [number, number];

export interface HandTrack {
  frame: HandFrame;
  keys: readonly Key3[];
  /** Bends the hand back (palm toward the target) by this much, radians. */
  palmRad?: number;
}

/** Scalar channels an action adds to the pose (radians, except crouch and propLower 0..1). */
export type Channel = "lean" | "spinePitch" | "chestPitch" | "chestYaw" | "headPitch" | "crouch" | "propPitch" | "propRoll" | "propLower";

export interface ActionDef {
  durationS: number;
  /** Repeats while held (looping) rather than playing once. */
  loop: boolean;
  /** Fade in and out, seconds: an action never snaps. */
  blendS: number;
  right?: HandTrack;
  left?: HandTrack;
  channels?: Partial<Record<Channel, readonly Key1[]>>;
  /** Share of the turn toward the target taken by the torso (0..1). */
  turnToTarget?: number;
}

export const ACTIONS = {
  // Rifle reload: the gun tips, the left hand strips the magazine, fetches one from the vest, seats it.
  reload: {
    durationS: 1.9,
    loop: false,
    blendS: 0.2,
    left: {
      frame: "chest",
      keys: [
        [0, 0.04, -0.02, -0.3],
        [0.2, 0.06, -0.1, -0.24],
        [0.4, -0.14, -0.3, -0.14],
        [0.6, -0.1, -0.26, -0.16],
        [0.8, 0.06, -0.1, -0.25],
        [1, 0.04, -0.02, -0.3],
      ],
    },
    channels: {
      propLower: [
        [0, 1],
        [1, 1],
      ],
      propRoll: [
        [0, 0],
        [0.2, -0.6],
        [0.8, -0.6],
        [1, 0],
      ],
      headPitch: [
        [0, 0],
        [0.2, -0.35],
        [0.85, -0.35],
        [1, 0],
      ],
    },
  },
  // A throw overarm with the right hand, the body winding up and following through.
  throw: {
    durationS: 0.9,
    loop: false,
    blendS: 0.12,
    right: {
      frame: "chest",
      keys: [
        [0, 0.25, 0.1, -0.2],
        [0.4, 0.32, 0.45, 0.2],
        [0.6, 0.2, 0.42, -0.4],
        [0.8, -0.05, 0.05, -0.42],
        [1, 0.2, 0.0, -0.25],
      ],
    },
    channels: {
      propLower: [
        [0, 1],
        [1, 1],
      ],
      chestYaw: [
        [0, 0],
        [0.4, -0.45],
        [0.65, 0.4],
        [1, 0],
      ],
      chestPitch: [
        [0, 0],
        [0.4, 0.12],
        [0.7, -0.2],
        [1, 0],
      ],
    },
  },
  // Come on: the right hand high, beckoning forward and back.
  wave: {
    durationS: 0.9,
    loop: true,
    blendS: 0.25,
    right: {
      frame: "chest",
      keys: [
        [0, 0.34, 0.62, -0.2],
        [0.5, 0.22, 0.58, -0.42],
        [1, 0.34, 0.62, -0.2],
      ],
      palmRad: 0.5,
    },
    turnToTarget: 0.6,
  },
  // Pointing the way: the right arm straight out at the target.
  point: {
    durationS: 1.6,
    loop: true,
    blendS: 0.25,
    right: {
      frame: "reach",
      keys: [
        [0, 0, 0.02, -0.53],
        [0.5, 0, 0.05, -0.53],
        [1, 0, 0.02, -0.53],
      ],
    },
    turnToTarget: 0.8,
  },
  // The telekinetic at work: the right palm pushed at the target, the left fingers at the temple.
  gesture: {
    durationS: 2,
    loop: true,
    blendS: 0.3,
    right: {
      frame: "reach",
      keys: [
        [0, 0.02, 0.04, -0.5],
        [0.5, 0.04, 0.1, -0.54],
        [1, 0.02, 0.04, -0.5],
      ],
      palmRad: 1.2,
    },
    left: {
      frame: "chest",
      keys: [
        [0, -0.1, 0.34, -0.1],
        [0.5, -0.09, 0.36, -0.12],
        [1, -0.1, 0.34, -0.1],
      ],
    },
    channels: {
      headPitch: [
        [0, -0.1],
        [1, -0.1],
      ],
    },
    turnToTarget: 0.9,
  },
  // Fitting a prosthetic at chest height: both hands on the target, working.
  fit: {
    durationS: 1.3,
    loop: true,
    blendS: 0.35,
    right: {
      frame: "target",
      keys: [
        [0, 0.07, 0.02, 0.06],
        [0.3, 0.05, -0.03, 0.05],
        [0.6, 0.08, 0.03, 0.07],
        [1, 0.07, 0.02, 0.06],
      ],
    },
    left: {
      frame: "target",
      keys: [
        [0, -0.07, -0.02, 0.06],
        [0.5, -0.05, 0.03, 0.04],
        [1, -0.07, -0.02, 0.06],
      ],
    },
    channels: {
      headPitch: [
        [0, -0.35],
        [1, -0.35],
      ],
    },
    turnToTarget: 1,
  },
  // Fitting low (the leg): down on one's haunches, hands on the target.
  fitLow: {
    durationS: 1.3,
    loop: true,
    blendS: 0.45,
    right: {
      frame: "target",
      keys: [
        [0, 0.08, 0.04, 0.08],
        [0.5, 0.06, -0.02, 0.06],
        [1, 0.08, 0.04, 0.08],
      ],
    },
    left: {
      frame: "target",
      keys: [
        [0, -0.08, 0, 0.08],
        [0.5, -0.06, 0.04, 0.07],
        [1, -0.08, 0, 0.08],
      ],
    },
    channels: {
      crouch: [
        [0, 1],
        [1, 1],
      ],
      spinePitch: [
        [0, -0.55],
        [1, -0.55],
      ],
      headPitch: [
        [0, -0.3],
        [1, -0.3],
      ],
    },
    turnToTarget: 1,
  },
  // Dragged off by an unseen force: leaning back, both arms reaching for the target.
  dragged: {
    durationS: 0.8,
    loop: true,
    blendS: 0.3,
    right: {
      frame: "reach",
      keys: [
        [0, 0.06, 0.1, -0.52],
        [0.5, 0.02, 0.16, -0.5],
        [1, 0.06, 0.1, -0.52],
      ],
    },
    left: {
      frame: "reach",
      keys: [
        [0, -0.04, 0.14, -0.5],
        [0.5, 0.0, 0.08, -0.53],
        [1, -0.04, 0.14, -0.5],
      ],
    },
    channels: {
      lean: [
        [0, -0.38],
        [0.5, -0.3],
        [1, -0.38],
      ],
    },
    turnToTarget: 1,
  },
} as const satisfies Record<string, ActionDef>;

export type ActionId = keyof typeof ACTIONS;

export function isActionId(v: unknown): v is ActionId {
  return typeof v === "string" && Object.hasOwn(ACTIONS, v);
}

/** Samples a hand track at `t` (0..1) into out[0..2] with smooth steps between keys. */
export function sampleKeys3(keys: readonly Key3[], t: number, out: number[]): void {
  let i = 0;
  while (i < keys.length - 1 && keys[i + 1][0] <= t) i++;
  const a = keys[i];
  const b = keys[Math.min(i + 1, keys.length - 1)];
  const span = b[0] - a[0];
  const u = span > 1e-6 ? Math.min(1, Math.max(0, (t - a[0]) / span)) : 0;
  const k = u * u * (3 - 2 * u);
  out[0] = a[1] + (b[1] - a[1]) * k;
  out[1] = a[2] + (b[2] - a[2]) * k;
  out[2] = a[3] + (b[3] - a[3]) * k;
}

/** Samples a scalar channel at `t` (0..1) with smooth steps between keys. */
export function sampleKeys1(keys: readonly Key1[], t: number): number {
  let i = 0;
  while (i < keys.length - 1 && keys[i + 1][0] <= t) i++;
  const a = keys[i];
  const b = keys[Math.min(i + 1, keys.length - 1)];
  const span = b[0] - a[0];
  const u = span > 1e-6 ? Math.min(1, Math.max(0, (t - a[0]) / span)) : 0;
  return a[1] + (b[1] - a[1]) * (u * u * (3 - 2 * u));
}
