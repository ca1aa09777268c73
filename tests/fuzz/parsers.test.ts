import fc from "fast-check";
import { describe, expect, it } from "vitest";
import manifestJson from "../../assets/audio/manifest.json";
import { parseUrlParams } from "../../src/app/urlParams";
import { parseAudioManifest } from "../../src/audio/parseManifest";
import { rigSchema } from "../../src/rig/schema";
import { defaultRigSettings, validateRigSettings } from "../../src/rig/settings";
import { decodeRigUrl, encodeRigUrl } from "../../src/rig/url";
import { PRESETS_KEY, PresetStore } from "../../src/settings/PresetStore";
import { SETTINGS_SCHEMA, SETTINGS_VERSION, validateSettings } from "../../src/settings/Settings";
import { SETTINGS_KEY, SettingsStore } from "../../src/settings/SettingsStore";
import { MemoryStorage } from "../../src/settings/storage";
import { SIM_BUILD } from "../../src/sim/build";
import { parseTake, serializeTake, type Take } from "../../src/sim/input/Take";

/**
 * Every parser of outside input, fed what fast-check makes up: it never throws, and a
 * value that is right but for one field is refused naming that field.
 */
const RUNS = { numRuns: 300 };
const now = () => new Date("2026-01-01T00:00:00Z");

/** Anything JSON can hold, and the same as text; plus text that is not JSON at all. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 60 }), anyJson.map((v) => JSON.stringify(v)));
/** A value of a type no field expects here. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }).map((s) => `~${s}`),
  fc.boolean().map((b) => [b]),
  fc.constant({ nested: true }),
);
/** That, or a number outside every range these fields accept. */
const wrongValue = fc.oneof(wrongType, fc.constantFrom(-1e9, 1.5e300));

const validTake: Take = {
  format: "headcam-take",
  version: 1,
  build: SIM_BUILD,
  piece: "street",
  seed: 3,
  difficulty: "normal",
  ticks: 2,
  cmds: [
    [0, 1, 0.5, 0, 0],
    [0.5, -1, 0.6, 0.1, 9],
  ],
};

