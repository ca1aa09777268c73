import { describe, expect, it } from "vitest";
import { loadPreset } from "../../src/rig/presets";
import { LAB_SLOTS_KEY, LabSlotStore } from "../../src/settings/LabSlotStore";
import { MemoryStorage } from "../../src/settings/storage";

describe("the Lab's working A and B in storage", () => {
  it("round-trips both slots, their bases and the edited slot", () => {
    const storage = new MemoryStorage();
    const tuned = { ...loadPreset("operator"), name: "Operator (tuned)" };
    tuned.layers.bob = { ...tuned.layers.bob, amplitudeYM: 0.012 };
    new LabSlotStore(storage).save({ active: "B", A: { settings: loadPreset("stuntman"), base: loadPreset("stuntman") }, B: { settings: tuned, base: loadPreset("operator") } });
    const back = new LabSlotStore(storage);
    expect(back.notice).toBeNull();
    expect(back.loaded?.active).toBe("B");
    expect(back.loaded?.B.settings).toEqual(tuned);
    expect(back.loaded?.B.base).toEqual(loadPreset("operator"));
  });

  it("a value out of range is moved aside with the field named; nothing is dropped", () => {
    const storage = new MemoryStorage();
    const bad = JSON.stringify({ version: 1, active: "A", A: { settings: { ...loadPreset("stuntman"), layers: { ...loadPreset("stuntman").layers, bob: { ...loadPreset("stuntman").layers.bob, amplitudeYM: 9 } } }, base: loadPreset("stuntman") }, B: { settings: loadPreset("off"), base: loadPreset("off") } });
    storage.setItem(LAB_SLOTS_KEY, bad);
    const store = new LabSlotStore(storage, { now: () => new Date("2026-01-02T03:04:05Z") });
    expect(store.loaded).toBeNull();
    expect(store.notice).toContain("lab.A.settings");
    expect(store.notice).toContain("bob.amplitudeYM");
    expect(storage.getItem(LAB_SLOTS_KEY)).toBeNull();
    expect(storage.getItem(`${LAB_SLOTS_KEY}.corrupt.2026-01-02T03:04:05.000Z`)).toBe(bad);
  });
});
