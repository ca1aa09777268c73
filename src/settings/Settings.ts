import { type ComfortSettings, comfortSchema, defaultComfort, reducedMotionComfort } from "../rig/comfort";
import { type DAY_ID, isDay } from "../content/day";
import { isPieceId, type PieceId } from "../content/pieces";
import { bool, choice, num, type ParamTable, type ValuesOf } from "../rig/schemaTypes";
import { describe, isRecord, validateTable } from "../rig/validate";
import { type Bindings, defaultBindings, validateBindings } from "./Bindings";

/**
 * The player's settings: one versioned, validated object under `headcam.settings`.
 * Each field is described once (unit in the name, default, range, help) in the same
 * vocabulary as the rig's schema; the validator, defaults and settings screen come from it.
 */
export const SETTINGS_VERSION = 3;

/** The quality choices (the view's table, src/view/quality/QualityLevels.ts, defines each level; a test keeps the lists equal). */
export const QUALITY_CHOICES = ["auto", "low", "medium", "high", "ultra"] as const;

export const SETTINGS_SCHEMA = {
  mouseSensitivityDegPerCount: num("deg/count", 0.08, 0.005, 0.5, 0.005, "How far the view turns per mouse count at a 90° view; a wider view turns more, so the same hand motion crosses the same share of the screen."),
  aimSensitivityScale: num("1", 1, 0.2, 1, 0.05, "Aim slowdown: mouse and stick turn this much slower while aiming, on top of the narrower view (1 for none)."),
  invertY: bool(false, "Mouse up (or stick up) looks down."),
  fovDeg: num("deg", 90, 60, 120, 1, "Horizontal field of view, what you get in play (kicks from hits are brief). Narrower can be kinder to the stomach."),
  padDeadzone: num("1", 0.15, 0, 0.5, 0.01, "Gamepad sticks read nothing within this share of their travel (a round zone: diagonals are not cut)."),
  padResponseExponent: num("1", 2, 1, 4, 0.1, "Response curve of the look stick: 1 is linear, 2 squared (finer aim near the centre), 3 cubic."),
  padLookDegPerS: num("deg/s", 220, 60, 600, 10, "Gamepad turn speed with the look stick pushed all the way (at a 90° view)."),
  padLookAccelDegPerS: num("deg/s", 120, 0, 600, 10, "Extra turn speed while the look stick stays at its edge (0: none)."),
  padLookAccelRampS: num("s", 0.5, 0.05, 2, 0.05, "How long the look stick stays at its edge before the extra speed is full."),
  padVibration: bool(true, "The gamepad rumbles on hits and explosions, where the browser supports it. Off by default under reduced motion."),
  touchControls: choice(["auto", "on", "off"], "auto", "On-screen sticks and buttons: auto shows them on a touch screen and hides them when a key or the mouse is used."),
  touchLookDegPerPx: num("deg/px", 0.25, 0.05, 1, 0.01, "How far the view turns per pixel a finger drags on the right half."),
  touchLookAccel: num("1", 0.6, 0, 3, 0.05, "Fast swipes turn further: extra gain per 1000 px/s of finger speed (0: none)."),
  quality: choice(QUALITY_CHOICES, "auto", "How much each frame draws (resolution, shadows, decoration, the costly camera effects). Auto follows the frame rate, starting from a guess by the graphics card."),
  shadows: choice(["auto", "off", "low", "high"], "auto", "Sun shadows: auto follows the quality level; off is fastest."),
  lensBarrel: bool(true, "The camera's barrel distortion (bent edges)."),
  lensVignette: bool(true, "Darkened corners."),
  lensChromatic: bool(true, "Colour fringes towards the corners."),
  autoExposure: bool(true, "The camera adapts to the light over about a second: out of a dark underpass the street blows out, then settles."),
  bloom: bool(true, "A hard, bright sky glows into what stands in front of it."),
  motionBlur: bool(true, "Blur when the head turns, strongest in the stuntman's shots. Off by default under reduced motion."),
  sensorLook: bool(true, "Fine grain, a little sharpening, and a hint of compression in the darks."),
  rollingShutter: bool(true, "The picture wobbles under hard shake, as a helmet camera's sensor does."),
  cameraDamage: bool(true, "A heavy hit to the head breaks the camera: the picture tears, a frame drops, and the lens stays cracked until the next checkpoint."),
  reduceFlashes: bool(false, "Quicker exposure, softer glow, and tearing without colour flashes. On by default under reduced motion."),
  difficulty: choice(["easy", "normal", "hard"], "normal", "Enemy accuracy, reaction time and damage. Applies from the next start."),
  subtitles: bool(true, "Show who speaks and what they say."),
  subtitleSize: choice(["small", "medium", "large"], "medium", "Size of the subtitle text."),
  subtitleBackground: choice(["box", "shadow", "none"], "box", "A dark box behind subtitles keeps them readable on any background."),
  masterVolume: num("1", 0.7, 0, 1, 0.05, "Loudness of everything (0.7 leaves headroom for a firefight)."),
  effectsVolume: num("1", 0.8, 0, 1, 0.05, "Footsteps, breathing, guns, fists, glass and blasts."),
  voicesVolume: num("1", 1, 0, 1, 0.05, "Dialogue: Estelle, Jimmy on the phone, the others."),
  musicVolume: num("1", 0.7, 0, 1, 0.05, "The music that follows the action."),
  mute: bool(false, "Silences the game without changing the volumes."),
  soundCaptions: bool(false, "Captions for important sounds that are not speech, with their direction: [gunfire, left], [explosion]."),
  healthBar: bool(false, "Shows a simple health bar. The film showed none; the red edge of the lens shows damage either way."),
  comfortVignette: num("1", 0, 0, 1, 0.05, "Narrows the view with a dark ring while you turn fast or sprint (0: never). Many people feel less sick with it."),
} as const satisfies ParamTable;

