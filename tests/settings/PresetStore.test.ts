import { describe, expect, it } from "vitest";
import { PRESETS_KEY, PresetStore } from "../../src/settings/PresetStore";
import { MemoryStorage } from "../../src/settings/storage";
import { loadPreset } from "../../src/rig/presets";

const NOW = () => new Date("2025-01-02T03:04:05.000Z");

function gentle(name: string) {
  const s = loadPreset("stuntman");
  s.name = name;
  s.layers.bob.amplitudeYM = 0.02;
  return s;
}

describe("PresetStore (headcam.presets)", () => {
  it("saves, lists and reloads presets exactly", () => {
    const storage = new MemoryStorage();
    const a = new PresetStore(storage, { now: NOW });
    expect(a.save(gentle("Gentle stuntman"))).toBeNull();
    const b = new PresetStore(storage, { now: NOW });
    expect(b.list()).toEqual([gentle("Gentle stuntman")]);
    expect(b.notices).toEqual([]);
  });

  it("moves a corrupt entry aside, reports it by name and keeps the valid ones", () => {
    const storage = new MemoryStorage();
    const good = gentle("Mine");
    const bad = { version: 1, name: "Broken", layers: { bob: { amplitudeYM: 9, wobble: 1 } } };
    storage.setItem(PRESETS_KEY, JSON.stringify({ version: 1, presets: [good, bad] }));
    const store = new PresetStore(storage, { now: NOW });
    expect(store.list().map((p) => p.name)).toEqual(["Mine"]);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain('"Broken"');
    expect(store.notices[0]).toContain("layers.bob.amplitudeYM");
    expect(store.notices[0]).toContain("layers.bob.wobble");
    const asideKey = `${PRESETS_KEY}.corrupt.2025-01-02T03:04:05.000Z`;
    expect(JSON.parse(storage.getItem(asideKey) ?? "null")).toEqual({ version: 1, presets: [bad] });
    // The valid entry stays stored: a second load sees it and no new problem.
    const again = new PresetStore(storage, { now: NOW });
    expect(again.list().map((p) => p.name)).toEqual(["Mine"]);
    expect(again.notices).toEqual([]);
  });

  it("moves an unreadable list aside whole and starts empty", () => {
    const storage = new MemoryStorage();
    storage.setItem(PRESETS_KEY, "{not json");
    const store = new PresetStore(storage, { now: NOW });
    expect(store.list()).toEqual([]);
    expect(store.notices[0]).toMatch(/not valid JSON/);
    expect(storage.getItem(`${PRESETS_KEY}.corrupt.2025-01-02T03:04:05.000Z`)).toBe("{not json");
    expect(storage.getItem(PRESETS_KEY)).toBeNull();
  });

  it("refuses a newer list version without touching it elsewhere", () => {
    const storage = new MemoryStorage();
    storage.setItem(PRESETS_KEY, JSON.stringify({ version: 2, presets: [] }));
    const store = new PresetStore(storage, { now: NOW });
    expect(store.notices[0]).toMatch(/newer/);
  });

  it("replaces a preset of the same name and deletes by name", () => {
    const store = new PresetStore(new MemoryStorage(), { now: NOW });
    store.save(gentle("A"));
    const b = gentle("A");
    b.layers.bob.amplitudeYM = 0.01;
    store.save(b);
    expect(store.list()).toHaveLength(1);
    expect(store.get("A")?.layers.bob.amplitudeYM).toBe(0.01);
    expect(store.remove("A")).toBe(true);
    expect(store.list()).toEqual([]);
  });
});
