import { isPresetId, loadPreset, PRESET_IDS } from "../../rig/presets";
import { LAYER_KEYS, type LayerKey, type RigSettings, rigSchema } from "../../rig/schema";
import { cloneRigSettings, rigSettingsToJson, validateRigSettings } from "../../rig/settings";
import { decodeRigUrl, encodeRigUrl } from "../../rig/url";
import { PresetStore } from "../../settings/PresetStore";
import { LabSlotStore } from "../../settings/LabSlotStore";
import type { KeyValueStorage } from "../../settings/storage";

export type Slot = "A" | "B";

/** Why the settings changed: a listener redraws the panel on anything but "param". */
export type ChangeReason = "param" | "load" | "slot";

/** Result of an import or a link: the errors, each naming a field, or null when applied. */
export type Refusal = string[] | null;

/** The prefix of a user's own preset in the picker's values (built-ins are bare ids). */
export const USER_PREFIX = "user:";

/**
 * The Lab's two settings slots (A and B), which one is being edited, and the ways in and
 * out: presets (built-in and the user's own), files, share links. Everything that comes in
 * passes the rig's validator; a refused input changes nothing.
 */
export class LabSettings {
  private readonly slots: Record<Slot, RigSettings>;
  /** What each slot was loaded from; "reset" returns values to it. */
  private readonly bases: Record<Slot, RigSettings>;
  active: Slot = "A";
  readonly store: PresetStore;
  /** The working A and B in storage, so unsaved edits survive a reload. */
  readonly working: LabSlotStore;
  private readonly listeners = new Set<(reason: ChangeReason) => void>();

  /** Starts from the working A and B kept in `storage`, else both slots as `initial`. */
  constructor(storage: KeyValueStorage, initial: RigSettings) {
    this.store = new PresetStore(storage);
    this.working = new LabSlotStore(storage);
    const kept = this.working.loaded;
    this.slots = { A: cloneRigSettings(kept?.A.settings ?? initial), B: cloneRigSettings(kept?.B.settings ?? initial) };
    this.bases = { A: cloneRigSettings(kept?.A.base ?? initial), B: cloneRigSettings(kept?.B.base ?? initial) };
    if (kept) this.active = kept.active;
  }


  /** The settings being edited (the live object: do not keep it across changes). */
  get current(): RigSettings {
    return this.slots[this.active];
  }

  slot(s: Slot): RigSettings {
    return this.slots[s];
  }

