import { EventRing } from "./core/EventRing";
import { Hasher } from "./core/Hasher";
import { Ids } from "./core/Ids";
import { Rng } from "./core/Rng";
import type { SimEvent } from "./core/SimEvent";
import { Combat } from "./combat/Combat";
import { type FightPlan, stageFights } from "./combat/Fights";
import { Buttons, type InputCmd, neutralCmd } from "./input/InputCmd";
import { buildPhysicsWorld, disposePhysicsWorld, hashBody, readBodyPose, stepPhysics } from "./physics/PhysicsWorld";
import { DEFAULT_PLAYER, type PlayerConfig } from "./player/PlayerConfig";
import { PlayerController } from "./player/PlayerController";
import type { PhysicsWorld } from "./physics/PhysicsWorld";
import type { PlayerView, PropView, Sim, SimOptions } from "./SimTypes";
import type { Anchor, Level } from "./world/Level";
import { scriptOf } from "../content/pieces";
import type { SetPieceDef } from "../content/script";
import { fightsForLevel } from "./world/levels/index";
import { coreScriptWorld, isCameraKiller } from "./script/coreScriptWorld";
import { ScriptRunner } from "./script/ScriptRunner";
import { DMath } from "./core/DMath";
import { DEG } from "./core/units";
import { ArmySpawner } from "./ai/ArmySpawner";
import { Telekinetic } from "./ai/Telekinetic";
import { RuntimeBoxes } from "./combat/RuntimeBoxes";
import type { ScriptActor } from "./script/coreScriptWorld";
import { fallDamage } from "./player/ParkourConfig";

/** Options of `createSim` beyond the public `SimOptions` (tests tune the player). */
export interface CreateSimOptions extends SimOptions {
  player?: PlayerConfig;
  /** The fights to stage by anchors (default: those the level registry gives the level's id). */
  fights?: readonly FightPlan[];
  /** A script to run instead of the piece's own (tests stage one moment of a piece). */
  script?: SetPieceDef;
}

/** The core with its insides reachable, for tests and benchmarks (presentation uses `Sim`). */
export interface CoreSim extends Sim {
  readonly internals: {
    combat: Combat;
    physics: PhysicsWorld;
    script: ScriptRunner | null;
    army: ArmySpawner | null;
    telekinetic: Telekinetic | null;
    runtimeBoxes: RuntimeBoxes;
    player: PlayerController;
  };
}

// Below the level's lowest point by this much, the player has fallen out and respawns, metres.
const FALL_OUT_M = 10;

function spawnAnchor(level: Level): Anchor {
  const a = level.anchors[level.spawn];
  if (!a) throw new Error(`level "${level.id}" has no spawn anchor "${level.spawn}"`);
  return a;
}

/**
 * Creates the deterministic core for a level: a physics world, the player at the spawn
 * anchor, the seeded generator and the event ring. `step(cmd)` advances one FIXED_DT.
 * The rules it keeps (no clock, no engine trig, everything hashed): src/sim/README.md.
 */
