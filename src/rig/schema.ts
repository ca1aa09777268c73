/**
 * The rig's settings schema: every parameter of every layer, once, with its unit in its
 * name, default, range, slider step and help line (src/rig/README.md, "Settings as data").
 * Defaults are the anchors' values (Quake III, Source, Eiserloh, Cinemachine).
 */
import { choice, layer, num, type ValuesOf } from "./schemaTypes";

/** Quake III's unit in metres (1 unit = 1 inch = 0.0254 m). */
export const QUAKE_UNIT_M = 0.0254;

const head = layer("Eye height, crouch and step-up smoothing.", {
  crouchSmoothS: num("s", 0.1, 0, 0.5, 0.01, "Time the eye takes to reach a new crouch height (Quake III DUCK_TIME 0.1 s)."),
  stepSmoothS: num("s", 0.2, 0, 0.5, 0.01, "Time a step up or down is smoothed over (Quake III STEP_TIME 0.2 s)."),
  stepMaxM: num("m", 0.81, 0, 2, 0.01, "Largest step offset that is smoothed (Quake III 32 units)."),
  eyeOffsetM: num("m", 0, -0.3, 0.3, 0.005, "Camera height relative to the eyes (the film's rig sat at mouth level, about -0.08 m)."),
});

const bob = layer("Stride bob and velocity tilt; a footstep event at every half cycle.", {
  model: choice(["stride", "quake"], "stride", "stride: phase from distance walked; quake: Quake III's time-driven cycle."),
  amplitudeYM: num("m", 0.035, 0, 0.2, 0.001, "Vertical dip of each step at full speed."),
  amplitudeXM: num("m", 0.015, 0, 0.1, 0.001, "Sideways sway of each stride at full speed."),
  rollDeg: num("deg", 0.6, 0, 5, 0.05, "Roll of each stride at full speed."),
  pitchDeg: num("deg", 0.6, 0, 5, 0.05, "Nod of each step at full speed."),
  // The usual 0.75 / 1.1 m (walk / run) fit a 1.5 m/s stroll; this game walks at 4.5 m/s and sprints at
  // 8 m/s, where those lengths give 6-7 steps a second. 1.5 / 2.3 m give about 3 and 3.5,
  // a runner's cadence, so footsteps and bob read as a person, not a sewing machine.
  walkStepLengthM: num("m", 1.5, 0.3, 3, 0.01, "Distance of one step when walking (phase advances by pi per step)."),
  runStepLengthM: num("m", 2.3, 0.3, 3, 0.01, "Distance of one step when sprinting."),
  fullSpeedMps: num("m/s", 8, 1, 20, 0.1, "Speed at which the bob reaches full amplitude (below it, amplitude x speed / this)."),
  speedSmoothS: num("s", 0.1, 0.01, 1, 0.01, "Smoothing of the speed fraction that scales the bob."),
  airFadeS: num("s", 0.15, 0.01, 1, 0.01, "Time the bob takes to fade while airborne (the phase stays frozen)."),
  crouchScale: num("1", 0.5, 0, 3, 0.05, "Bob amplitude multiplier while crouched."),
  tiltRollDegPerMps: num("deg/(m/s)", 0.197, 0, 2, 0.001, "Strafe roll into the strafe per m/s sideways (Quake III cg_runroll 0.005 deg per u/s)."),
  tiltPitchDegPerMps: num("deg/(m/s)", 0.0787, 0, 2, 0.001, "Nose-down pitch per m/s forward (Quake III cg_runpitch 0.002 deg per u/s)."),
  quakeWalkCycleHz: num("Hz", 1.171875, 0.2, 5, 0.01, "quake: full cycles per second walking (0.3 of 256 per ms)."),
  quakeRunCycleHz: num("Hz", 1.5625, 0.2, 5, 0.01, "quake: full cycles per second running (0.4 of 256 per ms)."),
  quakeCrouchCycleHz: num("Hz", 1.953125, 0.2, 5, 0.01, "quake: full cycles per second crouched (0.5 of 256 per ms)."),
  quakeBobUpS: num("s", 0.005, 0, 0.05, 0.0005, "quake: bob height = |sin| x speed x this (cg_bobup 0.005)."),
  quakeBobCapM: num("m", 6 * QUAKE_UNIT_M, 0, 0.5, 0.001, "quake: largest bob height (6 units)."),
  quakeBobPitchDegPerMps: num("deg/(m/s)", 0.002 / QUAKE_UNIT_M, 0, 1, 0.001, "quake: bob pitch per m/s (cg_bobpitch 0.002 deg per u/s)."),
  quakeBobRollDegPerMps: num("deg/(m/s)", 0.002 / QUAKE_UNIT_M, 0, 1, 0.001, "quake: bob roll per m/s (cg_bobroll 0.002 deg per u/s)."),
  quakeMinSpeedMps: num("m/s", 200 * QUAKE_UNIT_M, 0, 20, 0.01, "quake: pitch and roll use at least this speed (200 u/s)."),
  quakeCrouchAngleScale: num("1", 3, 0, 5, 0.1, "quake: pitch and roll multiplier while crouched (x3)."),
});

