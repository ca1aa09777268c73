/** What the rig produces each tick (one object, reused). */
export interface RigPose {
  /** Position offset in the camera frame (three.js: x right, y up, z back), m. */
  offsetM: { x: number; y: number; z: number };
  /** Rotation offset applied after the look angles: pitch positive up, rad. */
  pitchRad: number;
  /** Yaw positive to the left, rad. */
  yawRad: number;
  /** Roll about the camera's back axis (positive = left ear down), rad. */
  rollRad: number;
  /** Smoothed eye height above the feet, m (add offsetM.y on top). */
  eyeHeightM: number;
  /** Horizontal field of view, deg. */
  fovDeg: number;
  /** Post-process parameters the view applies, each 0..1. */
  lens: { barrel: number; vignette: number; chromatic: number; motionBlur: number };
  /** Stride phase for arms and audio, rad (one step = pi). */
  stridePhaseRad: number;
}

/** A footstep, fired at every half cycle of the bob (both models). */
export interface FootstepEvent {
  kind: "footstep";
  foot: "left" | "right";
  surface: string;
  speedMps: number;
}

export type RigEvent = FootstepEvent;

export function createRigPose(fovDeg = 90): RigPose {
  return {
    offsetM: { x: 0, y: 0, z: 0 },
    pitchRad: 0,
    yawRad: 0,
    rollRad: 0,
    eyeHeightM: 1.6,
    fovDeg,
    lens: { barrel: 0, vignette: 0, chromatic: 0, motionBlur: 0 },
    stridePhaseRad: 0,
  };
}

/** Copies every field of `src` into `dst`. */
export function copyRigPose(src: RigPose, dst: RigPose): void {
  dst.offsetM.x = src.offsetM.x;
  dst.offsetM.y = src.offsetM.y;
  dst.offsetM.z = src.offsetM.z;
  dst.pitchRad = src.pitchRad;
  dst.yawRad = src.yawRad;
  dst.rollRad = src.rollRad;
  dst.eyeHeightM = src.eyeHeightM;
  dst.fovDeg = src.fovDeg;
  dst.lens.barrel = src.lens.barrel;
  dst.lens.vignette = src.lens.vignette;
  dst.lens.chromatic = src.lens.chromatic;
  dst.lens.motionBlur = src.lens.motionBlur;
  dst.stridePhaseRad = src.stridePhaseRad;
}
