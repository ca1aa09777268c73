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

/**
 * Blends two poses by `alpha` in [0, 1] into `out` (allocates nothing): offsets, angles,
 * eye height and field of view are interpolated; the lens, stride phase and motion blur
 * take the newer pose's values, as they are not motion. The view draws between ticks with it.
 */
export function lerpRigPose(a: RigPose, b: RigPose, alpha: number, out: RigPose): RigPose {
  const t = alpha;
  out.offsetM.x = a.offsetM.x + (b.offsetM.x - a.offsetM.x) * t;
  out.offsetM.y = a.offsetM.y + (b.offsetM.y - a.offsetM.y) * t;
  out.offsetM.z = a.offsetM.z + (b.offsetM.z - a.offsetM.z) * t;
  out.pitchRad = a.pitchRad + (b.pitchRad - a.pitchRad) * t;
  out.yawRad = a.yawRad + (b.yawRad - a.yawRad) * t;
  out.rollRad = a.rollRad + (b.rollRad - a.rollRad) * t;
  out.eyeHeightM = a.eyeHeightM + (b.eyeHeightM - a.eyeHeightM) * t;
  out.fovDeg = a.fovDeg + (b.fovDeg - a.fovDeg) * t;
  out.lens.barrel = b.lens.barrel;
  out.lens.vignette = b.lens.vignette;
  out.lens.chromatic = b.lens.chromatic;
  out.lens.motionBlur = b.lens.motionBlur;
  out.stridePhaseRad = b.stridePhaseRad;
  return out;
}
