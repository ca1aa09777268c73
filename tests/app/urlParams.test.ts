import { describe, expect, it } from "vitest";
import { parseUrlParams } from "../../src/app/urlParams";

const presets = (id: string) => ["stuntman", "off"].includes(id);

describe("parseUrlParams", () => {
  it("reads a full, valid launch", () => {
    const r = parseUrlParams("?piece=street&rig=stuntman&autopilot=1&seed=42&speed=8&quality=medium&touch=1", presets);
    expect(r.errors).toEqual([]);
    expect(r.options).toEqual({ mode: "play", piece: "street", rig: "stuntman", autopilot: true, seed: 42, speed: 8, quality: "medium", touch: true });
  });

  it("defaults to seed 1, speed 1, no piece", () => {
    expect(parseUrlParams("", presets)).toEqual({
      options: { mode: "play", piece: null, rig: null, autopilot: false, seed: 1, speed: 1, quality: null, touch: false },
      errors: [],
    });
  });

  it("names every bad parameter", () => {
    const r = parseUrlParams("?piece=moon&rig=shaky&seed=-3.5&speed=50&mode=vr&colour=red&quality=potato", presets);
    expect(r.errors).toHaveLength(7);
    expect(r.errors.join("\n")).toContain('quality="potato" is not a quality level. Use low, medium, high, ultra or auto.');
    expect(r.options.quality).toBeNull();
    expect(r.errors.join("\n")).toMatch(/colour/);
    expect(r.errors.join("\n")).toMatch(/mode="vr"/);
    expect(r.errors.join("\n")).toMatch(/piece="moon" is not a set piece/);
    expect(r.errors.join("\n")).toMatch(/rig="shaky"/);
    expect(r.errors.join("\n")).toMatch(/seed="-3.5"/);
    expect(r.errors.join("\n")).toMatch(/speed="50": use a number from 1 to 20/);
  });

  it("opens every piece of the story by id (all five are built)", () => {
    for (const id of ["awakening", "street", "office", "rooftops", "army"]) {
      const r = parseUrlParams(`?piece=${id}`, presets);
      expect(r.errors, id).toEqual([]);
      expect(r.options.piece).toBe(id);
    }
  });

  it("touch=1 forces the touch controls; another value is refused by name", () => {
    expect(parseUrlParams("?touch=1", presets).options.touch).toBe(true);
    const bad = parseUrlParams("?touch=yes", presets);
    expect(bad.errors).toEqual(['touch="yes": use 1 or 0.']);
    expect(bad.options.touch).toBe(false);
  });

  it("takes piece=army and piece=day (the whole day), and names day among the choices", () => {
    expect(parseUrlParams("?piece=army&autopilot=1", presets).options.piece).toBe("army");
    const day = parseUrlParams("?piece=day&autopilot=1&speed=8", presets);
    expect(day.errors).toEqual([]);
    expect(day.options.piece).toBe("day");
    expect(parseUrlParams("?piece=night", presets).errors[0]).toMatch(/or day for the whole day/);
  });
});
