import { type ComfortSettings, comfortSchema, defaultComfort, reducedMotionComfort } from "../rig/comfort";
import { isPieceId, type PieceId } from "../content/pieces";
import { bool, choice, num, type ParamTable, type ValuesOf } from "../rig/schemaTypes";
import { describe, isRecord, validateTable } from "../rig/validate";

/**
 * The player's settings: one versioned, validated object under `headcam.settings`.
 * Each field is described once (unit in the name, default, range, help) in the same
 * vocabulary as the rig's schema; the validator, defaults and settings screen come from it.
 */
export const SETTINGS_VERSION = 2;

/** The quality choices (the view's table, src/view/quality/QualityLevels.ts, defines each level; a test keeps the lists equal). */
export const QUALITY_CHOICES = ["auto", "low", "medium", "high", "ultra"] as const;

export const SETTINGS_SCHEMA = {
  mouseSensitivityDegPerCount: num("deg/count", 0.08, 0.005, 0.5, 0.005, "How far the view turns per mouse count."),
  invertY: bool(false, "Mouse up looks down."),
  fovDeg: num("deg", 90, 60, 120, 1, "Horizontal field of view. Narrower can be kinder to the stomach."),
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
} as const satisfies ParamTable;

/** Labels people read on the settings screen. */
export const SETTINGS_LABELS: Record<keyof typeof SETTINGS_SCHEMA, string> = {
  mouseSensitivityDegPerCount: "Mouse sensitivity (°/count)",
  invertY: "Invert Y",
  fovDeg: "Field of view (° horizontal)",
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
};

export type ShadowSetting = "auto" | "off" | "low" | "high";

/** Defaults that follow the browser's reduced-motion wish: no motion blur, fewer flashes. */
function motionDefaults(reducedMotion: boolean): { motionBlur: boolean; reduceFlashes: boolean } {
  return { motionBlur: !reducedMotion, reduceFlashes: reducedMotion };
}

export type Settings = { version: number } & ValuesOf<typeof SETTINGS_SCHEMA> & {
    /** The comfort envelope of the camera rig (layer 9 in src/rig/README.md). */
    comfort: ComfortSettings;
    /** Best finishing time per set piece, seconds. */
    bestTimesS: Partial<Record<PieceId, number>>;
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
  return s as Settings;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * Checks an untrusted value (parsed JSON). Missing fields take their defaults (motion blur
 * and flashes by the reduced-motion wish); a version 1 file is read as version 2; unknown
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
  const { version: _v, comfort, bestTimesS, ...rest } = input;
  // Version 1 had no "auto" shadows and saved its default, "high": that now means "follow the quality level".
  if (version === 1 && rest.shadows === "high") rest.shadows = "auto";
  const best = validateBestTimes(bestTimesS, errors);
  const out = validateTable(SETTINGS_SCHEMA, { ...motionDefaults(reducedMotion), ...rest }, "settings", errors);
  const comfortOut =
    comfort === undefined
      ? (reducedMotion ? reducedMotionComfort() : defaultComfort())
      : validateTable(comfortSchema, comfort, "settings.comfort", errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { version: SETTINGS_VERSION, ...out, comfort: comfortOut, bestTimesS: best } as Settings };
}

function validateBestTimes(v: unknown, errors: string[]): Partial<Record<PieceId, number>> {
  const out: Partial<Record<PieceId, number>> = {};
  if (v === undefined) return out;
  if (!isRecord(v)) {
    errors.push(`settings.bestTimesS: ${describe(v)} is not an object`);
    return out;
  }
  for (const [k, t] of Object.entries(v)) {
    if (!isPieceId(k)) errors.push(`settings.bestTimesS.${k}: unknown set piece`);
    else if (typeof t !== "number" || !Number.isFinite(t) || t <= 0 || t > 86_400) {
      errors.push(`settings.bestTimesS.${k}: ${describe(t)} is not a time in seconds`);
    } else out[k] = t;
  }
  return out;
}
