import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comfortSchema, defaultComfort, reducedMotionComfort, validateComfort } from "../../src/rig/comfort";
import { PRESET_IDS, isPresetId, loadPreset, validatePreset } from "../../src/rig/presets";
import { Rig } from "../../src/rig/Rig";
import { createRigSignals } from "../../src/rig/RigSignals";
import { LAYER_KEYS, type RigSettings, rigSchema } from "../../src/rig/schema";
import type { ParamSpec } from "../../src/rig/schemaTypes";
import { defaultRigSettings, rigSettingsToJson, validateRigSettings } from "../../src/rig/settings";
import { decodeRigUrl, encodeRigUrl } from "../../src/rig/url";

const paramArb = (spec: ParamSpec): fc.Arbitrary<unknown> =>
  spec.kind === "number"
    ? fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v)) // -0 reads back as 0
    : spec.kind === "boolean"
      ? fc.boolean()
      : fc.constantFrom(...spec.values);

/** Any valid settings object the schema allows. */
const settingsArb: fc.Arbitrary<RigSettings> = fc
  .record({
    name: fc.string({ maxLength: 20 }),
    layers: fc.record(
      Object.fromEntries(
        LAYER_KEYS.map((k) => [
          k,
          fc.record(Object.fromEntries(Object.entries(rigSchema[k].params).map(([p, spec]) => [p, paramArb(spec)]))),
        ]),
      ),
    ),
  })
  .map((r) => ({ version: 1, ...r }) as RigSettings);

const UNIT_SUFFIX: Record<string, string> = {
  m: "M", s: "S", deg: "Deg", Hz: "Hz", "m/s": "Mps", "1/s": "PerS", "1/s2": "PerS2", "deg/(m/s)": "DegPerMps",
  "1/(m/s)": "PerMps", "deg/s": "DegS",
};

