import type { Cue, SetPieceDef } from "../../content/script";
import type { Hasher } from "../core/Hasher";
import type { Anchor } from "../world/Level";
import { Director, type DirectorGoal, type DirectorHost } from "./Director";
import { Jimmy } from "./Jimmy";

/** What the script needs from the rest of the core (combat, doors, props). */
export interface ScriptWorld {
  anchor(name: string): Anchor | undefined;
  /** Enemies of a group (named in a `spawn` cue) still standing. */
  enemiesAlive(group: string): number;
  /** Brings a group's enemies in at (or around) these anchors. */
  spawnGroup(group: string, anchors: Anchor[]): void;
  explode(anchor: Anchor, strength: number): void;
  itemTaken(item: string): boolean;
  /** Puts a loaded gun in Henry's hands. */
  arm(weapon: "pistol" | "rifle", rounds: number): void;
  /** A cue only presentation acts on (operator, time of day, actors, shake, lines). */
  present(cue: Cue, tick: number): void;
  /** The checkpoint moved (death restarts here). */
  checkpoint(anchor: Anchor, name: string): void;
}

/** The script as presentation reads it each frame. */
export interface ScriptView {
  readonly pieceId: string;
  readonly intensity: number;
  readonly subtitle: { line: string; speaker: string; text: string } | null;
  readonly objective: string | null;
  readonly finished: boolean;
  readonly finishTick: number;
  /** The anchor the script wants looked at now (the calibration marks), or null. */
  readonly lookTarget: string | null;
  /** Jimmy: where he is, his facing and guise, and the route point he runs to or waits at. */
  readonly jimmy: { active: boolean; position: { x: number; y: number; z: number }; yawRad: number; guise: string; readonly target: Anchor | null };
}

/**
 * Runs a set piece inside the core: the director's beats and Jimmy, against the world
 * the sim provides. Stepped after the physics each tick.
 */
export class ScriptRunner implements ScriptView {
  readonly director: Director;
  readonly jimmy = new Jimmy();
  private readonly hostState: {
    tick: number;
    pressed: number;
    player: DirectorHost["player"];
  };
  private readonly host: DirectorHost;

  constructor(
    readonly piece: SetPieceDef,
    private readonly world: ScriptWorld,
    player: DirectorHost["player"],
  ) {
    this.director = new Director(piece);
    this.hostState = { tick: 0, pressed: 0, player };
    const hs = this.hostState;
    this.host = {
      get tick() {
        return hs.tick;
      },
      get pressed() {
        return hs.pressed;
      },
      player,
      anchor: (n) => world.anchor(n),
      enemiesAlive: (g) => world.enemiesAlive(g),
      itemTaken: (i) => world.itemTaken(i),
      perform: (cue) => this.perform(cue),
    };
  }

  get pieceId(): string {
    return this.piece.id;
  }
  get intensity(): number {
    return this.director.intensity;
  }
  get subtitle(): ScriptView["subtitle"] {
    return this.director.subtitle;
  }
  get objective(): string | null {
    return this.director.objective;
  }
  get finished(): boolean {
    return this.director.finished;
  }
  get finishTick(): number {
    return this.director.finishTick;
  }
  get lookTarget(): string | null {
    return this.director.lookTarget;
  }

  /** One tick, after physics. `pressed` holds this tick's button edges. */
  step(tick: number, pressed: number, velocity: { x: number; z: number }, fighting: boolean): void {
    this.hostState.tick = tick;
    this.hostState.pressed = pressed;
    this.director.step(this.host);
    if (this.director.finished) return;
    const p = this.hostState.player.position;
    const nag = this.jimmy.step({ x: p.x, y: p.y, z: p.z, vx: velocity.x, vz: velocity.z }, fighting);
    if (nag && this.director.say(nag, tick)) this.world.present({ kind: "line", line: nag }, tick);
  }

  goal(): DirectorGoal {
    return this.director.goal(this.host);
  }

  hashInto(h: Hasher): void {
    this.director.hashInto(h);
    this.jimmy.hashInto(h);
  }

  private perform(cue: Cue): void {
    const w = this.world;
    const tick = this.hostState.tick;
    switch (cue.kind) {
      case "spawn": {
        const anchors = cue.anchors.map((n) => w.anchor(n)).filter((a): a is Anchor => a !== undefined);
        w.spawnGroup(cue.group, anchors);
        break;
      }
      case "explosion": {
        const a = w.anchor(cue.anchor);
        if (a) w.explode(a, cue.strength);
        w.present(cue, tick);
        break;
      }
      case "checkpoint": {
        const a = w.anchor(cue.anchor);
        if (a) w.checkpoint(a, cue.anchor);
        break;
      }
      case "arm":
        w.arm(cue.weapon, cue.rounds);
        w.present(cue, tick);
        break;
      case "jimmy": {
        const route = cue.route.map((n) => w.anchor(n)).filter((a): a is Anchor => a !== undefined);
        this.jimmy.setRoute(route, cue.guise);
        w.present(cue, tick);
        break;
      }
      default:
        w.present(cue, tick);
    }
  }
}
