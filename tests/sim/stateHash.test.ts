import { describe, expect, it } from "vitest";
import type { Body } from "cannon-es";
import { type CoreSim, createSim } from "../../src/sim/createSim";
import { neutralCmd } from "../../src/sim/input/InputCmd";
import { PieceAutopilot } from "../../src/sim/script/PieceAutopilot";
import { LEVEL_IDS, LEVELS, pieceOnLevel } from "../../src/sim/world/levels/index";
import { type StateLeaf, stateLeaves } from "./hashWalk";

/**
 * What the walk does not enter, each with why it cannot change what happens next.
 * Everything else a tick can read must change `stateHash()` when changed (src/sim/README.md).
 */
const NOT_STATE: Record<string, string> = {
  "combat.physics": "the cannon-es world: its bodies' poses are hashed by name (tested below), the rest is built from the level",
  "combat.level": "built from the level id and seed, which fix the run",
  "combat.staged": "the fights staged from the level's anchors when the core starts",
  "combat.los": "grid built from the level's boxes; never changes",
  "combat.nav": "grid built from the level; its search buffers are rewritten before each read",
  "combat.events": "this tick's events: presentation drains them, nothing in the core reads them later",
  "combat.henry": "copied from the player's state before every read",
  "combat.barks": "bark bookkeeping: nothing in the core reads it back (tests/sim/barks.test.ts)",
  "combat.view": "views for presentation, rewritten from the state every tick",
  "combat.mercs.views": "views for presentation, rewritten from the state every tick",
  "combat.grenades.views": "views for presentation, rewritten from the state every tick",
  "combat.difficulty": "fixed by the run's difficulty",
  "combat.tick": "set from the sim's tick before every read",
  "combat.restartAt": "consumed within the tick that sets it",
  "combat.health.config": "tuning data, fixed by the build",
  "combat.holding.config": "tuning data, fixed by the build",
  "combat.holding.props": "the level's props (their bodies are hashed)",
  "combat.grenades.bodies": "the fixed pool of grenade bodies; a live grenade's pose is hashed with its state",
  "combat.mercs.byBody": "which body is which mercenary, fixed when the pool is built",
  "combat.mercs.list[].id": "the entity id, fixed when the pool is built",
  "combat.mercs.list[].index": "the slot in the pool, fixed when it is built",
  "combat.mercs.list[].outfit": "what presentation dresses a mercenary in; no tick reads it",
  "combat.glass.level": "built from the level id and seed",
  "combat.glass.config": "tuning data, fixed by the build",
  "combat.glass.boxes": "which level box each pane is, fixed by the level",
  "combat.glass.kinds": "each pane's kind, fixed by the level",
  "combat.glass.paneOfBoxIndex": "a lookup from box to pane, fixed by the level",
  "combat.glass.paneOfShapeMap": "a lookup from collider to pane, fixed by the level",
  "combat.glass.shards": "the shard pool's views; the pool (combat.glass.shardPool) is walked",
  "combat.glass.shardPool.config": "tuning data, fixed by the build",
  "combat.restart": "the level's anchor that restartName (hashed) names",
  "combat.clouds.config": "tuning data, fixed by the build",
  "combat.clouds.views[].age01": "follows from the cloud's age (hashed) every tick",
  "combat.clouds.views[].radiusM": "follows from the cloud's age (hashed) every tick",
  "script.director.watched": "the script's reached triggers, fixed by the piece",
  "script.director.beatWatch": "which beat watches which trigger, fixed by the piece",
  "script.jimmy.nags": "the piece's nag lines, fixed by the piece",
  "combat.rng": "hashed as the sim's generator (the root `rng`)",
  "player.physics": "the cannon-es world (see combat.physics)",
  "player.events": "this tick's events (see combat.events)",
  "player.ladders": "the level's ladders, fixed by the level",
  "script.chaseLine": "the autopilot's line, resolved from the piece's route without the generator when the chase starts",
  "script.chaseLines": "the chase's warning lines, fixed by the piece",
  "script.courier.config": "tuning data, fixed by the build",
  "script.seen": "copied from the player before every read",
  "player.config": "tuning data, fixed by the build",
  "player.upper": "the body's shapes",
  "player.ground": "scratch of the ground probe, rewritten before each read",
  "player.launchSpeedMps": "derived from the config",
  "player.minGroundNormalY": "derived from the config",
  "script.piece": "the set piece's script, fixed by the piece id",
  "script.world": "the core's script world (combat, anchors), hashed where it lives",
  "script.host": "accessors onto the sim",
  "script.hostState": "the tick, this tick's buttons and the player view, set before every read",
  "script.director.piece": "the set piece's script, fixed by the piece id",
  "script.director.subtitle.speaker": "follows from subtitle.line",
  "script.director.subtitle.text": "follows from subtitle.line",
  "script.jimmy.config": "tuning data, fixed by the build",
  "script.jimmy.route[].position.length": "an anchor's position is an [x, y, z] tuple",
};

