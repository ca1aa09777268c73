import { EventRing } from "./core/EventRing";
import { Hasher } from "./core/Hasher";
import { Ids } from "./core/Ids";
import { Rng } from "./core/Rng";
import type { SimEvent } from "./core/SimEvent";
import { Buttons, type InputCmd } from "./input/InputCmd";
import { buildPhysicsWorld, disposePhysicsWorld, stepPhysics } from "./physics/PhysicsWorld";
import { DEFAULT_PLAYER, type PlayerConfig } from "./player/PlayerConfig";
import { PlayerController } from "./player/PlayerController";
import type { PlayerView, PropView, Sim, SimOptions } from "./SimTypes";
import type { Anchor, Level } from "./world/Level";

/** Options of `createSim` beyond the public `SimOptions` (tests tune the player). */
export interface CreateSimOptions extends SimOptions {
  player?: PlayerConfig;
}

// Below the level's lowest point by this much, the player has fallen out and respawns, metres.
const FALL_OUT_M = 10;
const DEG = Math.PI / 180;

function spawnAnchor(level: Level): Anchor {
  const a = level.anchors[level.spawn];
  if (!a) throw new Error(`level "${level.id}" has no spawn anchor "${level.spawn}"`);
  return a;
}

/**
 * Creates the deterministic core for a level: a physics world, the player at the spawn
 * anchor, the seeded generator and the event ring. `step(cmd)` advances one FIXED_DT.
 */
export function createSim(opts: CreateSimOptions): Sim {
  const level = opts.level;
  const seed = opts.seed ?? 1;
  const rng = new Rng(seed);
  const ids = new Ids();
  const events = new EventRing<SimEvent>(1024);
  const physics = buildPhysicsWorld(level);
  const spawn = spawnAnchor(level);
  const player = new PlayerController(physics, spawn, opts.player ?? DEFAULT_PLAYER);
  const body = player.body;
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
    for (let i = 0; i < props.length; i++) {
      const b = physics.propBodies[i];
      const v = props[i];
      v.position.x = b.position.x;
      v.position.y = b.position.y;
      v.position.z = b.position.z;
      v.quaternion.x = b.quaternion.x;
      v.quaternion.y = b.quaternion.y;
      v.quaternion.z = b.quaternion.z;
      v.quaternion.w = b.quaternion.w;
    }
  }

  function testButtons(pressed: number): void {
    if (pressed & Buttons.testBlast) {
      const angle = rng.range(0, 2 * Math.PI);
      const dist = rng.range(4, 12);
      const p = body.position;
      events.push({
        kind: "blast",
        tick,
        position: [p.x + Math.sin(angle) * dist, p.y, p.z + Math.cos(angle) * dist],
        strength: 1,
      });
    }
    if (pressed & Buttons.testRecoil) {
      events.push({ kind: "recoil", tick, pitchRad: 2 * DEG, yawRad: rng.range(-0.5, 0.5) * DEG });
    }
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
    events,
    step(cmd: InputCmd): void {
      if (disposed) throw new Error("step() on a disposed sim");
      const pressed = cmd.buttons & ~player.state.prevButtons;
      testButtons(pressed);
      player.preStep(cmd, events, tick);
      stepPhysics(physics);
      player.postStep();
      tick++;
      if (body.position.y < fallOutY) {
        player.respawn(spawn);
        events.push({ kind: "respawned", tick });
      }
      syncViews();
    },
    stateHash(): string {
      const h = new Hasher();
      h.u32v(tick).u32v(rng.a).u32v(rng.b).u32v(rng.c).u32v(rng.d);
      player.hashInto(h);
      for (const b of physics.propBodies) {
        h.num(b.position.x).num(b.position.y).num(b.position.z);
        h.num(b.quaternion.x).num(b.quaternion.y).num(b.quaternion.z).num(b.quaternion.w);
        h.num(b.velocity.x).num(b.velocity.y).num(b.velocity.z);
        h.num(b.angularVelocity.x).num(b.angularVelocity.y).num(b.angularVelocity.z);
        h.u32v(b.sleepState);
      }
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
