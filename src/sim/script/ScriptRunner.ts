import type { ChaseStep, Cue, SetPieceDef } from "../../content/script";
import { type LineLeg, resolveLine } from "../ai/ChaseLine";
import { Courier, type CourierAct, type CourierSees } from "../ai/Courier";
import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import type { Rng } from "../core/Rng";
import { Buttons } from "../input/InputCmd";
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
  /** Puts Henry back at the checkpoint now (a chase lost). */
  restart(): void;
}

/** The courier as presentation (and the bot's eyes) read him. */
export interface CourierView {
  readonly active: boolean;
  readonly position: { x: number; y: number; z: number };
  readonly yawRad: number;
  readonly act: CourierAct;
  readonly moveProgress01: number;
  readonly lookBack01: number;
  /** Caught: the device is in Henry's hand now. */
  readonly caught: boolean;
  /** The device's glow, 0..1 (the view's light and the music follow it). */
  readonly devicePulse01: number;
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
  readonly courier: CourierView;
}

/**
 * Runs a set piece inside the core: the director's beats and Jimmy, against the world
 * the sim provides. Stepped after the physics each tick.
 */
export class ScriptRunner implements ScriptView {
  readonly director: Director;
  readonly jimmy: Jimmy;
  readonly courier: Courier;
  /** The chase's fastest line (every branch's first way), for the autopilot; empty without a chase. */
  chaseLine: LineLeg[] = [];
  private chaseLines: { warn: string[]; lost: string } = { warn: [], lost: "" };
  /** Henry as the courier sees him, rewritten each tick. */
  private readonly seen: CourierSees = { x: 0, y: 0, z: 0, speedMps: 0, punched: false, fighting: false };
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
    private readonly rng: Rng,
  ) {
    this.director = new Director(piece);
    this.jimmy = new Jimmy(undefined, piece.nags);
    this.courier = new Courier(rng);
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
      caught: () => this.courier.caught,
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

  /**
   * One tick, after physics. `pressed` holds this tick's button edges; `respawned` is true
   * on the tick Henry was put back at a checkpoint (the courier goes back on his line).
   */
  step(tick: number, pressed: number, velocity: { x: number; z: number }, fighting: boolean, respawned = false): void {
    this.hostState.tick = tick;
    this.hostState.pressed = pressed;
    const p = this.hostState.player.position;
    if (respawned) this.courier.restartNear(p.x, p.y, p.z);
    this.stepCourier(pressed, velocity, fighting);
    this.director.step(this.host);
    if (this.director.finished) return;
    const nag = this.jimmy.step({ x: p.x, y: p.y, z: p.z, vx: velocity.x, vz: velocity.z }, fighting);
    if (nag && this.director.say(nag, tick)) this.world.present({ kind: "line", line: nag }, tick);
  }

  /** The chase: the courier runs; his news becomes Jimmy's shouts, or a restart when he is lost. */
  private stepCourier(pressed: number, velocity: { x: number; z: number }, fighting: boolean): void {
    if (!this.courier.active) return;
    const p = this.hostState.player.position;
    const tick = this.hostState.tick;
    const seen = this.seen;
    seen.x = p.x;
    seen.y = p.y;
    seen.z = p.z;
    seen.speedMps = DMath.hypot(velocity.x, velocity.z);
    seen.punched = (pressed & Buttons.melee) !== 0;
    seen.fighting = fighting;
    const news = this.courier.step(seen);
    const line = news === "warn1" ? this.chaseLines.warn[0] : news === "warn2" ? this.chaseLines.warn[1] : news === "lost" ? this.chaseLines.lost : undefined;
    if (line && this.director.say(line, tick, true)) this.world.present({ kind: "line", line }, tick);
    if (news === "lost") this.world.restart();
  }

  goal(): DirectorGoal {
    return this.director.goal(this.host);
  }

  hashInto(h: Hasher): void {
    this.director.hashInto(h);
    this.jimmy.hashInto(h);
    this.courier.hashInto(h);
  }

  /** Resolves the chase's line: the courier's (his branches seeded), and the fastest for the autopilot. */
  private startChase(start: string, route: ChaseStep[], warn: string[], lost: string): void {
    const a = this.world.anchor(start);
    if (!a) return;
    const anchor = (n: string) => this.world.anchor(n);
    this.chaseLine = resolveLine(route, anchor, () => 0, a.position);
    this.courier.start(resolveLine(route, anchor, (n) => this.rng.int(0, n - 1), a.position));
    this.chaseLines = { warn, lost };
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
      case "courier":
        this.startChase(cue.start, cue.route, cue.warn, cue.lost);
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
