import { readFileSync } from "node:fs";
import { isPresetId, loadPreset, PRESET_IDS } from "../rig/presets";
import type { RigSettings } from "../rig/schema";
import { validateRigSettings } from "../rig/settings";
import { userPath } from "./cliArgs";

/**
 * A command line's rig argument: a preset id, or a rig settings file (`.json`, as the Lab
 * exports; `.JSON` too; a relative name starts where the user ran npm) validated field by
 * field. Never throws: a refusal names the problem.
 */
export function rigFromArg(arg: string): { ok: true; id: string; settings: RigSettings } | { ok: false; error: string } {
  if (isPresetId(arg)) return { ok: true, id: arg, settings: loadPreset(arg) };
  if (!/\.json$/i.test(arg)) return { ok: false, error: `preset: "${arg}" is neither a preset id (${PRESET_IDS.join(", ")}) nor a .json file` };
  let text: string;
  try {
    text = readFileSync(userPath(arg), "utf8");
  } catch (e) {
    return { ok: false, error: `${arg}: cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${arg}: is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const r = validateRigSettings(json);
  if (!r.ok) return { ok: false, error: `${arg}: refused\n  ${r.errors.join("\n  ")}` };
  return { ok: true, id: arg, settings: r.settings };
}
