/** Loading the shipped presets (src/content/presets) through the settings validator. */
import { PRESET_FILES, PRESET_IDS, type PresetId } from "../content/presets";
import type { RigSettings } from "./schema";
import { type ValidationResult, validateRigSettings } from "./settings";

export { PRESET_IDS, type PresetId };

/** True for one of the seven preset ids. */
export function isPresetId(id: unknown): id is PresetId {
  return typeof id === "string" && (PRESET_IDS as readonly string[]).includes(id);
}

/** Validates a shipped preset; an unknown id is an error naming it. */
export function validatePreset(id: string): ValidationResult<RigSettings> {
  if (!isPresetId(id)) return { ok: false, errors: [`preset: "${id}" is not one of ${PRESET_IDS.join(", ")}`] };
  return validateRigSettings(PRESET_FILES[id]);
}

/** A fresh settings object for a shipped preset. Throws if the shipped file is invalid (a build bug). */
export function loadPreset(id: PresetId): RigSettings {
  const r = validatePreset(id);
  if (!r.ok) throw new Error(`preset ${id} is invalid: ${r.errors.join("; ")}`);
  return r.settings;
}