const sway = layer("Handheld sway: three bands of smooth noise per axis, and breathing.", {
  slowAmplitudeDeg: num("deg", 0.35, 0, 5, 0.01, "Pitch amplitude of the slow band."),
  slowFrequencyHz: num("Hz", 0.12, 0.01, 2, 0.01, "Frequency of the slow band."),
  midAmplitudeDeg: num("deg", 0.15, 0, 5, 0.01, "Pitch amplitude of the middle band."),
  midFrequencyHz: num("Hz", 0.8, 0.1, 5, 0.01, "Frequency of the middle band."),
  fastAmplitudeDeg: num("deg", 0.04, 0, 2, 0.005, "Pitch amplitude of the fast band."),
  fastFrequencyHz: num("Hz", 3, 0.5, 15, 0.1, "Frequency of the fast band."),
  yawScale: num("1", 0.8, 0, 2, 0.05, "Yaw amplitude relative to pitch."),
  rollScale: num("1", 0.3, 0, 2, 0.05, "Roll amplitude relative to pitch."),
  positionM: num("m", 0.002, 0, 0.05, 0.0005, "Translation amplitude of the noise."),
  breathAmplitudeDeg: num("deg", 0.12, 0, 2, 0.01, "Pitch of a breath at rest."),
  breathRestHz: num("Hz", 0.25, 0.05, 1, 0.01, "Breathing rate at rest."),
  breathExertedHz: num("Hz", 0.6, 0.1, 2, 0.01, "Breathing rate at full exertion."),
  breathExertedScale: num("1", 3, 1, 10, 0.1, "Breath amplitude multiplier at full exertion."),
  exertionRisePerS: num("1/s", 0.25, 0, 5, 0.01, "Exertion gained per second of sprinting (the game's signal wins when larger)."),
  exertionFallPerS: num("1/s", 0.1, 0, 5, 0.01, "Exertion lost per second when not sprinting."),
});

const landing = layer("Landing: a spring on eye height kicked by impact speed, or Quake III's linear dip.", {
  model: choice(["spring", "linear"], "spring", "spring: damped spring with overshoot; linear: Quake III's 150 ms down, 300 ms back."),
  frequencyHz: num("Hz", 2.5, 0.5, 10, 0.1, "spring: natural frequency."),
  dampingRatio: num("1", 0.6, 0.1, 2, 0.01, "spring: damping ratio (1 = no overshoot)."),
  thresholdMps: num("m/s", 2, 0, 20, 0.1, "Impact speed below which a landing adds nothing."),
  kickRatio: num("1", 0.5, 0, 3, 0.01, "spring: downward eye speed per m/s of impact above the threshold."),
  maxDipM: num("m", 0.12, 0, 0.5, 0.005, "spring: largest dip."),
  nodDegPerMps: num("deg/(m/s)", 0.6, 0, 5, 0.05, "Nose-down nod through the punch spring per m/s above the threshold."),
  nodMaxDeg: num("deg", 4, 0, 20, 0.1, "Largest nod."),
  traumaPerMps: num("1/(m/s)", 0.03, 0, 1, 0.005, "Trauma added per m/s above the threshold."),
  linearDownS: num("s", 0.15, 0.01, 1, 0.01, "linear: time to the bottom of the dip (LAND_DEFLECT_TIME)."),
  linearReturnS: num("s", 0.3, 0.01, 2, 0.01, "linear: time back up (LAND_RETURN_TIME)."),
  linearShortDipM: num("m", 8 * QUAKE_UNIT_M, 0, 1, 0.001, "linear: dip of a short fall (8 units)."),
  linearMediumDipM: num("m", 16 * QUAKE_UNIT_M, 0, 1, 0.001, "linear: dip of a medium fall (16 units)."),
  linearFarDipM: num("m", 24 * QUAKE_UNIT_M, 0, 1, 0.001, "linear: dip of a far fall (24 units)."),
  linearShortMps: num("m/s", 4.67, 0, 50, 0.01, "linear: impact speed of a short fall (Quake III's 1.11 m fall at 9.81 m/s2)."),
  linearMediumMps: num("m/s", 11.16, 0, 50, 0.01, "linear: impact speed of a medium fall (6.35 m)."),
  linearFarMps: num("m/s", 13.67, 0, 50, 0.01, "linear: impact speed of a far fall (9.5 m)."),
});

