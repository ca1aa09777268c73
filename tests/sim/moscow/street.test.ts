import { describe, expect, it } from "vitest";
import { createSim } from "../../../src/sim/createSim";
import { Autopilot } from "../../../src/sim/input/Autopilot";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import type { Level, LevelBox } from "../../../src/sim/world/Level";
import { makeAirlabLevel } from "../../../src/sim/world/levels/airlab";
import { levelById } from "../../../src/sim/world/levels";
import { makeStreetLevel } from "../../../src/sim/world/levels/street";
import { SIGN_WORDS } from "../../../src/sim/world/moscow/words";

const STREET_ANCHORS = ["spawn", "steps", "ramp", "ledge", "courtyard", "embankment", "end", "fight.1", "fight.2", "fight.3", "barrel.1", "barrel.2", "pickup.1", "pickup.2"];

/** Whether a point (x, z) lies inside a box's footprint (yaw only), grown by `m` metres. */
function inFootprint(b: LevelBox, x: number, z: number, m = 0): boolean {
  const c = Math.cos(b.yawRad ?? 0);
  const s = Math.sin(b.yawRad ?? 0);
  const rx = x - b.center[0];
  const rz = z - b.center[2];
  const lx = c * rx - s * rz;
  const lz = s * rx + c * rz;
  return Math.abs(lx) <= b.size[0] / 2 + m && Math.abs(lz) <= b.size[2] / 2 + m;
}

describe("the Moscow street generator", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    expect(JSON.stringify(makeStreetLevel(7))).toBe(JSON.stringify(makeStreetLevel(7)));
    expect(JSON.stringify(makeStreetLevel(7).boxes)).not.toBe(JSON.stringify(makeStreetLevel(8).boxes));
  });

  it("keeps every anchor set pieces rely on, at the same places for any seed", () => {
    const a = makeStreetLevel(1);
    const b = makeStreetLevel(99);
    for (const name of STREET_ANCHORS) {
      expect(a.anchors[name], name).toBeDefined();
      expect(b.anchors[name]).toEqual(a.anchors[name]);
    }
  });

  it("has the city's pieces: blocks of 5, 9 and 16 storeys, balconies, lamps, wires, birches, sedans, signs, skyline", () => {
    const heights = new Set<number>();
    for (const seed of [1, 2, 3]) {
      const l = makeStreetLevel(seed);
      for (const b of l.boxes) if (b.tag === "building" && b.paint !== "roof" && b.size[1] > 5) heights.add(Math.round(b.size[1] / 2.8));
      const kinds = new Set((l.decor ?? []).map((d) => d.kind));
      for (const k of ["balcony", "lamp", "wire", "birch", "carTrim", "busStop", "kioskRoof", "stalinTower", "church", "block"] as const) expect(kinds.has(k), k).toBe(true);
      expect((l.decor ?? []).filter((d) => d.kind === "balcony").length).toBeGreaterThan(100);
      expect(l.boxes.some((b) => b.tag === "underpass")).toBe(true);
      for (const s of l.signs ?? []) expect(SIGN_WORDS as readonly string[]).toContain(s.text);
      expect((l.signs ?? []).map((s) => s.text)).toContain("МЕТРО");
      expect((l.lights ?? []).filter((x) => x.kind === "street").length).toBeGreaterThan(8);
    }
    for (const n of [5, 9, 16]) expect(heights.has(n), `${n} storeys`).toBe(true);
  });

  it("draws only colliders: every solid thing within the playable area is a level box, decoration there is out of reach or has a collider", () => {
    const l = makeStreetLevel(1);
    const { min, max } = l.bounds;
    for (const d of l.decor ?? []) {
      const inside = d.position[0] > min[0] && d.position[0] < max[0] && d.position[2] > min[2] && d.position[2] < max[2];
      if (!inside || d.kind === "block") {
        // Near scenery blocks lie outside the playable area (beyond its invisible walls) or under the ground.
        if (d.kind === "block" && inside) expect(d.position[1] + d.scale[1], "a block inside the area sits below the floor").toBeLessThanOrEqual(0.01);
        continue;
      }
      // Things a player walks into stand on a collider footprint; wires, balconies and roofs hang out of reach.
      if (["lamp", "birch", "busStop", "carTrim"].includes(d.kind)) {
        const hit = l.boxes.some((b) => inFootprint(b, d.position[0], d.position[2], 0.8) && b.center[1] + b.size[1] / 2 > d.position[1] + 0.5);
        expect(hit, `${d.kind} at ${d.position.join(",")}`).toBe(true);
      } else if (["balcony", "wire"].includes(d.kind)) {
        expect(d.position[1], d.kind).toBeGreaterThan(4);
      }
    }
  });

  it("keeps the fights' centres open (20 × 20 m) with cover within 15 m", () => {
    const l = makeStreetLevel(1);
    for (const name of ["fight.1", "fight.2", "fight.3"]) {
      const [x, , z] = l.anchors[name].position;
      const blocking = l.boxes.filter((b) => !b.walkable && b.center[1] + b.size[1] / 2 > 1 && inFootprint(b, x, z, 3));
      expect(blocking, name).toEqual([]);
      const cover = l.boxes.filter((b) => ["car", "cover", "kiosk"].includes(b.tag ?? "") && Math.hypot(b.center[0] - x, b.center[2] - z) < 15);
      expect(cover.length, name).toBeGreaterThan(2);
    }
  });

  it("the route from spawn to end is walkable: the autopilot reaches end (no enemies)", () => {
    const level: Level = makeStreetLevel(1);
    // Walk the city alone: without the fights' anchors no mercenaries are placed.
    const anchors = { ...level.anchors };
    for (const k of Object.keys(anchors)) if (/^(fight|barrel|pickup)\./.test(k)) delete anchors[k];
    const sim = createSim({ level: { ...level, anchors }, seed: 1 });
    const pilot = new Autopilot(sim);
    const cmd = neutralCmd();
    const end = level.anchors.end.position;
    let t = 0;
    for (; t < 3600; t++) {
      pilot.next(cmd);
      sim.step(cmd);
      if (Math.hypot(sim.player.position.x - end[0], sim.player.position.z - end[2]) < 2) break;
    }
    expect(t).toBeLessThan(2400);
    sim.dispose();
  });
});

