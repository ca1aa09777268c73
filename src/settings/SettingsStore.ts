import { defaultSettings, type Settings, validateSettings } from "./Settings";
import { type KeyValueStorage, moveAside } from "./storage";

export const SETTINGS_KEY = "headcam.settings";

/**
 * Loads, validates and saves the player's settings. A stored value that fails validation
 * is moved aside (never dropped) and `notice` says so, for the UI to show.
 */
export class SettingsStore {
  private current: Settings;
  private readonly reducedMotion: boolean;
  /** A message for the player about what happened at load (a corrupt value moved aside), or null. */
  readonly notice: string | null = null;
  private readonly listeners = new Set<(s: Settings) => void>();

  /**
   * @param reducedMotion the browser asks for reduced motion: the defaults then use the
   *   rig's reduced-motion comfort profile.
   */
  constructor(
    private readonly storage: KeyValueStorage,
    opts: { now?: () => Date; reducedMotion?: boolean } = {},
  ) {
    const now = opts.now ?? (() => new Date());
    this.reducedMotion = opts.reducedMotion ?? false;
    const raw = storage.getItem(SETTINGS_KEY);
    this.current = defaultSettings(this.reducedMotion);
    if (raw === null) return;
    let parsed: unknown;
    let problem: string | null = null;
    try {
      parsed = JSON.parse(raw);
    } catch {
      problem = "it is not valid JSON";
    }
    if (!problem) {
      const v = validateSettings(parsed, this.reducedMotion);
      if (v.ok) this.current = v.value;
      else problem = v.errors.join("; ");
    }
    if (!problem) return;
    const aside = moveAside(storage, SETTINGS_KEY, raw, now().toISOString());
    // Bad bindings alone cost only the bindings: the rest of the settings stay in use.
    const rest = onlyBindingsBad(parsed, this.reducedMotion);
    if (rest) {
      this.current = rest;
      this.save();
      this.notice = `Your saved key bindings could not be read (${problem}). The saved settings were kept as "${aside}"; the default bindings are in use and your other settings are kept.`;
    } else {
      this.notice = `Your saved settings could not be read (${problem}). They were kept as "${aside}" and the defaults are in use.`;
    }
  }

  get(): Readonly<Settings> {
    return this.current;
  }

  /** Applies a change after validating the whole result; returns the errors or null. */
  update(patch: Partial<Omit<Settings, "version">>): string[] | null {
    const v = validateSettings({ ...this.current, ...patch }, this.reducedMotion);
    if (!v.ok) return v.errors;
    this.current = v.value;
    this.save();
    for (const l of this.listeners) l(this.current);
    return null;
  }

  private save(): void {
    try {
      this.storage.setItem(SETTINGS_KEY, JSON.stringify(this.current));
    } catch {
      /* quota or privacy mode: keep the change for this session */
    }
  }

  /** Returns every setting to its default; the best times are records, not settings, and stay. */
  reset(): void {
    const { version: _v, bestTimesS: _records, ...defaults } = defaultSettings(this.reducedMotion);
    this.update(defaults);
  }

  /** Forgets every best time (the settings stay as they are). */
  clearBestTimes(): void {
    this.update({ bestTimesS: {} });
  }

  /** Listens to every change; returns the function that stops listening. */
  subscribe(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The settings without their bindings when only the bindings failed, else null. */
function onlyBindingsBad(parsed: unknown, reducedMotion: boolean): Settings | null {
  if (typeof parsed !== "object" || parsed === null || !("bindings" in parsed)) return null;
  const { bindings: _b, ...rest } = parsed as Record<string, unknown>;
  const v = validateSettings(rest, reducedMotion);
  return v.ok ? v.value : null;
}