describe("fuzzing every parser: never throws, names the wrong field", () => {
  it("takes: any text gives a result or a refusal, never an exception", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseTake(text);
        expect(r.ok || r.error.length > 0).toBe(true);
      }),
      RUNS,
    );
    expect(parseTake(serializeTake(validTake)).ok).toBe(true);
  });

  it("takes: one wrong field (or command field) is named", () => {
    const fields = ["version", "build", "piece", "seed", "ticks", "difficulty", "cmds"] as const;
    const cmdFields = ["moveX", "moveY", "yawRad", "pitchRad", "buttons"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), wrongValue, (field, bad) => {
        const r = parseTake(JSON.stringify({ ...validTake, [field]: bad }));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toContain(field);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 4 }), wrongType, (i, f, bad) => {
        const cmds = validTake.cmds.map((c) => [...c]) as unknown[][];
        cmds[i][f] = bad;
        const r = parseTake(JSON.stringify({ ...validTake, cmds }));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(new RegExp(`cmds\\[${i}\\]`));
        if (!r.ok && Array.isArray(cmds[i]) && cmds[i].length === 5) expect(r.error).toContain(cmdFields[f]);
      }),
      RUNS,
    );
  });

  it("settings: any stored text loads without throwing, keeps a bad value aside and says so", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(SETTINGS_KEY, raw);
        const store = new SettingsStore(storage, { now });
        expect(store.get().version).toBe(SETTINGS_VERSION);
        if (store.notice) {
          // Nothing saved is lost: the unreadable text is kept under the key the notice names.
          const aside = /kept as "([^"]+)"/.exec(store.notice)?.[1] ?? "";
          expect(storage.getItem(aside)).toBe(raw);
        }
      }),
      RUNS,
    );
  });

  it("settings: one wrong field is named", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(SETTINGS_SCHEMA)), wrongValue, (key, bad) => {
        const r = validateSettings({ version: 1, [key]: bad });
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.join("\n")).toContain(`settings.${key}`);
      }),
      RUNS,
    );
  });

  it("presets: any stored list loads without throwing; readable entries stay, the rest is kept aside", () => {
    const entry = fc.oneof(anyJson, fc.constant(defaultRigSettings() as unknown));
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(entry, { maxLength: 4 }).map((presets) => JSON.stringify({ version: 1, presets }))), (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(PRESETS_KEY, raw);
        const store = new PresetStore(storage, { now });
        for (const n of store.notices) expect(n).toMatch(/kept as "headcam\.presets\.corrupt\./);
        expect(store.list().every((p) => validateRigSettings(p).ok)).toBe(true);
      }),
      RUNS,
    );
  });

  it("presets and share links: one wrong parameter is named by layer and name", () => {
    const params = Object.entries(rigSchema).flatMap(([layer, t]) => Object.keys(t.params).map((p) => [layer, p] as const));
    fc.assert(
      fc.property(fc.constantFrom(...params), wrongValue, ([layer, param], bad) => {
        const file = { version: 1, name: "x", layers: { [layer]: { [param]: bad } } };
        const r = validateRigSettings(file);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.join("\n")).toContain(`layers.${layer}.${param}`);
        const link = `1.${Buffer.from(JSON.stringify({ l: { [layer]: { [param]: bad } } })).toString("base64url")}`;
        const d = decodeRigUrl(link);
        expect(d.ok).toBe(false);
        if (!d.ok) expect(d.errors.join("\n")).toContain(`layers.${layer}.${param}`);
      }),
      RUNS,
    );
  });

  it("share links: any string, and any base64url of any JSON, decodes or is refused without throwing", () => {
    const b64 = anyJson.map((v) => `1.${Buffer.from(JSON.stringify(v)).toString("base64url")}`);
    fc.assert(
      fc.property(fc.oneof(anyText, b64, fc.base64String().map((s) => `1.${s}`)), (s) => {
        const r = decodeRigUrl(s);
        expect(r.ok || r.errors.length > 0).toBe(true);
      }),
      RUNS,
    );
    expect(decodeRigUrl(encodeRigUrl(defaultRigSettings())).ok).toBe(true);
  });

  it("URL parameters: any query string parses without throwing; a bad value names its parameter", () => {
    const isPreset = (id: string) => id === "classic";
    fc.assert(
      fc.property(fc.oneof(anyText, fc.webQueryParameters()), (q) => {
        const r = parseUrlParams(q, isPreset);
        expect(r.options.speed).toBeGreaterThanOrEqual(1);
        expect(r.options.speed).toBeLessThanOrEqual(20);
        expect(Number.isSafeInteger(r.options.seed)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.constantFrom("mode", "piece", "rig", "autopilot", "seed", "speed"), fc.constantFrom("~x", "-3", "1e999", "", "NaN", "lab2"), (key, v) => {
        const r = parseUrlParams(`?${key}=${encodeURIComponent(v)}`, isPreset);
        if (r.errors.length === 0) return; // some are valid for some keys ("" is not; "-3" is not a seed)
        expect(r.errors.join("\n")).toContain(`${key}=`);
      }),
      RUNS,
    );
    expect(parseUrlParams("?seed=-3&speed=0", isPreset).errors).toHaveLength(2);
  });

  it("audio manifest: the real one passes; any JSON is refused or passed without throwing; one wrong field is named", () => {
    expect(parseAudioManifest(manifestJson)).toMatchObject({ ok: true });
    fc.assert(
      fc.property(anyJson, (v) => {
        const r = parseAudioManifest(v);
        expect(r.ok || r.errors.length > 0).toBe(true);
      }),
      RUNS,
    );
    const ids = Object.keys(manifestJson.sounds);
    const fields = ["durationS", "peakDbfs", "rmsDbfs", "ogg", "mp3"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...fields), wrongType, (id, field, bad) => {
        const copy = structuredClone(manifestJson) as { sounds: Record<string, Record<string, unknown>> };
        copy.sounds[id][field] = bad;
        const r = parseAudioManifest(copy);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors.join("\n")).toContain(`sounds[${JSON.stringify(id)}].${field}`);
      }),
      { numRuns: 100 },
    );
  });
});