/** The sections of the settings screen, in order, each with its fields; the comfort section also holds the rig's comfort envelope. */
export const SETTINGS_SECTIONS: readonly { id: string; title: string; keys: readonly (keyof typeof SETTINGS_SCHEMA)[] }[] = [
  { id: "view", title: "Mouse and view", keys: ["mouseSensitivityDegPerCount", "aimSensitivityScale", "invertY", "fovDeg"] },
  { id: "gamepad", title: "Gamepad", keys: ["padDeadzone", "padResponseExponent", "padLookDegPerS", "padLookAccelDegPerS", "padLookAccelRampS", "padVibration"] },
  { id: "touch", title: "Touch", keys: ["touchControls", "touchLookDegPerPx", "touchLookAccel"] },
  {
    id: "picture",
    title: "Picture",
    keys: ["quality", "shadows", "lensBarrel", "lensVignette", "lensChromatic", "autoExposure", "bloom", "motionBlur", "sensorLook", "rollingShutter", "cameraDamage", "reduceFlashes"],
  },
  { id: "game", title: "Game", keys: ["difficulty", "healthBar"] },
  { id: "sound", title: "Sound and subtitles", keys: ["subtitles", "subtitleSize", "subtitleBackground", "masterVolume", "effectsVolume", "voicesVolume", "musicVolume", "mute", "soundCaptions"] },
  { id: "comfort", title: "Comfort", keys: ["comfortVignette"] },
];

/** Labels people read on the settings screen. */
export const SETTINGS_LABELS: Record<keyof typeof SETTINGS_SCHEMA, string> = {
  mouseSensitivityDegPerCount: "Mouse sensitivity (°/count at 90°)",
  aimSensitivityScale: "Aim slowdown (× while aiming)",
  invertY: "Invert Y",
  fovDeg: "Field of view (° horizontal)",
  padDeadzone: "Stick dead zone",
  padResponseExponent: "Look stick curve (exponent)",
  padLookDegPerS: "Look stick speed (°/s)",
  padLookAccelDegPerS: "Look acceleration (°/s extra)",
  padLookAccelRampS: "Acceleration ramp (s)",
  padVibration: "Vibration",
  touchControls: "Touch controls",
  touchLookDegPerPx: "Touch look speed (°/px)",
  touchLookAccel: "Touch look acceleration",
  quality: "Quality",
  shadows: "Shadows",
  lensBarrel: "Lens distortion",
  lensVignette: "Vignette",
  lensChromatic: "Colour fringes",
  autoExposure: "Auto exposure",
  bloom: "Bright sky glow",
  motionBlur: "Motion blur",
  sensorLook: "Sensor grain and compression",
  rollingShutter: "Rolling-shutter wobble",
  cameraDamage: "Camera damage",
  reduceFlashes: "Reduce flashes",
  difficulty: "Difficulty",
  subtitles: "Subtitles",
  subtitleSize: "Subtitle size",
  subtitleBackground: "Subtitle background",
  masterVolume: "Master volume",
  effectsVolume: "Effects volume",
  voicesVolume: "Voices volume",
  musicVolume: "Music volume",
  mute: "Mute",
  soundCaptions: "Caption sounds",
  healthBar: "Health bar",
  comfortVignette: "Comfort vignette",
};

