import { describe, expect, it } from "vitest";
import { dialogueLine } from "../../../src/content/dialogue";
import type { Cue, SetPieceDef } from "../../../src/content/script";
import { FIXED_DT } from "../../../src/sim/core/time";
import { Director, type DirectorHost } from "../../../src/sim/script/Director";
import { Jimmy } from "../../../src/sim/script/Jimmy";
import type { Anchor } from "../../../src/sim/world/Level";

function host(anchors: Record<string, Anchor>) {
  const h = {
    tick: 0,
    player: { position: { x: 0, y: 0, z: 0 }, yawRad: 0, pitchRad: 0, eyeHeightM: 1.7 },
    alive: new Map<string, number>(),
    pressed: 0,
    performed: [] as Cue[],
    anchor: (n: string) => anchors[n],
    enemiesAlive(g: string) {
      return h.alive.get(g) ?? 0;
    },
    itemTaken: () => false,
    caught: () => false,
    perform(c: Cue) {
      h.performed.push(c);
      if (c.kind === "spawn") h.alive.set(c.group, 3);
    },
  };
  return h satisfies DirectorHost;
}

const piece: SetPieceDef = {
  id: "street",
  title: "t",
  level: "street",
  timeOfDay: "morning",
  operator: "stuntman",
  parTimeS: 10,
  budgetS: 20,
  sources: ["outside"],
  beats: [
    { id: "a", when: { kind: "start" }, cues: [{ kind: "line", line: "st.crash" }, { kind: "objective", id: "go", text: "Go north" }, { kind: "intensity", value: 1 }] },
    { id: "b", when: { kind: "lineFinished", line: "st.crash" }, cues: [{ kind: "spawn", group: "f1", anchors: ["f"] }] },
    { id: "c", when: { kind: "enemiesDown", group: "f1" }, cues: [{ kind: "checkpoint", anchor: "f" }, { kind: "objectiveDone", id: "go" }] },
    { id: "d", when: { kind: "enter", anchor: "end", radiusM: 2 }, cues: [{ kind: "end" }] },
  ],
};

describe("Director", () => {
  it("walks the beats in order: a line finishes after its durationS, a fight ends when its group is down, entering the end ends it", () => {
    const h = host({ f: { position: [0, 0, -10], yawRad: 0 }, end: { position: [0, 0, -30], yawRad: 0 } });
    const d = new Director(piece);
    d.step(h);
    expect(d.subtitle?.text).toBe(dialogueLine("st.crash")!.text);
    expect(d.objective).toBe("Go north");
    const lineTicks = Math.round(dialogueLine("st.crash")!.durationS / FIXED_DT);
    for (h.tick = 1; h.tick < lineTicks; h.tick++) d.step(h);
    expect(h.performed.some((c) => c.kind === "spawn")).toBe(false);
    d.step(h);
    expect(h.performed.filter((c) => c.kind === "spawn")).toHaveLength(1);
    expect(d.goal(h)).toEqual({ kind: "fight", group: "f1" });
    h.tick++;
    h.alive.set("f1", 0);
    d.step(h);
    expect(d.checkpoint).toBe("f");
    expect(d.objective).toBeNull();
    expect(d.goal(h)).toEqual({ kind: "goto", anchor: "end", radiusM: 2 });
    h.player.position.z = -29;
    h.tick++;
    d.step(h);
    expect(d.finished).toBe(true);
  });

  it("eases intensity toward its target at 0.5 per second", () => {
    const h = host({});
    const d = new Director(piece);
    for (h.tick = 0; h.tick < 60; h.tick++) d.step(h);
    expect(d.intensity).toBeCloseTo(0.5, 2);
    for (; h.tick < 180; h.tick++) d.step(h);
    expect(d.intensity).toBe(1);
  });
});

describe("Jimmy", () => {
  const route: Anchor[] = [
    { position: [0, 0, -10], yawRad: 0 },
    { position: [0, 0, -40], yawRad: 0 },
  ];
  it("runs ahead to the next point only when Henry catches up", () => {
    const j = new Jimmy();
    j.setRoute(route, "sweeper");
    const henry = { x: 0, y: 0, z: 30, vx: 0, vz: 0 };
    for (let i = 0; i < 120; i++) j.step(henry, true);
    expect(j.position.z).toBe(-10);
    henry.z = -2;
    for (let i = 0; i < 300; i++) j.step(henry, true);
    expect(j.position.z).toBeLessThan(-20);
  });

  it("shouts when Henry lags, stands still or runs the wrong way, with a cooldown", () => {
    const j = new Jimmy();
    j.setRoute([{ position: [0, 0, -5], yawRad: 0 }], "sweeper");
    const still = { x: 0, y: 0, z: 0, vx: 0, vz: 0 };
    const lines: string[] = [];
    for (let i = 0; i < 60 * 8; i++) {
      const l = j.step(still, false);
      if (l) lines.push(l);
    }
    expect(lines).toEqual(["jimmy.still"]);
    const wrong = { x: 0, y: 0, z: 20, vx: 0, vz: 5 };
    const j2 = new Jimmy();
    j2.setRoute(route, "sweeper");
    let said: string | null = null;
    for (let i = 0; i < 60 * 3 && !said; i++) said = j2.step(wrong, false);
    expect(said).toBe("jimmy.wrong");
    const lagging = { x: 0, y: 0, z: 60, vx: 0, vz: 0 };
    const j3 = new Jimmy();
    j3.setRoute(route, "sweeper");
    said = null;
    for (let i = 0; i < 60 * 4 && !said; i++) said = j3.step(lagging, true);
    expect(said).toBe("jimmy.lag");
  });
});
