import { describe, expect, it } from "vitest";
import { controlsHelp, defaultBindings, inputLabel, rebind, validateBindings } from "../../src/settings/Bindings";
import { SETTINGS_KEY, SettingsStore } from "../../src/settings/SettingsStore";
import { MemoryStorage } from "../../src/settings/storage";

const NOW = () => new Date("2026-12-02T10:00:00.000Z");

describe("bindings", () => {
  it("rebinds an action and the help names the new key", () => {
    const r = rebind(defaultBindings(), "keys", "jump", 0, "KeyJ");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bindings.keys.jump).toEqual(["KeyJ"]);
    expect(controlsHelp(r.bindings).find(([, what]) => what === "jump")?.[0]).toBe("J");
    // The defaults are not changed by a rebind.
    expect(defaultBindings().keys.jump).toEqual(["Space"]);
  });

  it("refuses a key bound to another action, naming that action, and changes nothing", () => {
    const b = defaultBindings();
    const r = rebind(b, "keys", "jump", 0, "KeyW");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe("W is already bound to “Move forward”. Unbind it there first.");
    expect(b.keys.jump).toEqual(["Space"]);
    const pad = rebind(b, "pad", "jump", 0, 7);
    expect(pad.ok).toBe(false);
    if (!pad.ok) expect(pad.error).toContain("RT is already bound to “Fire / throw”");
  });

  it("binds mouse buttons, clears a slot, and refuses Esc", () => {
    const r = rebind(defaultBindings(), "keys", "melee", 1, "Mouse1");
    expect(r.ok && r.bindings.keys.melee).toEqual(["KeyF", "Mouse1"]);
    const cleared = rebind(defaultBindings(), "keys", "crouch", 1, null);
    expect(cleared.ok && cleared.bindings.keys.crouch).toEqual(["KeyC"]);
    const esc = rebind(defaultBindings(), "keys", "jump", 0, "Escape");
    expect(esc.ok).toBe(false);
    expect(inputLabel("keys", "Mouse2")).toBe("Right mouse");
    expect(inputLabel("keys", "ShiftLeft")).toBe("Left Shift");
    expect(inputLabel("pad", 6)).toBe("LT");
  });

  it("validation names bad codes, unknown actions and conflicts by path", () => {
    const errors: string[] = [];
    validateBindings({ keys: { jump: ["Kye"], fly: ["KeyZ"], reload: ["KeyW"] }, pad: { fire: [99] } }, "settings.bindings", errors);
    expect(errors).toEqual([
      'settings.bindings.keys.jump[0]: "Kye" is not a key or mouse button',
      "settings.bindings.keys.fly: unknown action",
      "settings.bindings.pad.fire[0]: 99 is not a pad button (0..16)",
      'settings.bindings.keys.reload: "KeyW" is already bound to forward',
    ]);
  });

  it("a rebound key survives a new store on the same storage (a reload)", () => {
    const storage = new MemoryStorage();
    const store = new SettingsStore(storage, { now: NOW });
    const r = rebind(store.get().bindings, "keys", "forward", 0, "KeyI");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(store.update({ bindings: r.bindings })).toBeNull();
    const again = new SettingsStore(storage, { now: NOW });
    expect(again.get().bindings.keys.forward).toEqual(["KeyI", "ArrowUp"]);
    expect(again.notice).toBeNull();
  });

  it("a corrupt bindings entry is kept aside; the other settings stay and the default bindings are used", () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ version: 3, fovDeg: 100, bindings: { keys: { jump: "Space" } } });
    storage.setItem(SETTINGS_KEY, raw);
    const store = new SettingsStore(storage, { now: NOW });
    expect(store.get().fovDeg).toBe(100);
    expect(store.get().bindings).toEqual(defaultBindings());
    const aside = `${SETTINGS_KEY}.corrupt.2026-12-02T10:00:00.000Z`;
    expect(storage.getItem(aside)).toBe(raw);
    expect(store.notice).toContain("settings.bindings.keys.jump");
    expect(store.notice).toContain(aside);
    expect(JSON.parse(storage.getItem(SETTINGS_KEY) ?? "{}").fovDeg).toBe(100);
  });

  it("a version 1 file (before bindings) loads with the default bindings", () => {
    const storage = new MemoryStorage();
    storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, shadows: "off", mouseSensitivityDegPerCount: 0.1 }));
    const store = new SettingsStore(storage, { now: NOW });
    expect(store.notice).toBeNull();
    expect(store.get().mouseSensitivityDegPerCount).toBe(0.1);
    expect(store.get().bindings).toEqual(defaultBindings());
    expect(store.get().comfort.sprintFovDeg).toBe(0);
  });
});

describe("the settings screen's sections", () => {
  it("place every setting exactly once", async () => {
    const { SETTINGS_SCHEMA, SETTINGS_SECTIONS } = await import("../../src/settings/Settings");
    const placed = SETTINGS_SECTIONS.flatMap((s) => s.keys);
    expect([...placed].sort()).toEqual(Object.keys(SETTINGS_SCHEMA).sort());
    expect(SETTINGS_SECTIONS.map((s) => s.id)).toContain("comfort");
  });
});
