/**
 * The comfort envelope (layer 9 in src/rig/README.md): the player's own settings, not a preset's, so it
 * scales every preset and every operator change.
 */
import type { ValidationResult } from "./settings";
import { bool, num, type ValuesOf } from "./schemaTypes";
import { describe, isRecord, tableDefaults, validateTable } from "./validate";

/** The comfort schema: master gains per family, caps, and the FOV lock. */
export const comfortSchema = {
  headBobGain: num("1", 1, 0, 1, 0.01, "Head bob, velocity tilt and landing dip."),
  ownShakeGain: num("1", 1, 0, 1, 0.01, "Shake from your own hits, falls and trauma."),
  worldShakeGain: num("1", 1, 0, 1, 0.01, "Shake and bumps from explosions and impacts around you."),
  swayGain: num("1", 1, 0, 1, 0.01, "Handheld sway and breathing."),
  punchGain: num("1", 1, 0, 1, 0.01, "Recoil, melee and damage kicks."),
  lensGain: num("1", 1, 0, 1, 0.01, "FOV kicks and post-process effects (vignette, distortion, blur)."),
  maxRollDeg: num("deg", 10, 0, 45, 0.5, "Cap on the total roll the rig adds."),
  maxAngularSpeedDegS: num("deg/s", 400, 10, 2000, 5, "Cap on the angular speed of the rig's rotation."),
  sprintFovDeg: num("deg", 0, 0, 15, 0.5, "Widens the view by this much while sprinting, eased in and out (0: never)."),
  lockFov: bool(false, "Keep the FOV exactly at your setting: no sprint widening, no kicks."),
} as const;

export type ComfortSettings = ValuesOf<typeof comfortSchema>;

/** Full effects, generous caps. */
export function defaultComfort(): ComfortSettings {
  return tableDefaults(comfortSchema) as ComfortSettings;
}

/**
 * The reduced-motion profile (chosen when the browser reports `prefers-reduced-motion:
 * reduce`): no bob, shake or sway, punches x 0.3, roll capped at 5 deg and angular speed
 * at 60 deg/s.
 */
export function reducedMotionComfort(): ComfortSettings {
  return {
    ...defaultComfort(),
    headBobGain: 0,
    ownShakeGain: 0,
    worldShakeGain: 0,
    swayGain: 0,
    punchGain: 0.3,
    maxRollDeg: 5,
    maxAngularSpeedDegS: 60,
  };
}

/** Validates untrusted comfort settings; missing keys take defaults. Never throws. */
export function validateComfort(json: unknown): ValidationResult<ComfortSettings> {
  try {
    const errors: string[] = [];
    if (!isRecord(json)) return { ok: false, errors: [`(root): ${describe(json)} is not an object`] };
    const out = validateTable(comfortSchema, json, "comfort", errors);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, settings: out as ComfortSettings };
  } catch {
    return { ok: false, errors: ["(root): could not be read"] };
  }
}