export function createSim(opts: CreateSimOptions): CoreSim {
  const def = opts.script ?? (opts.piece ? scriptOf(opts.piece) : null);
  const scripted = def && def.level === opts.level.id ? def : null;
  const staged = stageFights(opts.level, opts.fights ?? fightsForLevel(opts.level.id));
  const level = staged.level;
  const seed = opts.seed ?? 1;
  const rng = new Rng(seed);
  const ids = new Ids();
  const events = new EventRing<SimEvent>(1024);
  const physics = buildPhysicsWorld(level);
  const spawn = spawnAnchor(level);
  const player = new PlayerController(physics, spawn, opts.player ?? DEFAULT_PLAYER, level.ladders ?? []);
  const body = player.body;
  const henry = { body, crouched: false, dead: false, yawRad: spawn.yawRad, pitchRad: 0, eyeHeightM: player.state.eyeHeightM };
  const combat = new Combat(physics, level, staged, rng, events, henry, ids, opts.difficulty ?? "normal");
  const deadCmd = neutralCmd();
  let camerasDestroyed = 0;
  if (scripted?.startsUnarmed) combat.arsenal.disarm();
  const fallOutY = level.bounds.min[1] - FALL_OUT_M;
  let tick = 0;
  let disposed = false;

  const playerView: PlayerView = {
    position: { x: 0, y: 0, z: 0 },
    velocity: { x: 0, y: 0, z: 0 },
    grounded: false,
    crouched: false,
    eyeHeightM: player.state.eyeHeightM,
    yawRad: player.state.yawRad,
    pitchRad: 0,
    surface: player.state.surface,
    health01: 1,
    dead: false,
    weapon: "pistol",
    holding: "none",
    magazine: 0,
    reserve: 0,
    reload01: -1,
    aiming: false,
    aimKickPitchRad: 0,
    move: "none",
    moveProgress01: 0,
    ledgeTopY: 0,
    climbedM: 0,
  };
  const props: PropView[] = physics.propBodies.map(() => ({
    id: ids.take(),
    position: { x: 0, y: 0, z: 0 },
    quaternion: { x: 0, y: 0, z: 0, w: 1 },
  }));

  function syncViews(): void {
    const s = player.state;
    const p = playerView;
    p.position.x = body.position.x;
    p.position.y = body.position.y;
    p.position.z = body.position.z;
    p.velocity.x = body.velocity.x;
    p.velocity.y = body.velocity.y;
    p.velocity.z = body.velocity.z;
    p.grounded = s.grounded;
    p.crouched = s.crouched;
    p.eyeHeightM = s.eyeHeightM;
    p.yawRad = s.yawRad;
    p.pitchRad = s.pitchRad;
    p.surface = s.surface;
    const m = s.move;
    p.move = m.kind;
    p.moveProgress01 = m.kind === "none" || m.kind === "ladder" ? 0 : Math.min(1, Math.max(0, (tick - m.startTick) / m.durTicks));
    p.ledgeTopY = m.kind === "mantle" || m.kind === "ladderTop" ? m.y1 : 0;
    p.climbedM = s.climbedM;
    const a = combat.arsenal;
    p.health01 = combat.health.health01;
    p.dead = combat.health.dead;
    p.holding = combat.holding.what;
    p.weapon = combat.holding.holding || !a.armed ? null : a.weapon.id;
    p.magazine = a.magazine[a.current];
    p.reserve = a.reserve[a.current];
    p.reload01 = a.reloading ? 1 - a.reloadLeftS / a.weapon.reloadS : -1;
    p.aiming = a.aiming;
    p.aimKickPitchRad = a.kickPitchRad;
    combat.syncViews();
    for (let i = 0; i < props.length; i++) readBodyPose(physics.propBodies[i], props[i].position, props[i].quaternion);
  }

  function testButtons(pressed: number): void {
    if (pressed & Buttons.testBlast) {
      const angle = rng.range(0, 2 * Math.PI);
      const dist = rng.range(4, 12);
      const p = body.position;
      events.push({
        kind: "blast",
        tick,
        position: [p.x + DMath.sin(angle) * dist, p.y, p.z + DMath.cos(angle) * dist],
        strength: 1,
      });
    }
    if (pressed & Buttons.testRecoil) {
      events.push({ kind: "recoil", tick, pitchRad: 2 * DEG, yawRad: rng.range(-0.5, 0.5) * DEG });
    }
  }

  // Boxes that can leave the world (lifted, broken); the army and the telekinetic where the piece has them.
  const runtimeBoxes = new RuntimeBoxes(level, physics, combat.los, combat.nav);
  const difficulty = opts.difficulty ?? "normal";
  let script: ScriptRunner | null = null;
  const telekinetic = scripted?.telekinetic ? new Telekinetic(level, combat, runtimeBoxes, difficulty) : null;
  const bossFighting = () => telekinetic !== null && (telekinetic.phase === "join" || telekinetic.phase === "panic");
  const army = scripted?.army ? new ArmySpawner(level, combat, scripted.army, difficulty, () => script?.intensity ?? 1, bossFighting) : null;
  const actors: ScriptActor[] = [];
  if (army) actors.push(army);
  if (telekinetic) actors.push(telekinetic);
  // The director reads Henry through the same view presentation uses.
  script = scripted ? new ScriptRunner(scripted, coreScriptWorld(level, combat, events, () => tick, actors), playerView, rng) : null;

  /** A hard landing hurts (a roll halves it); past the deadly speed it kills, and the checkpoint restarts the run. */
  function landingDamage(): void {
    const s = player.state;
    if (s.landedImpactMps <= 0 || combat.health.dead) return;
    const dmg = fallDamage(s.landedImpactMps, s.landedRolled, player.config.parkour);
    if (dmg <= 0) return;
    const p = body.position;
    combat.damageHenry(Number.isFinite(dmg) ? dmg : combat.health.health, p.x, p.y - 1, p.z, "fall");
  }

  /** Counts heavy head impacts in this step's events (the ring is drained later by presentation). */
  function countCameras(fromIndex: number): void {
    events.forEachSince(fromIndex, (e) => {
      if (isCameraKiller(e)) camerasDestroyed++;
    });
  }

  syncViews();

  return {
    level,
    seed,
    get tick() {
      return tick;
    },
    player: playerView,
    props,
    combat: combat.view,
    script,
    runtimeBoxes: runtimeBoxes.views,
    army,
    telekinesis: telekinetic,
    get camerasDestroyed() {
      return camerasDestroyed;
    },
    moveStats: player.stats,
    events,
    internals: { combat, physics, script, army, telekinetic, runtimeBoxes, player },
    step(input: InputCmd): void {
      if (disposed) throw new Error("step() on a disposed sim");
      const pressed = input.buttons & ~player.state.prevButtons;
      const pushedBefore = events.pushed;
      let cmd = input;
      if (combat.health.dead) {
        // A dead Henry does nothing; the look stays where it is.
        deadCmd.yawRad = input.yawRad;
        deadCmd.pitchRad = input.pitchRad;
        cmd = deadCmd;
      }
      testButtons(pressed);
      player.preStep(cmd, events, tick);
      landingDamage();
      henry.crouched = player.state.crouched;
      henry.dead = combat.health.dead;
      henry.yawRad = player.state.yawRad;
      henry.pitchRad = player.state.pitchRad;
      henry.eyeHeightM = player.state.eyeHeightM;
      combat.preStep(cmd, cmd === deadCmd ? 0 : pressed, tick);
      stepPhysics(physics);
      player.postStep();
      combat.postStep();
      tick++;
      let respawned = false;
      if (combat.restartAt) {
        player.respawn(combat.restartAt);
        combat.restartAt = null;
        respawned = true;
      } else if (body.position.y < fallOutY) {
        // Out of the level (down a lift shaft, off a roof): back at the checkpoint.
        player.respawn(combat.checkpointAnchor ?? spawn);
        respawned = true;
      }
      if (respawned) events.push({ kind: "respawned", tick });
      telekinetic?.step(pushedBefore);
      army?.step();
      syncViews();
      if (script) {
        let fighting = false;
        for (const m of combat.view.mercs) if (m.active && m.alive && (m.state === "shoot" || m.state === "chase" || m.state === "cover" || m.state === "flank")) fighting = true;
        script.step(tick, cmd === deadCmd ? 0 : pressed, playerView.velocity, fighting, respawned);
      }
      countCameras(pushedBefore);
    },
    stateHash(): string {
      const h = new Hasher();
      h.u32v(tick).u32v(rng.a).u32v(rng.b).u32v(rng.c).u32v(rng.d);
      player.hashInto(h);
      combat.hashInto(h);
      runtimeBoxes.hashInto(h);
      army?.hashInto(h);
      telekinetic?.hashInto(h);
      script?.hashInto(h);
      h.u32v(camerasDestroyed);
      for (const b of physics.propBodies) hashBody(h, b);
      return h.hex();
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      disposePhysicsWorld(physics);
      events.clear();
    },
  };
}
