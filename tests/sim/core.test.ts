import { describe, expect, it } from "vitest";
import { PIECE_IDS, PIECES, isPieceId } from "../../src/content/pieces";
import { EventRing } from "../../src/sim/core/EventRing";
import { Hasher } from "../../src/sim/core/Hasher";
import { Rng } from "../../src/sim/core/Rng";
import { fightsForLevel, isPlayable, LEVELS, levelById, levelForPiece, pieceList, pieceOnLevel } from "../../src/sim/world/levels/index";
import { createSim } from "../../src/sim/createSim";
import { makeStreetLevel } from "../../src/sim/world/levels/street";

describe("core primitives", () => {
  it("Rng repeats its sequence for a seed and differs for another", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 100 }, () => a.nextU32());
    expect(Array.from({ length: 100 }, () => b.nextU32())).toEqual(sa);
    expect(Array.from({ length: 100 }, () => c.nextU32())).not.toEqual(sa);
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const v = r.range(4, 12);
      expect(v).toBeGreaterThanOrEqual(4);
      expect(v).toBeLessThan(12);
    }
  });

  it("Hasher gives 16 hex digits, the same for the same input, different for a one-ulp change", () => {
    const h1 = new Hasher().num(1.5).str("street").u32v(7).hex();
    const h2 = new Hasher().num(1.5).str("street").u32v(7).hex();
    const h3 = new Hasher().num(1.5000000000000002).str("street").u32v(7).hex();
    expect(h1).toMatch(/^[0-9a-f]{16}$/);
    expect(h2).toBe(h1);
    expect(h3).not.toBe(h1);
  });

  it("EventRing overwrites the oldest when full and counts what it dropped", () => {
    const ring = new EventRing<number>(4);
    for (let i = 0; i < 10; i++) ring.push(i);
    expect(ring.size).toBe(4);
    expect(ring.dropped).toBe(6);
    const seen: number[] = [];
    ring.drain((e) => seen.push(e));
    expect(seen).toEqual([6, 7, 8, 9]);
    expect(ring.size).toBe(0);
  });
});

describe("pieces and levels", () => {
  it("lists the five pieces in story order, all five playable", () => {
    expect(PIECE_IDS).toEqual(["awakening", "street", "office", "rooftops", "army"]);
    expect(PIECES.map((p) => p.title)).toEqual(["Awakening", "Street", "Office", "Rooftops", "Army"]);
    expect(pieceList().filter((p) => p.available).map((p) => p.id)).toEqual(["awakening", "street", "office", "rooftops", "army"]);
    expect(isPieceId("street")).toBe(true);
    expect(isPieceId("nope")).toBe(false);
    expect(isPieceId(3)).toBe(false);
  });

  it("the street has its named anchors, buildings, cars and crates, and is the same for a seed", () => {
    const level = levelForPiece("street");
    expect(level).not.toBeNull();
    for (const name of ["spawn", "steps", "ramp", "ledge", "courtyard", "end"]) expect(level?.anchors[name]).toBeDefined();
    expect(level?.boxes.some((b) => b.tag === "building")).toBe(true);
    expect(level?.boxes.some((b) => b.tag === "car")).toBe(true);
    expect(level?.props.length).toBeGreaterThan(0);
    expect(JSON.stringify(makeStreetLevel(3))).toBe(JSON.stringify(makeStreetLevel(3)));
    expect(levelForPiece("rooftops")?.id).toBe("rooftops");
    expect(levelForPiece("nope" as never)).toBeNull();
  });

  it("asking whether a piece plays builds no level; loading it builds its level once", () => {
    const street = LEVELS.street;
    const build = street.build;
    let builds = 0;
    street.build = (seed?: number) => {
      builds++;
      return build(seed);
    };
    try {
      expect(isPlayable("street")).toBe(true);
      expect(isPlayable("office")).toBe(true);
      expect(isPlayable("rooftops")).toBe(true);
      expect(isPlayable("army")).toBe(true);
      expect(pieceList()).toHaveLength(5);
      expect(builds).toBe(0);
      expect(levelForPiece("street", 2)?.id).toBe("street");
      expect(builds).toBe(1);
    } finally {
      street.build = build;
    }
  });

  it("the registry says which fights a level stages and which piece plays on a level", () => {
    expect(fightsForLevel("street").map((f) => f.mercs)).toEqual([3, 4, 5]);
    expect(fightsForLevel("airlab")).toEqual([{ anchor: "door", mercs: 5, dormant: true, bare: true, behind: true, restart: "calibration.3" }]);
    expect(fightsForLevel("office-kit")).toEqual([]);
    expect(fightsForLevel("no-such-level")).toEqual([]);
    expect(pieceOnLevel("airlab")).toBe("awakening");
    expect(pieceOnLevel("street")).toBe("street");
    expect(pieceOnLevel("office")).toBe("office");
    expect(pieceOnLevel("office-kit")).toBeNull();
    expect(fightsForLevel("office").reduce((n, f) => n + (f.posts?.length ?? 0), 0)).toBe(25);
    // The core stages what the registry names: twelve mercenaries on the street at once,
    // none in the lab until its attack cue, none in the tower until the script wakes a floor.
    for (const [id, onStage] of [["street", 12], ["airlab", 0], ["office", 0], ["office-kit", 0]] as const) {
      const sim = createSim({ level: levelById(id)!, seed: 1 });
      expect(sim.combat.mercs.filter((m) => m.active).length, id).toBe(onStage);
      sim.dispose();
    }
  });
});
