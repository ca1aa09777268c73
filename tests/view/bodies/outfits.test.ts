import { describe, expect, it } from "vitest";
import { isScripted, PIECES } from "../../../src/content/pieces/index";
import { isSource } from "../../../src/content/sources";
import { Crowd } from "../../../src/view/bodies/Crowd";
import { isHoldId } from "../../../src/view/bodies/holds";
import { HENRY_OUTFITS, MAX_OUTFIT_BOXES, OUTFITS, outfitById, type Outfit } from "../../../src/view/bodies/outfits";
import { BONE_NAMES } from "../../../src/view/bodies/skeleton";
import { DAY_LIGHTS } from "../../../src/view/Environment";

/** Relative luminance of an sRGB colour (0..1). */
function luminance(hex: number): number {
  const c = [(hex >> 16) & 255, (hex >> 8) & 255, hex & 255].map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/** The area-weighted luminance of what faces the viewer (front faces of the boxes). */
function figureLuminance(o: Outfit): number {
  let sum = 0;
  let area = 0;
  for (const p of o.parts) {
    const a = p.size[0] * p.size[1];
    sum += a * luminance(p.color);
    area += a;
  }
  return sum / area;
}

describe("bodies: outfits as data", () => {
  const all = [...OUTFITS, ...Object.values(HENRY_OUTFITS)];

  it("every outfit names real bones, a hold, a source, boxes that fit a crowd slot, and a unique id", () => {
    const ids = new Set<string>();
    for (const o of all) {
      expect(ids.has(o.id), o.id).toBe(false);
      ids.add(o.id);
      expect(isHoldId(o.hold), `${o.id}.hold`).toBe(true);
      expect(isSource(o.source), `${o.id}.source`).toBe(true);
      expect(o.parts.length, `${o.id} boxes`).toBeLessThanOrEqual(MAX_OUTFIT_BOXES);
      for (const p of o.parts) {
        expect(BONE_NAMES, `${o.id}: bone ${p.bone}`).toContain(p.bone);
        for (const s of p.size) expect(s, `${o.id}: a box's size`).toBeGreaterThan(0);
      }
      // Whatever a figure carries in its hands has a shape on the prop bone.
      const props = o.parts.filter((p) => p.bone === "prop").length;
      expect(props > 0, `${o.id}: carries ${o.hold}`).toBe(o.hold !== "none");
    }
  });

  it("the roles the set pieces need are there: mercenaries, office guards, shield bearers, a machine gunner, the courier with a glowing device, the cast", () => {
    for (const id of ["merc", "guard", "shield", "gunner", "courier", "estelle", "akan", "jimmy.sweeper"]) expect(outfitById(id), id).toBeDefined();
    expect(outfitById("courier")?.parts.some((p) => (p.glow ?? 0) > 1)).toBe(true);
    // Every Jimmy cue of every set piece names a guise that is an outfit.
    for (const piece of PIECES.filter(isScripted)) {
      for (const beat of piece.beats) for (const c of beat.cues) if (c.kind === "jimmy") expect(outfitById(c.guise), `${piece.id}: guise ${c.guise}`).toBeDefined();
    }
  });

  it("fighting figures stand out against the fog at 30 m at every time of day (albedo contrast with the fog colour)", () => {
    const fighters = ["merc", "guard", "shield", "gunner", "courier", "akan"].map((id) => outfitById(id) as Outfit);
    for (const [time, d] of Object.entries(DAY_LIGHTS)) {
      const fog = Math.min(1, Math.max(0, (30 - d.fogNearM) / (d.fogFarM - d.fogNearM)));
      const fogL = luminance(d.fogColor);
      for (const o of fighters) {
        // What reaches the eye: the figure mixed toward the fog by its distance.
        const seen = figureLuminance(o) * (1 - fog) + fogL * fog;
        const contrast = Math.abs(seen - fogL) / Math.max(seen, fogL);
        expect(contrast, `${o.id} at ${time}`).toBeGreaterThan(time === "night" ? 0.25 : 0.5);
      }
    }
  });

  it("a crowd of 40 figures is one mesh: one draw call, at most 44 boxes a figure", () => {
    const crowd = new Crowd(40);
    for (let i = 0; i < 40; i++) crowd.setOutfit(i, outfitById(i % 2 ? "merc" : "estelle") ?? null);
    const g = crowd.mesh.geometry;
    expect(g.getIndex()?.count).toBe(40 * MAX_OUTFIT_BOXES * 36);
    // Triangles of the whole crowd per pass: 40 × 44 boxes × 12.
    expect(g.drawRange.count / 3).toBe(21_120);
    // Undressed slots at the end are not drawn at all.
    for (let i = 10; i < 40; i++) crowd.setOutfit(i, null);
    expect(g.drawRange.count / 3).toBe(10 * MAX_OUTFIT_BOXES * 12);
    crowd.dispose();
  });
});
