import type { RigSettings } from "../rig/schema";
import { validateRigSettings } from "../rig/settings";
import { isRecord } from "../rig/validate";
import { type KeyValueStorage, moveAside } from "./storage";

export const LAB_SLOTS_KEY = "headcam.lab";
/** Version of the stored working slots. */
export const LAB_SLOTS_VERSION = 1;

export type LabSlot = "A" | "B";

/** One slot's working settings and the preset it was loaded from (what ↺ returns to). */
export interface StoredSlot {
  settings: RigSettings;
  base: RigSettings;
}

/** The Rig Lab's working A and B, unsaved edits included, and the slot being edited. */
export interface LabSlots {
  active: LabSlot;
  A: StoredSlot;
  B: StoredSlot;
}

/**
 * Keeps the Lab's working A and B under `headcam.lab` as
 * `{ "version": 1, "active": "A", "A": { "settings": <preset file>, "base": <preset file> }, "B": ... }`,
 * so unsaved edits survive a reload. Every preset in it passes the rig's validator on the way
 * in; a value that does not is moved aside to `headcam.lab.corrupt.<ISO date>` and `notice` says so.
 */
export class LabSlotStore {
  /** What was stored (null: nothing, or moved aside). */
  readonly loaded: LabSlots | null = null;
  /** A message for the person about what happened at load, or null. */
  readonly notice: string | null = null;

  constructor(
    private readonly storage: KeyValueStorage,
    opts: { now?: () => Date } = {},
  ) {
    const raw = storage.getItem(LAB_SLOTS_KEY);
    if (raw === null) return;
    const r = parseLabSlots(raw);
    if (r.ok) {
      this.loaded = r.value;
      return;
    }
    const aside = moveAside(storage, LAB_SLOTS_KEY, raw, (opts.now ?? (() => new Date()))().toISOString());
    this.notice = `Your working A and B could not be read (${r.errors.slice(0, 3).join("; ")}). They were kept as "${aside}".`;
  }

  /** Stores the working slots; false when the browser refused (storage full, private mode). */
  save(slots: LabSlots): boolean {
    try {
      this.storage.setItem(LAB_SLOTS_KEY, JSON.stringify({ version: LAB_SLOTS_VERSION, ...slots }));
      return true;
    } catch {
      return false;
    }
  }
}

/** Reads stored working slots, each field checked; errors name the field (`lab.B.settings.bob.gain: ...`). */
export function parseLabSlots(raw: string): { ok: true; value: LabSlots } | { ok: false; errors: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, errors: ["lab: not valid JSON"] };
  }
  if (!isRecord(json)) return { ok: false, errors: ["lab: not an object"] };
  const errors: string[] = [];
  const v = json.version;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) errors.push("lab.version: not a whole number ≥ 1");
  else if (v > LAB_SLOTS_VERSION) errors.push(`lab.version: ${v} is newer than this build reads (${LAB_SLOTS_VERSION})`);
  if (json.active !== "A" && json.active !== "B") errors.push(`lab.active: ${JSON.stringify(json.active)} is not "A" or "B"`);
  const slot = (name: LabSlot): StoredSlot | null => {
    const s = json[name];
    if (!isRecord(s)) {
      errors.push(`lab.${name}: not an object`);
      return null;
    }
    const settings = validateRigSettings(s.settings);
    const base = validateRigSettings(s.base);
    if (!settings.ok) errors.push(...settings.errors.map((e) => `lab.${name}.settings: ${e}`));
    if (!base.ok) errors.push(...base.errors.map((e) => `lab.${name}.base: ${e}`));
    return settings.ok && base.ok ? { settings: settings.settings, base: base.settings } : null;
  };
  const a = slot("A");
  const b = slot("B");
  if (errors.length || !a || !b) return { ok: false, errors };
  return { ok: true, value: { active: json.active as LabSlot, A: a, B: b } };
}
