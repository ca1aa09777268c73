import { describe, expect, it } from "vitest";
import { defaultSettings, QUALITY_CHOICES, SETTINGS_VERSION, validateSettings } from "../../src/settings/Settings";
import { QUALITY_SETTINGS } from "../../src/view/quality/QualityLevels";
import { SETTINGS_KEY, SettingsStore } from "../../src/settings/SettingsStore";
import { MemoryStorage } from "../../src/settings/storage";

const NOW = () => new Date("2026-11-22T10:00:00.000Z");

describe("SettingsStore", () => {
  it("starts from defaults and saves a valid change", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage, { now: NOW });
    expect(store.get().fovDeg).toBe(90);
    expect(store.update({ fovDeg: 100, invertY: true })).toBeNull();
    const again = new SettingsStore(storage, { now: NOW });
    expect(again.get().fovDeg).toBe(100);
    expect(again.get().invertY).toBe(true);
  });

  it("refuses an out-of-range change, names the field and keeps the saved value", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage, { now: NOW });
    store.update({ fovDeg: 95 });
    const errors = store.update({ fovDeg: 200 });
    expect(errors?.[0]).toMatch(/^settings\.fovDeg: 200 is above the maximum 120/);
    expect(store.get().fovDeg).toBe(95);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY)!).fovDeg).toBe(95);
  });

  it("moves a corrupt value aside to <key>.corrupt.<ISO date>, says so, and uses defaults", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, "{not json");
    const store = new SettingsStore(storage, { now: NOW });
    expect(store.get()).toEqual(defaultSettings());
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
    expect(storage.getItem(`${SETTINGS_KEY}.corrupt.2026-11-22T10:00:00.000Z`)).toBe("{not json");
    expect(store.notice).toMatch(/could not be read.*not valid JSON.*headcam\.settings\.corrupt\.2026-11-22/);
  });

  it("moves aside a value with a bad field and names the field", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, fovDeg: "wide" }));
    const store = new SettingsStore(storage, { now: NOW });
    expect(store.notice).toContain('settings.fovDeg: "wide" is not a number');
    expect(storage.getItem(`${SETTINGS_KEY}.corrupt.2026-11-22T10:00:00.000Z`)).toContain("wide");
  });
});

describe("validateSettings", () => {
  it("refuses unknown keys, wrong types and a newer version, naming each", () => {
    const r = validateSettings({ version: 9, colour: "red", invertY: "yes", shadows: "ultra" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      `settings.version: 9 is newer than this build reads (${SETTINGS_VERSION})`,
      "settings.colour: unknown key",
      'settings.invertY: "yes" is not a boolean',
      'settings.shadows: "ultra" is not one of "auto", "off", "low", "high"',
    ]);
  });

  it("fills missing fields with defaults", () => {
    const r = validateSettings({ version: 1, fovDeg: 75 });
    expect(r.ok && r.value).toEqual({ ...defaultSettings(), fovDeg: 75 });
  });

  it("names a bad comfort field by its path", () => {
    const r = validateSettings({ version: 1, comfort: { maxRollDeg: 90 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(["settings.comfort.maxRollDeg: 90 is above the maximum 45"]);
  });

  it("defaults to the reduced-motion comfort profile when the browser asks for it", () => {
    const store = new SettingsStore(new MemoryStorage(), { reducedMotion: true });
    expect(store.get().comfort.headBobGain).toBe(0);
    expect(store.get().comfort.worldShakeGain).toBe(0);
    expect(new SettingsStore(new MemoryStorage()).get().comfort.headBobGain).toBe(1);
  });

  it("motion blur is off and flashes are reduced by default under reduced motion, and either can still be chosen", () => {
    const calm = new SettingsStore(new MemoryStorage(), { reducedMotion: true }).get();
    expect([calm.motionBlur, calm.reduceFlashes]).toEqual([false, true]);
    const usual = new SettingsStore(new MemoryStorage()).get();
    expect([usual.motionBlur, usual.reduceFlashes]).toEqual([true, false]);
    const r = validateSettings({ version: 2, motionBlur: true }, true);
    expect(r.ok && [r.value.motionBlur, r.value.reduceFlashes]).toEqual([true, true]);
  });

  it("reads a version 1 file: its saved default shadows (high) follow the quality level now, a chosen off stays off", () => {
    const old = validateSettings({ version: 1, shadows: "high", fovDeg: 80 });
    expect(old.ok && [old.value.version, old.value.shadows, old.value.quality, old.value.fovDeg]).toEqual([SETTINGS_VERSION, "auto", "auto", 80]);
    const off = validateSettings({ version: 1, shadows: "off" });
    expect(off.ok && off.value.shadows).toBe("off");
    // Version 2 means what it says.
    const v2 = validateSettings({ version: 2, shadows: "high" });
    expect(v2.ok && v2.value.shadows).toBe("high");
  });

  it("offers the quality levels the view defines, and auto", () => {
    expect([...QUALITY_CHOICES].sort()).toEqual([...QUALITY_SETTINGS].sort());
    expect(defaultSettings().quality).toBe("auto");
  });

  it("never throws on odd input", () => {
    for (const v of [null, 3, "x", [], [1], { version: "1" }, { version: 1, fovDeg: Number.NaN }]) {
      expect(() => validateSettings(v)).not.toThrow();
      expect(validateSettings(v).ok).toBe(false);
    }
  });
});

describe("best times", () => {
  it("keeps a best whole day beside the pieces', and refuses a time for an unknown piece by name", () => {
    const ok = validateSettings({ version: 1, bestTimesS: { street: 80.5, day: 420.2 } });
    expect(ok.ok && ok.value.bestTimesS).toEqual({ street: 80.5, day: 420.2 });
    const bad = validateSettings({ version: 1, bestTimesS: { night: 10 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatch(/settings\.bestTimesS\.night: unknown set piece/);
  });
});

describe("resetting settings and clearing records", () => {
  it("reset returns every setting to its default and keeps the best times; clearBestTimes forgets only them", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage);
    expect(store.update({ fovDeg: 105, invertY: true, bestTimesS: { street: 83.4 } })).toBeNull();
    store.reset();
    expect(store.get().fovDeg).toBe(90);
    expect(store.get().invertY).toBe(false);
    expect(store.get().bestTimesS).toEqual({ street: 83.4 });
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? "{}").bestTimesS).toEqual({ street: 83.4 });
    store.update({ fovDeg: 100 });
    store.clearBestTimes();
    expect(store.get().bestTimesS).toEqual({});
    expect(store.get().fovDeg).toBe(100);
  });
});
