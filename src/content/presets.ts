/**
 * The rig presets shipped with the game, named after who wore the rig (src/rig/README.md). The JSON
 * files are data; src/rig/presets.ts loads them through the settings validator.
 */
import classic from "./presets/classic.json";
import comfort from "./presets/comfort.json";
import director from "./presets/director.json";
import handheld from "./presets/handheld.json";
import off from "./presets/off.json";
import operator from "./presets/operator.json";
import stuntman from "./presets/stuntman.json";

/** Preset ids: public names (URLs, files, share links), never renamed. */
export const PRESET_IDS = ["stuntman", "operator", "director", "classic", "handheld", "comfort", "off"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The raw, unvalidated preset files by id. */
export const PRESET_FILES: Readonly<Record<PresetId, unknown>> = {
  stuntman,
  operator,
  director,
  classic,
  handheld,
  comfort,
  off,
};
