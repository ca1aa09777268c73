import { describe, expect, it } from "vitest";
import { GLASS } from "../../../src/sim/combat/Glass";
import { WEAPONS } from "../../../src/sim/combat/CombatConfig";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import type { LevelBox } from "../../../src/sim/world/Level";
import { boxFromMin } from "../../../src/sim/world/levels/boxes";
import { arenaSim, ofKind, press, steps } from "./helpers";

/** A glass partition across the arena at z = -5 (x -3..3), with walls beyond its ends. */
function partition(z = -5): LevelBox[] {
  const pane = boxFromMin([-3, 0, z - 0.03], [6, 2.6, 0.06], "glass", "glass", false, "partition");
  pane.pane = "partition";
  return [pane, boxFromMin([-20, 0, z - 0.1], [17, 3, 0.2], "concrete", "concrete", false), boxFromMin([3, 0, z - 0.1], [17, 3, 0.2], "concrete", "concrete", false)];
}

/** A wall at z = -6 with a 1.4 m doorway at x = 0 closed by a glass door. */
function glassDoor(): LevelBox[] {
  const door = boxFromMin([-0.7, 0, -6.03], [1.4, 2.2, 0.06], "glass", "glass", false, "door");
  door.pane = "door";
  return [door, boxFromMin([-20, 0, -6.1], [19.3, 3, 0.2], "concrete", "concrete", false), boxFromMin([0.7, 0, -6.1], [19.3, 3, 0.2], "concrete", "concrete", false)];
}

