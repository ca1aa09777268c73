/**
 * Rig settings derived from the schema: defaults, the validator and the JSON form of a
 * preset file (`{"version": 1, "name": ..., "layers": {...}}`, src/rig/README.md).
 */
import { LAYER_KEYS, RIG_SETTINGS_VERSION, type RigSettings, rigSchema } from "./schema";
import { describe, isRecord, tableDefaults, validateTable } from "./validate";

/** Result of validating untrusted input. */
export type ValidationResult<T> = { ok: true; settings: T } | { ok: false; errors: string[] };

/** A fresh settings object holding every default, named "default". */
export function defaultRigSettings(): RigSettings {
  const layers: Record<string, unknown> = {};
  for (const key of LAYER_KEYS) layers[key] = tableDefaults(rigSchema[key].params);
  return { version: 1, name: "default", layers: layers as RigSettings["layers"] };
}

const TOP_KEYS = new Set(["version", "name", "layers"]);

/**
 * Validates a parsed preset file. Missing keys take defaults; unknown keys, wrong types,
 * out-of-range numbers and a newer version are refused, each error naming its field
 * (e.g. `layers.bob.amplitudeYM: 5 is above the maximum 0.2`). Never throws.
 */
export function validateRigSettings(json: unknown): ValidationResult<RigSettings> {
  try {
    return validateUnsafe(json);
  } catch (e) {
    return { ok: false, errors: [`(root): could not be read (${e instanceof Error ? e.message : "unknown error"})`] };
  }
}

function validateUnsafe(json: unknown): ValidationResult<RigSettings> {
  const errors: string[] = [];
  if (!isRecord(json)) return { ok: false, errors: [`(root): ${describe(json)} is not an object`] };
  for (const key of Object.keys(json)) if (!TOP_KEYS.has(key)) errors.push(`${key}: unknown key`);
  const version = json.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    errors.push(`version: ${describe(version)} is not a version number (expected ${RIG_SETTINGS_VERSION})`);
  } else if (version > RIG_SETTINGS_VERSION) {
    errors.push(`version: ${version} is newer than this build reads (${RIG_SETTINGS_VERSION})`);
  }
  let name = "custom";
  if (json.name !== undefined) {
    if (typeof json.name === "string" && json.name.length <= 80) name = json.name;
    else errors.push(`name: ${describe(json.name)} is not a string of at most 80 characters`);
  }
  const layers: Record<string, unknown> = {};
  const inLayers = json.layers;
  if (inLayers !== undefined && !isRecord(inLayers)) errors.push(`layers: ${describe(inLayers)} is not an object`);
  const src = isRecord(inLayers) ? inLayers : {};
  for (const key of Object.keys(src)) {
    if (!(LAYER_KEYS as readonly string[]).includes(key)) errors.push(`layers.${key}: unknown layer`);
  }
  for (const key of LAYER_KEYS) {
    layers[key] = validateTable(rigSchema[key].params, Object.hasOwn(src, key) ? src[key] : undefined, `layers.${key}`, errors);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: { version: 1, name, layers: layers as RigSettings["layers"] } };
}

/** The preset-file JSON of a settings object (every field written, pretty-printed). */
export function rigSettingsToJson(settings: RigSettings): string {
  const layers: Record<string, unknown> = {};
  for (const key of LAYER_KEYS) layers[key] = { ...settings.layers[key] };
  return `${JSON.stringify({ version: settings.version, name: settings.name, layers }, null, 2)}\n`;
}

/** A deep copy of a settings object. */
export function cloneRigSettings(settings: RigSettings): RigSettings {
  const layers: Record<string, unknown> = {};
  for (const key of LAYER_KEYS) layers[key] = { ...settings.layers[key] };
  return { version: 1, name: settings.name, layers: layers as RigSettings["layers"] };
}
