import { describe, expect, it } from "vitest";
import { GUARD } from "../../../src/sim/ai/GuardRoles";
import { MercRole } from "../../../src/sim/ai/Merc";
import { type CoreSim, createSim } from "../../../src/sim/createSim";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import type { Anchor } from "../../../src/sim/world/Level";
import { makeOfficeLevel } from "../../../src/sim/world/levels/office";
import { OFFICE_STOREY_M } from "../../../src/sim/world/moscow/officeKit";
import { EAST_CORE, WEST_CORE } from "../../../src/sim/world/moscow/officeTower";

const level = makeOfficeLevel(1);

function put(sim: CoreSim, a: Anchor): void {
  const b = sim.internals.combat.henry.body;
  b.position.set(a.position[0], a.position[1] + 0.05, a.position[2]);
  b.velocity.set(0, 0, 0);
}

/** Whether (x, z) lies in a stair core's flights (where a storey is climbed). */
function inCore(x: number, z: number): boolean {
  return [WEST_CORE, EAST_CORE].some((c) => x >= c.x0 - 0.2 && x <= c.x0 + 3.6 && z >= c.z0 - 0.2 && z <= c.z0 + 7.2);
}

describe("the office tower", () => {
  it("has three floors above the lobby and a roof, joined by stairs; glass, props and named anchors", () => {
    const floors = new Set(level.boxes.filter((b) => b.tag === "floor").map((b) => Math.round((b.center[1] + 0.15) / OFFICE_STOREY_M)));
    expect([...floors].sort()).toEqual([0, 1, 2, 3, 4]);
    const panes = level.boxes.filter((b) => b.pane);
    expect(panes.filter((b) => b.pane === "window").length).toBeGreaterThan(100);
    expect(panes.filter((b) => b.pane === "partition").length).toBeGreaterThan(30);
    expect(panes.filter((b) => b.pane === "door").length).toBeGreaterThan(4);
    expect(level.boxes.filter((b) => b.tag === "stairs").length).toBe(4 * 20);
    expect(level.boxes.some((b) => b.tag === "rack")).toBe(true);
    expect(level.boxes.some((b) => b.tag === "pit")).toBe(true);
    const kinds = new Set(level.props.map((p) => p.kind));
    for (const k of ["chair", "monitor", "printer", "extinguisher", "plant"]) expect(kinds.has(k as never), k).toBe(true);
    for (const a of ["spawn", "w.0.door", "w.1.door", "e.1.door", "e.2.door", "w.2.door", "w.3.door", "e.3.door", "e.4.door", "end"]) expect(level.anchors[a], a).toBeDefined();
    expect(makeOfficeLevel(1)).toEqual(level);
  });

  it("a rusher on floor 1 runs to Henry on floor 3 by the stairs, and back down to floor 1 after him", () => {
    const sim = createSim({ level, seed: 1, fights: [] });
    const combat = sim.internals.combat;
    const from = level.anchors["post.f1.2"].position;
    const m = combat.mercs.spawn(combat, { x: from[0], y: from[1], z: from[2], yawRad: 0, fight: 0, role: MercRole.rush });
    if (!m) throw new Error("no guard");
    expect(m.y).toBeCloseTo(OFFICE_STOREY_M, 3);
    const up = level.anchors["f3.glass"];
    put(sim, up);
    // Henry was seen up there (a radio call): from now on the rusher knows where he is.
    m.knows = true;
    const cmd = neutralCmd();
    let maxStep = 0;
    let inCores = 0;
    let reached = -1;
    let lastY = m.y;
    for (let t = 0; t < 60 * 40 && reached < 0; t++) {
      // Henry stands still: keep him alive for the walk (the guard strikes when he arrives).
      combat.health.revive();
      sim.step(cmd);
      maxStep = Math.max(maxStep, Math.abs(m.y - lastY));
      lastY = m.y;
      if (Math.abs(m.y - 2 * OFFICE_STOREY_M) < 1 && inCore(m.x, m.z)) inCores++;
      if (Math.hypot(m.x - up.position[0], m.z - up.position[2]) < 2 && Math.abs(m.y - up.position[1]) < 0.3) reached = t;
    }
    expect(reached, "reached floor 3").toBeGreaterThan(0);
    // About a minute at a run at most, climbing in small steps (stairs, never a jump between floors).
    expect(reached / 60).toBeLessThan(40);
    expect(maxStep).toBeLessThan(0.1);
    expect(inCores, "crossed floor 2 by the stairs").toBeGreaterThan(10);
    const down = level.anchors["post.f1.4"];
    put(sim, down);
    let back = -1;
    for (let t = 0; t < 60 * 40 && back < 0; t++) {
      combat.health.revive();
      sim.step(cmd);
      if (Math.hypot(m.x - down.position[0], m.z - down.position[2]) < 2 && Math.abs(m.y - down.position[1]) < 0.3) back = t;
    }
    expect(back, "back on floor 1").toBeGreaterThan(0);
    // Up close he strikes at Henry's head: a heavy blow, counted as a camera destroyed.
    const before = sim.camerasDestroyed;
    const blows: number[] = [];
    for (let t = 0; t < 120; t++) {
      sim.step(cmd);
      sim.events.drain((e) => {
        if (e.kind === "damage" && e.target === 0 && e.cause === "melee") blows.push(e.amount);
      });
    }
    expect(blows.length).toBeGreaterThan(0);
    expect(blows[0]).toBe(GUARD.strikeDamage);
    expect(sim.camerasDestroyed).toBe(before + blows.length);
  }, 60_000);

  it("the lift is no way out: through its open doors on floor 2, Henry falls and is back at his checkpoint", () => {
    const sim = createSim({ level, seed: 1, fights: [] });
    const combat = sim.internals.combat;
    const cp = level.anchors["cp.f2"];
    combat.setCheckpoint(cp, "cp.f2");
    put(sim, level.anchors["f2.lift"]);
    const walk = { ...neutralCmd(), moveY: 1 };
    let lowest = Infinity;
    let respawned = false;
    for (let t = 0; t < 60 * 6 && !respawned; t++) {
      sim.step(walk);
      lowest = Math.min(lowest, sim.player.position.y);
      sim.events.drain((e) => {
        if (e.kind === "respawned") respawned = true;
      });
    }
    expect(lowest).toBeLessThan(0);
    expect(respawned).toBe(true);
    expect(sim.player.position.x).toBeCloseTo(cp.position[0], 1);
    expect(sim.player.position.z).toBeCloseTo(cp.position[2], 1);
    expect(sim.player.position.y).toBeGreaterThan(2 * OFFICE_STOREY_M - 0.2);
  });
});