describe("the airborne lab and the office kit", () => {
  it("the lab has its anchors, windows, a glass floor and the city far below", () => {
    const l = makeAirlabLevel(1);
    for (const a of ["spawn", "bed", "calibration.1", "calibration.2", "calibration.3", "pod", "door"]) expect(l.anchors[a], a).toBeDefined();
    expect(l.timeOfDay).toBe("dawn");
    expect(l.boxes.filter((b) => b.tag === "window").length).toBeGreaterThan(10);
    expect(l.boxes.some((b) => b.tag === "glassFloor" && b.walkable)).toBe(true);
    expect((l.decor ?? []).filter((d) => d.distant && d.position[1] < -500).length).toBeGreaterThan(100);
  });

  it("the autopilot walks the lab from the bed to the pod", () => {
    const level = makeAirlabLevel(1);
    const sim = createSim({ level, seed: 1 });
    const pilot = new Autopilot(sim);
    const cmd = neutralCmd();
    for (let t = 0; t < 900; t++) {
      pilot.next(cmd);
      sim.step(cmd);
    }
    expect(Math.abs(sim.player.position.z - level.anchors.pod.position[2])).toBeLessThan(3);
    expect(sim.player.position.y).toBeGreaterThan(-0.5);
    sim.dispose();
  });

  it("every level by id builds", () => {
    for (const id of ["street", "airlab", "office-kit"]) expect(levelById(id)?.id).toBe(id);
    expect(levelById("moon")).toBeNull();
  });
});
