import type { RigSettings } from "../rig/schema";
import { cloneRigSettings, validateRigSettings } from "../rig/settings";
import { isRecord } from "../rig/validate";
import { type KeyValueStorage, moveAside } from "./storage";

export const PRESETS_KEY = "headcam.presets";
/** Version of the stored list (each entry carries its own preset-file version too). */
export const PRESET_STORE_VERSION = 1;
/** Most presets a person keeps; a longer list is a mistake, not a library. */
const MAX_PRESETS = 100;

/**
 * The player's own rig presets under `headcam.presets`, as
 * `{ "version": 1, "presets": [<preset file>, ...] }`. Every entry goes through the rig's
 * validator on the way in. A corrupt entry is moved aside to
 * `headcam.presets.corrupt.<ISO date>` (the valid ones stay) and `notices` says so; an
 * unreadable list is moved aside whole. Nothing saved is ever silently dropped.
 */
export class PresetStore {
  private presets: RigSettings[] = [];
  /** Messages for the person about what happened at load, for the UI to show. */
  readonly notices: string[] = [];
  private readonly now: () => Date;

  constructor(
    private readonly storage: KeyValueStorage,
    opts: { now?: () => Date } = {},
  ) {
    const now = opts.now ?? (() => new Date());
    this.now = now;
    const raw = storage.getItem(PRESETS_KEY);
    if (raw === null) return;
    const problem = this.load(raw);
    if (problem === null) return;
    const aside = moveAside(storage, PRESETS_KEY, raw, now().toISOString());
    this.notices.push(`Your saved presets could not be read (${problem}). They were kept as "${aside}".`);
  }

  /** Parses the stored list; returns a reason when the whole value is unusable. */
  private load(raw: string): string | null {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return "it is not valid JSON";
    }
    if (!isRecord(parsed)) return "it is not an object";
    const v = parsed.version;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) return "it has no version number";
    if (v > PRESET_STORE_VERSION) return `its version ${v} is newer than this build reads (${PRESET_STORE_VERSION})`;
    if (!Array.isArray(parsed.presets)) return "presets is not a list";
    const bad: { entry: unknown; errors: string[] }[] = [];
    for (const entry of parsed.presets) {
      const r = validateRigSettings(entry);
      if (r.ok) this.presets.push(r.settings);
      else bad.push({ entry, errors: r.errors });
    }
    if (bad.length > 0) {
      const iso = this.now().toISOString();
      const aside = moveAside(this.storage, PRESETS_KEY, JSON.stringify({ version: PRESET_STORE_VERSION, presets: bad.map((b) => b.entry) }), iso);
      // moveAside removed the key: write the valid entries back so they survive the next load.
      this.write();
      for (const b of bad) {
        const name = isRecord(b.entry) && typeof b.entry.name === "string" ? `"${b.entry.name}"` : "one preset";
        this.notices.push(`Saved preset ${name} could not be read (${b.errors.slice(0, 3).join("; ")}). It was kept as "${aside}".`);
      }
    }
    return null;
  }

  /** The saved presets, in saving order (copies). */
  list(): RigSettings[] {
    return this.presets.map(cloneRigSettings);
  }

  /** The saved preset of that name, or null. */
  get(name: string): RigSettings | null {
    const p = this.presets.find((x) => x.name === name);
    return p ? cloneRigSettings(p) : null;
  }

  /**
   * Saves `settings` under its name (replacing one of the same name) after validating it.
   * Returns the errors, or null when saved.
   */
  save(settings: RigSettings): string[] | null {
    const r = validateRigSettings(JSON.parse(JSON.stringify(settings)));
    if (!r.ok) return r.errors;
    const i = this.presets.findIndex((p) => p.name === r.settings.name);
    if (i < 0 && this.presets.length >= MAX_PRESETS) return [`presets: at most ${MAX_PRESETS} can be saved; delete one first`];
    if (i >= 0) this.presets[i] = r.settings;
    else this.presets.push(r.settings);
    return this.write() ? null : ["presets: the browser refused to store them (storage full or private mode)"];
  }

  /** Deletes the preset of that name; true when there was one. */
  remove(name: string): boolean {
    const i = this.presets.findIndex((p) => p.name === name);
    if (i < 0) return false;
    this.presets.splice(i, 1);
    this.write();
    return true;
  }

  private write(): boolean {
    try {
      this.storage.setItem(PRESETS_KEY, JSON.stringify({ version: PRESET_STORE_VERSION, presets: this.presets }));
      return true;
    } catch {
      return false;
    }
  }
}