const moves = layer("Parkour moves: the dip over a vault, the pull of a mantle, the rhythm of rungs, the tuck of a roll.", {
  vaultDipM: num("m", 0.1, 0, 0.4, 0.005, "Head lowered at the middle of a vault."),
  vaultPitchDeg: num("deg", 8, 0, 40, 0.5, "Nose down over the obstacle, at the middle of a vault."),
  vaultRollDeg: num("deg", 6, 0, 30, 0.5, "Roll toward the hand on the obstacle, at the middle of a vault."),
  mantlePitchDeg: num("deg", 16, 0, 60, 0.5, "Nose down at the hands on the ledge, at the middle of the pull."),
  mantleDipM: num("m", 0.06, 0, 0.3, 0.005, "Head lowered between the arms as they push up."),
  rungPitchDeg: num("deg", 1.2, 0, 10, 0.1, "Nod with each rung climbed."),
  rungRollDeg: num("deg", 1.5, 0, 10, 0.1, "Roll toward the hand reaching for the next rung (alternates)."),
  rungSpacingM: num("m", 0.3, 0.15, 0.6, 0.01, "Distance between rungs (the rhythm: one nod per rung)."),
  leapPitchDeg: num("deg", 4, 0, 30, 0.5, "Nose up leaving the edge, down looking for the landing."),
  rollPitchDeg: num("deg", 50, 0, 120, 1, "Tuck of a landing roll: how far the head goes down."),
  rollRollDeg: num("deg", 8, 0, 45, 0.5, "Roll of a landing roll (over one shoulder)."),
  stumblePitchDeg: num("deg", 10, 0, 40, 0.5, "Nose down of a hard landing without a roll."),
});

const punch = layer("Punch: Source's view-punch spring for recoil, melee and damage kicks.", {
  stiffnessPerS2: num("1/s2", 65, 1, 500, 1, "Spring constant k (Source PUNCH_SPRING_CONSTANT 65)."),
  dampingPerS: num("1/s", 9, 0, 60, 0.1, "Damping c (Source PUNCH_DAMPING 9)."),
  kickVelocityPerS: num("1/s", 20, 1, 100, 1, "Angular speed added per radian of kick (Source: 20)."),
  maxAngleDeg: num("deg", 30, 1, 89, 1, "Clamp on each punch angle."),
  rifleKickPitchDeg: num("deg", 1.2, 0, 20, 0.05, "Upward kick of one rifle shot.", "recoil"),
  rifleKickYawDeg: num("deg", 0.4, 0, 10, 0.05, "Sideways kick of one rifle shot (random side).", "recoil"),
  rifleKickRollDeg: num("deg", 0.3, 0, 10, 0.05, "Roll kick of one rifle shot (random side).", "recoil"),
  pistolKickPitchDeg: num("deg", 2, 0, 20, 0.05, "Upward kick of one pistol shot.", "recoil"),
  meleeKickDeg: num("deg", 3, 0, 20, 0.1, "Kick of a melee hit, given or taken.", "recoil"),
});