  subscribe(l: (reason: ChangeReason) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private emit(reason: ChangeReason): void {
    this.working.save({
      active: this.active,
      A: { settings: this.slots.A, base: this.bases.A },
      B: { settings: this.slots.B, base: this.bases.B },
    });
    for (const l of this.listeners) l(reason);
  }

  /**
   * Sets one parameter of the active slot, `path` = "layer.param" (e.g. "bob.amplitudeYM").
   * Validated like a file: a bad value is refused with the field named, nothing changes.
   */
  setParam(path: string, value: unknown): Refusal {
    const [layer, key, ...rest] = path.split(".");
    if (!(LAYER_KEYS as readonly string[]).includes(layer) || key === undefined || rest.length > 0) {
      return [`${path}: not a parameter (expected <layer>.<parameter>, layers ${LAYER_KEYS.join(", ")})`];
    }
    const next = JSON.parse(JSON.stringify(this.current)) as { layers: Record<string, Record<string, unknown>> };
    next.layers[layer][key] = value;
    const r = validateRigSettings(next);
    if (!r.ok) return r.errors;
    // A tuned preset gets its own name, so A and B read apart in the figures and files.
    const base = this.bases[this.active].name;
    if (r.settings.name === base && !base.endsWith("(tuned)")) r.settings.name = `${base} (tuned)`.slice(0, 80);
    this.slots[this.active] = r.settings;
    this.emit("param");
    return null;
  }

  /** Returns a parameter to the value of the preset the slot was loaded from. */
  resetParam(layer: LayerKey, key: string): void {
    const base = this.bases[this.active].layers[layer] as Record<string, unknown>;
    (this.current.layers[layer] as Record<string, unknown>)[key] = base[key];
    this.emit("load");
  }

  /** Returns a whole layer (gain, mute and solo included) to the loaded preset's values. */
  resetLayer(layer: LayerKey): void {
    const base = this.bases[this.active].layers[layer];
    (this.current.layers as Record<string, unknown>)[layer] = { ...base };
    this.emit("load");
  }

  /** Replaces the active slot (and its reset base). */
  load(settings: RigSettings): void {
    this.slots[this.active] = cloneRigSettings(settings);
    this.bases[this.active] = cloneRigSettings(settings);
    this.emit("load");
  }

  /** Loads a built-in preset id or `user:<name>`; returns errors for an unknown one. */
  loadPreset(value: string): Refusal {
    if (isPresetId(value)) {
      this.load(loadPreset(value));
      return null;
    }
    if (value.startsWith(USER_PREFIX)) {
      const p = this.store.get(value.slice(USER_PREFIX.length));
      if (p) {
        this.load(p);
        return null;
      }
    }
    return [`preset: "${value}" is not one of ${PRESET_IDS.join(", ")} or a saved preset`];
  }

  /** Saves the active slot as the user's own preset under `name`. */
  saveAs(name: string): Refusal {
    const s = cloneRigSettings(this.current);
    s.name = name.trim() || "My preset";
    const err = this.store.save(s);
    if (err) return err;
    this.current.name = s.name;
    this.emit("load");
    return null;
  }

  /** Edit the other slot. */
  toggle(): void {
    this.select(this.active === "A" ? "B" : "A");
  }

  select(s: Slot): void {
    if (s === this.active) return;
    this.active = s;
    this.emit("slot");
  }

  /** Copies the active slot into the other one. */
  copyToOther(): void {
    const other: Slot = this.active === "A" ? "B" : "A";
    this.slots[other] = cloneRigSettings(this.current);
    this.bases[other] = cloneRigSettings(this.bases[this.active]);
    this.emit("load");
  }

  /** The preset-file JSON of the active slot. */
  exportJson(): string {
    return rigSettingsToJson(this.current);
  }

  /** Reads a preset file's text; refused with each bad field named, nothing changes. */
  importJson(text: string): Refusal {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return [`(file): not valid JSON (${e instanceof Error ? e.message : "unreadable"})`];
    }
    const r = validateRigSettings(json);
    if (!r.ok) return r.errors;
    this.load(r.settings);
    return null;
  }

  /** A link that opens the Lab with exactly the active slot's settings. */
  shareUrl(pageUrl: string): string {
    const u = new URL(pageUrl);
    return `${u.origin}${u.pathname}?mode=lab#rig=${encodeRigUrl(this.current)}`;
  }

  /** Applies a `#rig=...` hash; null when there is none or it applied, else the errors (nothing changes then). */
  applyHash(hash: string): Refusal {
    const m = /(?:^#|&)rig=([^&]*)/.exec(hash);
    if (!m) return null;
    let text: string;
    try {
      text = decodeURIComponent(m[1]);
    } catch {
      return ["rig: the link's settings string is damaged (bad % escape)"];
    }
    const r = decodeRigUrl(text);
    if (!r.ok) return r.errors;
    this.load(r.settings);
    return null;
  }
}

/** The parameters (`layer.key`) whose values differ between two settings, in schema order. */
export function changedParams(a: RigSettings, b: RigSettings): string[] {
  return LAYER_KEYS.flatMap((l) =>
    Object.keys(rigSchema[l].params)
      .filter((k) => (a.layers[l] as Record<string, unknown>)[k] !== (b.layers[l] as Record<string, unknown>)[k])
      .map((k) => `${l}.${k}`),
  );
}

/** Every number parameter's path, for tests and the automation API. */
export function paramPaths(): string[] {
  return LAYER_KEYS.flatMap((l) => Object.keys(rigSchema[l].params).map((k) => `${l}.${k}`));
}
