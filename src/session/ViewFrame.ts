import type { RigPose } from "../rig/RigPose";
import type { GameSession } from "./GameSession";

/** Look angles, radians: the player's hands (mouse, pad) or a stepped command. */
export interface Look {
  yawRad: number;
  pitchRad: number;
}

/** The lens post-process of a frame, each 0..1; all zero draws straight to the screen. */
export interface FrameLens {
  /** Barrel distortion; 1 bends the corners like a wide action camera. */
  barrel: number;
  /** Vignette darkness at the corners. */
  vignette: number;
  /** Chromatic aberration: red/blue split towards the corners. */
  chromatic: number;
  /** Motion blur: share of the shutter's smear of the head's turn (the preset's; the player's switch is the view's). */
  motionBlur?: number;
  /** How far red creeps in from the screen edges when Henry is hurt (absent: none). */
  damage?: number;
  /** Colour drained from the picture at low health (absent: none). */
  desaturate?: number;
}

/** Which lens effects the player lets through (settings); the rig decides how strong. */
export interface LensSwitches {
  barrel: boolean;
  vignette: boolean;
  chromatic: boolean;
}

/** Every lens effect on (the Lab, tests and tools show the rig as it is). */
export const LENS_ON: Readonly<LensSwitches> = { barrel: true, vignette: true, chromatic: true };

/**
 * Everything the view needs to draw one frame, already interpolated between the last two
 * ticks. The game, the Lab and the tools fill it here, the view only reads it.
 */
export interface ViewFrame {
  /** Eye position in the world (interpolated feet + eye height), metres. */
  eye: { x: number; y: number; z: number };
  /** Render-time look angles, radians. */
  yawRad: number;
  pitchRad: number;
  /** Rig rotation offset added on top of the look, radians. */
  rigPitchRad: number;
  rigYawRad: number;
  rigRollRad: number;
  /** Rig translation in the camera frame (x right, y up, z back), metres. */
  rigOffsetM: { x: number; y: number; z: number };
  /** Horizontal field of view, degrees. */
  fovDeg: number;
  /** 7 floats per prop (position, quaternion). */
  props: Float32Array;
  /** Lens post-process. */
  lens: FrameLens;
}

/** A frame at the origin looking down -Z, no rig offset, 90° wide, no props, no lens. */
export function createViewFrame(): ViewFrame {
  return {
    eye: { x: 0, y: 0, z: 0 },
    yawRad: 0,
    pitchRad: 0,
    rigPitchRad: 0,
    rigYawRad: 0,
    rigRollRad: 0,
    rigOffsetM: { x: 0, y: 0, z: 0 },
    fovDeg: 90,
    props: new Float32Array(0),
    lens: { barrel: 0, vignette: 0, chromatic: 0, motionBlur: 0 },
  };
}

/** Writes a (blended) rig pose's offsets, field of view and switched lens into `f`; the eye is the caller's. */
export function writeRigToFrame(f: ViewFrame, pose: RigPose, lens: Readonly<LensSwitches>): void {
  f.rigPitchRad = pose.pitchRad;
  f.rigYawRad = pose.yawRad;
  f.rigRollRad = pose.rollRad;
  f.rigOffsetM.x = pose.offsetM.x;
  f.rigOffsetM.y = pose.offsetM.y;
  f.rigOffsetM.z = pose.offsetM.z;
  f.fovDeg = pose.fovDeg;
  f.lens.barrel = lens.barrel ? pose.lens.barrel : 0;
  f.lens.vignette = lens.vignette ? pose.lens.vignette : 0;
  f.lens.chromatic = lens.chromatic ? pose.lens.chromatic : 0;
  f.lens.motionBlur = pose.lens.motionBlur;
}

/**
 * The one path from a stepped session to a frame: blends the core's last two states and
 * the rig's last two poses by `alpha`, puts the eye at the feet plus the rig's eye height
 * (the core's without a rig), and looks along `hands` (the newest mouse or pad angles, so
 * the look never lags a tick) unless the session is automatic, when it looks along the
 * last stepped command. The rig's rotation goes on top of the look.
 */
export function writeSessionFrame(f: ViewFrame, session: GameSession, alpha: number, hands: Look | null, lens: Readonly<LensSwitches> = LENS_ON): void {
  const interp = session.interp;
  interp.blend(alpha);
  const rig = session.rig ? session.rig.blend(alpha) : null;
  f.eye.x = interp.feet.x;
  f.eye.y = interp.feet.y + (rig ? rig.eyeHeightM : interp.eyeHeightM);
  f.eye.z = interp.feet.z;
  const look = session.autopilot || !hands ? session.lastCmd : hands;
  f.yawRad = look.yawRad;
  f.pitchRad = look.pitchRad;
  f.props = interp.props;
  if (rig) writeRigToFrame(f, rig, lens);
}
