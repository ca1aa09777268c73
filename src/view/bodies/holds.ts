/**
 * How a figure carries what it holds: where the item sits in the chest's frame (x right,
 * y up, -z ahead; origin at the chest bone; metres and radians) when aiming and at the
 * low ready, and where each wrist goes (on the item, or at a place in the chest's frame;
 * null leaves the arm free to swing). A new way of carrying is one entry here; an outfit
 * names its hold.
 */
export interface HoldPose {
  at: readonly [number, number, number];
  pitchRad: number;
  yawRad: number;
  rollRad: number;
}

export interface HandPlace {
  /** "prop": the item's frame (it moves with aim and recoil); "chest": the chest's frame. */
  on: "prop" | "chest";
  at: readonly [number, number, number];
}

export interface HoldDef {
  /** Shouldered, pointing at the target along the item's -Z; null: this hold never aims. */
  aim: HoldPose | null;
  /** At rest, running, or between bursts. */
  low: HoldPose;
  right: HandPlace | null;
  left: HandPlace | null;
  /** The muzzle in the item's frame (aim solves and tests); null: no weapon. */
  muzzle: readonly [number, number, number] | null;
}

const STILL: HoldPose = { at: [0, 0, -0.2], pitchRad: 0, yawRad: 0, rollRad: 0 };

export const HOLDS = {
  // Nothing in the hands: both arms swing (the cast, and anyone unarmed).
  none: { aim: null, low: STILL, right: null, left: null, muzzle: null },
  // A rifle at the right shoulder, the left hand on the handguard; across the body at rest.
  rifle: {
    aim: { at: [0.1, 0.2, -0.2], pitchRad: 0, yawRad: 0, rollRad: 0 },
    low: { at: [0.06, 0.0, -0.22], pitchRad: -0.55, yawRad: 0.4, rollRad: -0.2 },
    right: { on: "prop", at: [0, -0.03, 0.04] },
    left: { on: "prop", at: [-0.03, -0.03, -0.22] },
    muzzle: [0, 0.05, -0.72],
  },
  // A pistol at arm's length in both hands; pointed at the ground at rest.
  pistol: {
    aim: { at: [0.03, 0.22, -0.44], pitchRad: 0, yawRad: 0, rollRad: 0 },
    low: { at: [0.08, -0.12, -0.3], pitchRad: -0.8, yawRad: 0.1, rollRad: 0 },
    right: { on: "prop", at: [0, -0.03, 0.05] },
    left: { on: "prop", at: [-0.04, -0.05, 0.07] },
    muzzle: [0, 0.03, -0.17],
  },
  // A heavy gun fired from the hip (the army's machine gunner).
  mg: {
    aim: { at: [0.12, -0.12, -0.28], pitchRad: 0, yawRad: 0, rollRad: 0 },
    low: { at: [0.1, -0.16, -0.26], pitchRad: -0.35, yawRad: 0.2, rollRad: 0 },
    right: { on: "prop", at: [0, -0.04, 0.06] },
    left: { on: "prop", at: [-0.05, -0.04, -0.32] },
    muzzle: [0, 0.05, -0.95],
  },
  // A shield strapped to the left forearm held in front, a pistol in the right hand.
  shield: {
    aim: { at: [0.2, 0.22, -0.42], pitchRad: 0, yawRad: 0, rollRad: 0 },
    low: { at: [0.18, -0.1, -0.3], pitchRad: -0.7, yawRad: 0, rollRad: 0 },
    right: { on: "prop", at: [0, -0.03, 0.05] },
    left: { on: "chest", at: [-0.08, 0.02, -0.38] },
    muzzle: [0, 0.03, -0.17],
  },
  // A device carried in both hands before the chest (the rooftop courier's glowing box).
  device: {
    aim: null,
    low: { at: [0, -0.12, -0.3], pitchRad: 0, yawRad: 0, rollRad: 0 },
    right: { on: "prop", at: [0.12, -0.02, 0.02] },
    left: { on: "prop", at: [-0.12, -0.02, 0.02] },
    muzzle: null,
  },
} as const satisfies Record<string, HoldDef>;

export type HoldId = keyof typeof HOLDS;

export function isHoldId(v: unknown): v is HoldId {
  return typeof v === "string" && Object.hasOwn(HOLDS, v);
}
