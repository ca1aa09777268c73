/**
 * The one skeleton every figure shares: 18 bones, their parents and rest offsets. Figure
 * space: feet at y = 0, facing -Z, +X is the figure's right; metres. A bone's world
 * transform is parent · translate(offset) · rotate(local quaternion); every rest rotation
 * is the identity, so the rest pose stands straight with the arms down.
 */

export const Bone = {
  pelvis: 0,
  spine: 1,
  chest: 2,
  neck: 3,
  head: 4,
  upperArmL: 5,
  forearmL: 6,
  handL: 7,
  upperArmR: 8,
  forearmR: 9,
  handR: 10,
  thighL: 11,
  shinL: 12,
  footL: 13,
  thighR: 14,
  shinR: 15,
  footR: 16,
  /** The held item (rifle, pistol, device): posed in the chest's frame by the hold. */
  prop: 17,
} as const;
export type BoneName = keyof typeof Bone;
export type BoneId = (typeof Bone)[BoneName];
export const BONE_COUNT = 18;
export const BONE_NAMES = Object.keys(Bone) as BoneName[];

/** Parent of each bone (-1: the root). Parents come before children. */
export const BONE_PARENT: readonly number[] = [-1, 0, 1, 2, 3, 2, 5, 6, 2, 8, 9, 0, 11, 12, 0, 14, 15, 2];

/** Limb lengths, metres. */
export const THIGH_M = 0.42;
export const SHIN_M = 0.41;
export const UPPER_ARM_M = 0.29;
export const FOREARM_M = 0.26;
/** Height of the ankle above the sole, metres. */
export const ANKLE_M = 0.08;
/** The pelvis origin above the feet in the rest pose, metres. */
export const PELVIS_REST_M = 0.96;
/** The hip joints sit this far below and beside the pelvis origin, metres. */
export const HIP_DROP_M = 0.05;
export const HIP_HALF_M = 0.1;
export const SHOULDER_HALF_M = 0.2;
/** Sole points of a foot in the foot bone's frame (origin at the ankle): heel and ball. */
export const HEEL: readonly [number, number, number] = [0, -ANKLE_M, 0.06];
export const BALL: readonly [number, number, number] = [0, -ANKLE_M, -0.13];

/** Offset of each bone from its parent at rest (figure space for the root), metres. */
export const BONE_OFFSET: readonly (readonly [number, number, number])[] = [
  [0, PELVIS_REST_M, 0],
  [0, 0.1, 0],
  [0, 0.2, 0],
  [0, 0.26, 0],
  [0, 0.07, 0],
  [-SHOULDER_HALF_M, 0.2, 0],
  [0, -UPPER_ARM_M, 0],
  [0, -FOREARM_M, 0],
  [SHOULDER_HALF_M, 0.2, 0],
  [0, -UPPER_ARM_M, 0],
  [0, -FOREARM_M, 0],
  [-HIP_HALF_M, -HIP_DROP_M, 0],
  [0, -THIGH_M, 0],
  [0, -SHIN_M, 0],
  [HIP_HALF_M, -HIP_DROP_M, 0],
  [0, -THIGH_M, 0],
  [0, -SHIN_M, 0],
  [0, 0, 0],
];

/**
 * Where each bone's geometry is authored: the bone's origin in figure space at rest. The
 * prop is authored in its own frame (origin at the grip, -Z down the barrel), so its bind
 * origin is (0, 0, 0).
 */
export const BIND_ORIGIN: readonly (readonly [number, number, number])[] = (() => {
  const out: [number, number, number][] = [];
  for (let i = 0; i < BONE_COUNT; i++) {
    const o = BONE_OFFSET[i];
    const p = BONE_PARENT[i];
    out.push(i === Bone.prop ? [0, 0, 0] : p < 0 ? [o[0], o[1], o[2]] : [out[p][0] + o[0], out[p][1] + o[1], out[p][2] + o[2]]);
  }
  return out;
})();

/** The legs: thigh, shin and foot bones, left then right. */
export const LEGS = [
  { thigh: Bone.thighL, shin: Bone.shinL, foot: Bone.footL, side: -1 },
  { thigh: Bone.thighR, shin: Bone.shinR, foot: Bone.footR, side: 1 },
] as const;
/** The arms: upper arm, forearm and hand bones, left then right. */
export const ARMS = [
  { upper: Bone.upperArmL, fore: Bone.forearmL, hand: Bone.handL, side: -1 },
  { upper: Bone.upperArmR, fore: Bone.forearmR, hand: Bone.handR, side: 1 },
] as const;

/**
 * Floats per figure in a pose buffer: a local quaternion per bone, then the pelvis's
 * world position, then the held item's offset in the chest's frame (it moves with the hold).
 */
export const POSE_FLOATS = BONE_COUNT * 4 + 6;
/** Offsets of the pelvis position and of the prop's offset in a pose buffer. */
export const POSE_ROOT = BONE_COUNT * 4;
export const POSE_PROP = BONE_COUNT * 4 + 3;