describe("settings schema", () => {
  it("names its unit in every parameter name and keeps defaults inside the range", () => {
    for (const k of LAYER_KEYS) {
      for (const [name, spec] of Object.entries(rigSchema[k].params)) {
        expect(spec.help.length).toBeGreaterThan(5);
        if (spec.kind !== "number") continue;
        if (spec.unit !== "1") expect(name.endsWith(UNIT_SUFFIX[spec.unit]), `${k}.${name}`).toBe(true);
        expect(spec.default).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default).toBeLessThanOrEqual(spec.max);
        expect(spec.step).toBeGreaterThan(0);
      }
      expect(Object.keys(rigSchema[k].params).slice(0, 3)).toEqual(["gain", "mute", "solo"]);
    }
    expect(rigSchema.bob.params.model.values).toEqual(["stride", "quake"]);
    expect(rigSchema.landing.params.model.values).toEqual(["spring", "linear"]);
    for (const [name, spec] of Object.entries(comfortSchema)) {
      if (spec.kind === "number" && spec.unit !== "1") expect(name.endsWith(UNIT_SUFFIX[spec.unit]), name).toBe(true);
    }
  });

  it("defaults validate, and a saved file reads back equal", () => {
    const d = defaultRigSettings();
    const r = validateRigSettings(JSON.parse(rigSettingsToJson(d)));
    expect(r).toEqual({ ok: true, settings: d });
    expect(validateRigSettings({ version: 1 })).toEqual({ ok: true, settings: { ...d, name: "custom" } });
  });

  it("refuses a bad file naming every bad field", () => {
    const r = validateRigSettings({
      version: 1,
      name: 5,
      extra: true,
      layers: { bob: { amplitudeYM: 5, model: "sine", rollDeg: "big" }, lens: 3, wobble: {}, punch: { gain: -1, mute: "no" } },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const expected = [
      "extra: unknown key",
      "name: 5 is not a string",
      "layers.bob.amplitudeYM: 5 is above the maximum 0.2",
      'layers.bob.model: "sine" is not one of "stride", "quake"',
      'layers.bob.rollDeg: "big" is not a number',
      "layers.lens: 3 is not an object",
      "layers.wobble: unknown layer",
      "layers.punch.gain: -1 is below the minimum 0",
      'layers.punch.mute: "no" is not a boolean',
    ];
    for (const e of expected) expect(r.errors.some((x) => x.startsWith(e)), e).toBe(true);
    expect(r.errors).toHaveLength(expected.length);
  });

  it("refuses a newer version by name, and non-objects", () => {
    const r = validateRigSettings({ version: 2, layers: {} });
    expect(r).toEqual({ ok: false, errors: ["version: 2 is newer than this build reads (1)"] });
    for (const bad of [null, 3, "x", [], { layers: {} }, { version: "1" }, { version: Number.NaN }]) expect(validateRigSettings(bad).ok).toBe(false);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.record({ version: fc.anything(), layers: fc.dictionary(fc.constantFrom(...LAYER_KEYS, "x", "__proto__"), fc.anything()) })), (v) => {
        const r = validateRigSettings(v);
        expect(typeof r.ok).toBe("boolean");
        expect(typeof validateComfort(v).ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("any valid settings give finite poses, through punches, landings, impulses and a cross-fade", () => {
    fc.assert(
      fc.property(settingsArb, settingsArb, fc.integer({ min: 0, max: 1000 }), (a, b, seed) => {
        expect(validateRigSettings(a).ok).toBe(true);
        const rig = new Rig({ settings: a, seed });
        const sig = createRigSignals();
        for (let i = 0; i < 120; i++) {
          sig.velocityMps.z = (i % 50) / 5;
          sig.velocityMps.x = Math.sin(i) * 3;
          sig.grounded = i % 40 < 30;
          sig.crouched = i % 70 > 50;
          sig.eyeHeightM = sig.crouched ? 1 : 1.6;
          sig.sprinting = i % 3 === 0;
          sig.landedImpactMps = i % 40 === 30 ? 9 : 0;
          if (i % 17 === 0) rig.punch(0.1, -0.05, 0.02);
          if (i === 20) rig.addTrauma(0.8);
          if (i === 30) rig.impulse({ sourcePos: [1, 0, 3], listenerPos: [0, 0, 0], strength: 1, delayed: true });
          if (i === 60) rig.setOperator(b, 0.5);
          rig.step(sig, i % 11 === 0 ? 0.1 : 1 / 60);
          const p = rig.pose;
          for (const v of [p.offsetM.x, p.offsetM.y, p.offsetM.z, p.pitchRad, p.yawRad, p.rollRad, p.eyeHeightM, p.fovDeg, p.lens.barrel, p.stridePhaseRad]) {
            expect(Number.isFinite(v)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("the URL form keeps only non-default values and round-trips exactly", () => {
    expect(encodeRigUrl(defaultRigSettings())).toBe("1.e30");
    expect(encodeRigUrl(loadPreset("off")).length).toBeLessThan(400);
    fc.assert(
      fc.property(settingsArb, (s) => {
        const u = encodeRigUrl(s);
        expect(u).toMatch(/^1\.[A-Za-z0-9_-]*$/);
        expect(decodeRigUrl(u)).toEqual({ ok: true, settings: s });
      }),
      { numRuns: 200 },
    );
    for (const bad of ["", "2.e30", "1.!!", "1.AAAA", "x"]) expect(decodeRigUrl(bad).ok).toBe(false);
  });
});

describe("presets", () => {
  it("ship all seven ids and validate", () => {
    expect([...PRESET_IDS]).toEqual(["stuntman", "operator", "director", "classic", "handheld", "comfort", "off"]);
    for (const id of PRESET_IDS) {
      expect(validatePreset(id).ok, id).toBe(true);
      expect(isPresetId(id)).toBe(true);
    }
    expect(isPresetId("nope")).toBe(false);
    expect(validatePreset("nope")).toEqual({ ok: false, errors: [expect.stringContaining('"nope"')] });
  });

  it("have their characters", () => {
    const classic = loadPreset("classic");
    expect(classic.layers.bob.model).toBe("quake");
    expect(classic.layers.landing.model).toBe("linear");
    const comfort = loadPreset("comfort");
    expect(comfort.layers.bob.mute).toBe(true);
    expect(comfort.layers.stabiliser.horizonLock).toBe(1);
    expect(loadPreset("handheld").layers.bob.mute).toBe(true);
    expect(loadPreset("operator").layers.stabiliser.strength).toBeGreaterThan(loadPreset("director").layers.stabiliser.strength);
    expect(loadPreset("stuntman").layers.lens.fovOffsetDeg).toBeGreaterThan(0);
  });

  it("comfort settings: defaults, reduced motion and validation", () => {
    const rm = reducedMotionComfort();
    expect([rm.headBobGain, rm.ownShakeGain, rm.worldShakeGain, rm.swayGain, rm.punchGain]).toEqual([0, 0, 0, 0, 0.3]);
    expect(validateComfort(defaultComfort())).toEqual({ ok: true, settings: defaultComfort() });
    const bad = validateComfort({ headBobGain: 3, lockFov: 1, nope: 0 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors).toHaveLength(3);
  });
});