const SKIP = new Set(Object.keys(NOT_STATE));

/** A sim on every registered level, with its piece when one plays there, played a while by the autopilot. */
function playedSim(levelId: (typeof LEVEL_IDS)[number], ticks: number): CoreSim {
  const level = LEVELS[levelId].build(1);
  const sim = createSim({ level, seed: 1, piece: pieceOnLevel(levelId) ?? undefined });
  const pilot = new PieceAutopilot(sim);
  const cmd = neutralCmd();
  for (let i = 0; i < ticks; i++) sim.step(pilot.next(cmd));
  return sim;
}

function leavesOf(sim: CoreSim): StateLeaf[] {
  const { combat, script, player } = sim.internals;
  const roots: [object, string][] = [
    [combat.rng, "rng"],
    [player, "player"],
    [combat, "combat"],
  ];
  if (script) roots.push([script, "script"]);
  return roots.flatMap(([o, n]) => stateLeaves(o, n, SKIP));
}

/** Paths whose change left the hash as it was (each leaf is put back after). */
function unhashed(sim: CoreSim, leaves: StateLeaf[]): string[] {
  const before = sim.stateHash();
  const missed = new Set<string>();
  for (const leaf of leaves) {
    const restore = leaf.perturb();
    if (sim.stateHash() === before) missed.add(leaf.path);
    restore();
  }
  expect(sim.stateHash()).toBe(before);
  return [...missed].sort();
}

function bodyLeaves(b: Body, name: string): StateLeaf[] {
  const vecs = { position: b.position, velocity: b.velocity, angularVelocity: b.angularVelocity, quaternion: b.quaternion } as const;
  const out: StateLeaf[] = [];
  for (const [k, v] of Object.entries(vecs)) {
    for (const axis of ["x", "y", "z"] as const) {
      out.push({ path: `${name}.${k}.${axis}`, perturb: () => nudge(v as unknown as Record<string, number>, axis) });
    }
  }
  out.push({ path: `${name}.sleepState`, perturb: () => nudge(b as unknown as Record<string, number>, "sleepState") });
  return out;
}

function nudge(o: Record<string, number>, k: string): () => void {
  const old = o[k];
  o[k] = old + 1;
  return () => {
    o[k] = old;
  };
}

describe("the state hash covers everything that decides the future", () => {
  // Every registered level, so a new level (and the state its fights and script add) is held to this.
  for (const id of LEVEL_IDS) {
    it(`${id}: changing any field a tick reads changes the hash`, () => {
      const sim = playedSim(id, 40 * 60);
      const leaves = leavesOf(sim);
      expect(leaves.length).toBeGreaterThan(60);
      expect(unhashed(sim, leaves)).toEqual([]);
      sim.dispose();
    }, 60_000);
  }

  it("the player's body, every prop's, corpse's and grenade's pose, velocity, spin and sleep change the hash", () => {
    const sim = playedSim("street", 40 * 60);
    const { physics, player, combat } = sim.internals;
    // The player's body never turns or sleeps (fixed rotation, no sleep): its position and velocity.
    const leaves = bodyLeaves(player.body, "player.body").filter((l) => !/angular|quaternion|sleep/.test(l.path));
    for (const [i, b] of physics.propBodies.entries()) leaves.push(...bodyLeaves(b, `prop${i}`));
    const corpses = combat.mercs.list.filter((m) => m.active && !m.alive);
    for (const m of corpses) leaves.push(...bodyLeaves(m.body, `corpse${m.index}`));
    const grenades = combat.grenades.bodies.filter((_, i) => combat.grenades.state[i] !== 0);
    for (const [i, b] of grenades.entries()) leaves.push(...bodyLeaves(b, `grenade${i}`));
    expect(physics.propBodies.length).toBeGreaterThan(5);
    expect(corpses.length).toBeGreaterThan(0);
    expect(grenades.length).toBeGreaterThan(0);
    expect(unhashed(sim, leaves)).toEqual([]);
    sim.dispose();
  });
});