export type ShadowSetting = "auto" | "off" | "low" | "high";

/** Defaults that follow the browser's reduced-motion wish: no motion blur, fewer flashes, no rumble. */
function motionDefaults(reducedMotion: boolean): { motionBlur: boolean; reduceFlashes: boolean; padVibration: boolean } {
  return { motionBlur: !reducedMotion, reduceFlashes: reducedMotion, padVibration: !reducedMotion };
}

export type Settings = { version: number } & ValuesOf<typeof SETTINGS_SCHEMA> & {
    /** The comfort envelope of the camera rig (layer 9 in src/rig/README.md). */
    comfort: ComfortSettings;
    /** Best finishing time per set piece, and of the whole day ("day"), seconds. */
    bestTimesS: Partial<Record<PieceId | typeof DAY_ID, number>>;
    /** Keyboard, mouse and gamepad bindings (Bindings.ts). */
    bindings: Bindings;
  };

/**
 * Defaults; with `reducedMotion` (the browser reports `prefers-reduced-motion: reduce`)
 * the comfort envelope starts from the reduced-motion profile.
 */
export function defaultSettings(reducedMotion = false): Settings {
  const s: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [k, f] of Object.entries(SETTINGS_SCHEMA)) s[k] = f.default;
  Object.assign(s, motionDefaults(reducedMotion));
  s.comfort = reducedMotion ? reducedMotionComfort() : defaultComfort();
  s.bestTimesS = {};
  s.bindings = defaultBindings();
  return s as Settings;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * Checks an untrusted value (parsed JSON). Missing fields take their defaults (motion blur
 * and flashes by the reduced-motion wish); versions 1 and 2 are read as version 3 (version 3
 * added the controls, bindings and comfort aids, all with defaults); unknown
 * fields, wrong types, out-of-range numbers and a newer version are refused, each error
 * naming its field (`settings.fovDeg: 200 is above the maximum 120`). Never throws.
 */
export function validateSettings(input: unknown, reducedMotion = false): Validated<Settings> {
  if (!isRecord(input)) return { ok: false, errors: [`settings: ${describe(input)} is not an object`] };
  const errors: string[] = [];
  const version = input.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    errors.push(`settings.version: ${describe(version)} is not a whole number ≥ 1`);
  } else if (version > SETTINGS_VERSION) {
    errors.push(`settings.version: ${version} is newer than this build reads (${SETTINGS_VERSION})`);
  }
  const { version: _v, comfort, bestTimesS, bindings, ...rest } = input;
  // Version 1 had no "auto" shadows and saved its default, "high": that now means "follow the quality level".
  if (version === 1 && rest.shadows === "high") rest.shadows = "auto";
  const best = validateBestTimes(bestTimesS, errors);
  const keys = validateBindings(bindings, "settings.bindings", errors);
  const out = validateTable(SETTINGS_SCHEMA, { ...motionDefaults(reducedMotion), ...rest }, "settings", errors);
  const comfortOut =
    comfort === undefined
      ? (reducedMotion ? reducedMotionComfort() : defaultComfort())
      : validateTable(comfortSchema, comfort, "settings.comfort", errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { version: SETTINGS_VERSION, ...out, comfort: comfortOut, bestTimesS: best, bindings: keys } as Settings };
}

function validateBestTimes(v: unknown, errors: string[]): Partial<Record<PieceId | typeof DAY_ID, number>> {
  const out: Partial<Record<PieceId | typeof DAY_ID, number>> = {};
  if (v === undefined) return out;
  if (!isRecord(v)) {
    errors.push(`settings.bestTimesS: ${describe(v)} is not an object`);
    return out;
  }
  for (const [k, t] of Object.entries(v)) {
    if (!isPieceId(k) && !isDay(k)) errors.push(`settings.bestTimesS.${k}: unknown set piece`);
    else if (typeof t !== "number" || !Number.isFinite(t) || t <= 0 || t > 86_400) {
      errors.push(`settings.bestTimesS.${k}: ${describe(t)} is not a time in seconds`);
    } else out[k] = t;
  }
  return out;
}