const trauma = layer("Trauma shake (Eiserloh): trauma decays linearly, shake = trauma^power x smooth noise.", {
  decayPerS: num("1/s", 0.8, 0.05, 10, 0.05, "Trauma lost per second (1 / this = seconds from full to none)."),
  shakePower: num("1", 2, 1, 4, 0.1, "Shake = trauma raised to this power."),
  maxPitchDeg: num("deg", 3, 0, 30, 0.1, "Pitch at full shake."),
  maxYawDeg: num("deg", 3, 0, 30, 0.1, "Yaw at full shake."),
  maxRollDeg: num("deg", 2, 0, 30, 0.1, "Roll at full shake."),
  frequencyHz: num("Hz", 12, 0.1, 30, 0.1, "Noise frequency (10-15 Hz for impacts)."),
  maxOffsetM: num("m", 0, 0, 0.2, 0.001, "Translation at full shake (keep small: it can push the camera into walls)."),
});

const impulse = layer("Impulses: explosions and close impacts, with distance falloff and sound delay.", {
  traumaPerStrength: num("1", 0.6, 0, 2, 0.01, "Trauma added by a full-strength impulse."),
  bumpDeg: num("deg", 3, 0, 20, 0.1, "Directional kick (away from the source) of a full-strength impulse."),
  bumpM: num("m", 0.04, 0, 0.3, 0.005, "Translation bump away from the source."),
  bumpDurationS: num("s", 0.25, 0.05, 2, 0.01, "Length of the translation bump."),
  falloff: choice(["linear", "smooth"], "linear", "Falloff between the inner and outer radius."),
  innerRadiusM: num("m", 2, 0, 100, 0.1, "Full strength inside this distance (when the caller gives none)."),
  outerRadiusM: num("m", 20, 0.1, 500, 0.1, "Nothing beyond this distance (when the caller gives none)."),
  speedOfSoundMps: num("m/s", 343, 50, 2000, 1, "Propagation speed of delayed impulses."),
});

const stabiliser = layer("Stabiliser: blends layers 2-7 toward a smoothed copy; horizon lock.", {
  strength: num("1", 0, 0, 1, 0.01, "0 raw head, 1 gimbal shot."),
  yawPitchTimeS: num("s", 0.08, 0.005, 2, 0.005, "Smoothing time of yaw and pitch."),
  rollTimeS: num("s", 0.25, 0.005, 2, 0.005, "Smoothing time of roll."),
  horizonLock: num("1", 0, 0, 1, 0.01, "Share of roll removed (1 = level horizon)."),
  translationTimeS: num("s", 0.05, 0.005, 2, 0.005, "Smoothing time of the translation."),
});

const lens = layer("Lens: FOV offset and kicks over the player's FOV, post-process parameters.", {
  fovOffsetDeg: num("deg", 0, -30, 30, 0.5, "Added to the player's FOV (the action-camera look)."),
  sprintKickDeg: num("deg", 3, 0, 20, 0.1, "FOV added while sprinting."),
  impactKickDeg: num("deg", 4, 0, 20, 0.1, "FOV kick of a full-strength impact (hard landing, close blast)."),
  kickEaseS: num("s", 0.15, 0.01, 2, 0.01, "Easing time of FOV kicks."),
  impactDecayS: num("s", 0.4, 0.05, 3, 0.01, "Time an impact kick takes to fade."),
  barrelAmount: num("1", 0, 0, 1, 0.01, "Barrel distortion."),
  vignetteAmount: num("1", 0.2, 0, 1, 0.01, "Vignette darkness."),
  chromaticAmount: num("1", 0, 0, 1, 0.01, "Chromatic aberration."),
  motionBlurAmount: num("1", 0, 0, 1, 0.01, "Motion blur: share of a shutter's smear of the head's turn (the player's motion-blur setting can turn it off)."),
});

/** Every layer's schema, in the order they compose (src/rig/README.md) (comfort lives in the player's settings). */
export const rigSchema = { head, bob, sway, landing, moves, punch, trauma, impulse, stabiliser, lens } as const;

export type RigSchema = typeof rigSchema;
export type LayerKey = keyof RigSchema;
/** Layer keys in composition order. */
export const LAYER_KEYS: readonly LayerKey[] = [
  "head", "bob", "sway", "landing", "moves", "punch", "trauma", "impulse", "stabiliser", "lens",
];

/** The newest preset file version this build reads. */
export const RIG_SETTINGS_VERSION = 1;

/** The values of one layer. */
export type LayerSettings<L extends LayerKey> = ValuesOf<RigSchema[L]["params"]>;

/** A whole rig setting, as stored in a preset file. */
export interface RigSettings {
  version: 1;
  name: string;
  layers: { [L in LayerKey]: LayerSettings<L> };
}