describe("glass that shatters", () => {
  it("a pistol round breaks a partition and flies on; the next round passes where it stood", () => {
    const sim = arenaSim({ wallZ: -15, boxes: partition() });
    const glass = sim.internals.combat.glass;
    expect(glass.boxes.length).toBe(1);
    const look = neutralCmd();
    look.pitchRad = -0.05;
    steps(sim, look, 20);
    const first = steps(sim, { ...look, buttons: press("fire").buttons }, 1);
    const broke = ofKind(first, "glass");
    expect(broke).toHaveLength(1);
    expect(broke[0].cause).toBe("bullet");
    expect(glass.broken[0]).toBe(1);
    expect(sim.combat.stats.glassBroken).toBe(1);
    // The round that broke the pane went on to the wall 15 m away.
    const shot1 = ofKind(first, "shot")[0];
    expect(shot1.to[2]).toBeLessThan(-13.5);
    steps(sim, look, 30);
    const second = steps(sim, { ...look, buttons: press("fire").buttons }, 1);
    const shot2 = ofKind(second, "shot")[0];
    expect(ofKind(second, "glass")).toHaveLength(0);
    expect(shot2.to[2]).toBeLessThan(-13.5);
    expect(shot2.surface).not.toBe("glass");
    // Sight and navigation open at once: the grid has nodes where the pane stood.
    const nav = sim.internals.combat.nav;
    const n = nav.nearest(0, -5, 0);
    expect(Math.abs(nav.nodeZ(n) + 5)).toBeLessThan(nav.cellM);
    expect(sim.internals.combat.los.clear(0, 1.5, -2, 0, 1.5, -8)).toBe(true);
  });

  it("a window takes two pistol rounds; a partition one", () => {
    const boxes = partition();
    boxes[0].pane = "window";
    const sim = arenaSim({ wallZ: -15, boxes });
    const look = neutralCmd();
    look.pitchRad = -0.05;
    steps(sim, look, 20);
    const a = steps(sim, { ...look, buttons: press("fire").buttons }, 1);
    expect(ofKind(a, "glass")).toHaveLength(0);
    expect(ofKind(a, "shot")[0].to[2]).toBeGreaterThan(-5.1);
    expect(sim.internals.combat.glass.health[0]).toBeCloseTo(GLASS.healthByKind.window - WEAPONS.pistol.damage, 9);
    steps(sim, look, 30);
    const b = steps(sim, { ...look, buttons: press("fire").buttons }, 1);
    expect(ofKind(b, "glass")).toHaveLength(1);
  });

  it("Henry sprinting into a partition breaks it and keeps most of his speed; walking into it stops him", () => {
    const run = { ...neutralCmd(), moveY: 1, buttons: press("sprint").buttons };
    const sim = arenaSim({ boxes: partition(-8) });
    let before = 0;
    let after = 0;
    for (let t = 0; t < 120; t++) {
      steps(sim, run, 1);
      const z = sim.player.position.z;
      const speed = Math.hypot(sim.player.velocity.x, sim.player.velocity.z);
      if (z > -7.2) before = speed;
      else if (z < -8.6 && after === 0) after = speed;
    }
    expect(sim.internals.combat.glass.broken[0]).toBe(1);
    expect(sim.player.position.z).toBeLessThan(-12);
    expect(before).toBeGreaterThan(7.5);
    // "Costs little speed": he keeps at least 85 % of it.
    expect(after).toBeGreaterThan(before * 0.85);

    const walk = { ...neutralCmd(), moveY: 1 };
    const sim2 = arenaSim({ boxes: partition(-8) });
    steps(sim2, walk, 150);
    expect(sim2.internals.combat.glass.broken[0]).toBe(0);
    expect(sim2.player.position.z).toBeGreaterThan(-8);
  });

  it("shards land and lie still within two seconds, are gone after their life, and never block the doorway", () => {
    const sim = arenaSim({ boxes: glassDoor(), navCellM: 0.5 });
    const glass = sim.internals.combat.glass;
    const look = neutralCmd();
    steps(sim, look, 10);
    steps(sim, { ...look, buttons: press("fire").buttons }, 1);
    expect(glass.broken[0]).toBe(1);
    expect(glass.activeShards).toBe(GLASS.shardsPerPane);
    steps(sim, look, 120);
    // Two seconds on: every shard lies on the floor (y = 0), not moving.
    for (const s of glass.shards) if (s.active) expect(s.position.y).toBeLessThan(0.001);
    steps(sim, look, 1);
    const lying = glass.shards.filter((s) => s.active).map((s) => [s.position.x, s.position.z]);
    steps(sim, look, 1);
    expect(glass.shards.filter((s) => s.active).map((s) => [s.position.x, s.position.z])).toEqual(lying);
    // Straight through the doorway at a walk, shards and all, with no slowing.
    const walk = { ...neutralCmd(), moveY: 1 };
    const z0 = sim.player.position.z;
    steps(sim, walk, 150);
    expect(sim.player.position.z).toBeLessThan(z0 - 9);
    // A mercenary plans through the doorway too.
    const nav = sim.internals.combat.nav;
    const path = new Int32Array(128);
    const from = nav.nearest(0, -2);
    const to = nav.nearest(0, -10);
    const len = nav.findPath(from, to, path);
    expect(path[len - 1]).toBe(to);
    expect(len).toBeLessThan(20);
    steps(sim, look, Math.ceil(GLASS.shardLifeS * 60));
    expect(glass.activeShards).toBe(0);
  });

  it("a punch breaks a glass door at arm's length; a thrown chair breaks a partition and flies on", () => {
    const sim = arenaSim({ boxes: glassDoor() });
    steps(sim, { ...neutralCmd(), moveY: 1 }, 60);
    const ev = steps(sim, press("melee"), 1);
    expect(ofKind(ev, "melee")[0].hit).toBe("glass");
    // The knuckles do 40; a door takes 30.
    expect(ofKind(ev, "glass")[0].cause).toBe("melee");

    const chair = { kind: "chair" as const, position: [0, 1.2, -3] as [number, number, number], size: [0.45, 0.9, 0.45] as [number, number, number], massKg: 6, surface: "wood" as const };
    const sim2 = arenaSim({ props: [chair], boxes: partition(-6) });
    const b = sim2.internals.physics.propBodies[0];
    b.velocity.set(0, 0, -12);
    sim2.internals.combat.holding.launch(0);
    const ev2 = steps(sim2, neutralCmd(), 40);
    expect(ofKind(ev2, "glass")[0]?.cause).toBe("throw");
    expect(b.position.z).toBeLessThan(-7);
  });
});
