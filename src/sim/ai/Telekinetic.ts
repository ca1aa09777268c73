import { Body, Box, Vec3 } from "cannon-es";
import type { Cue } from "../../content/script";
import type { Combat } from "../combat/Combat";
import type { ScriptActor } from "../script/coreScriptWorld";
import type { RuntimeBoxes } from "../combat/RuntimeBoxes";
import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import { HENRY, type SimEvent } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import { CollisionGroups } from "../physics/CollisionGroups";
import type { Anchor, Level } from "../world/Level";
import type { Difficulty } from "./MercConfig";
import { TELEKINETIC, type TelekineticConfig } from "./TelekineticConfig";
import { TelekineticThrow, type ThrowPick, type ThrowView } from "./TelekineticThrow";
import { pickThrow } from "./throwPicker";

export type AkanPhase = "away" | "watch" | "join" | "panic" | "beaten";
const PHASES: readonly AkanPhase[] = ["away", "watch", "join", "panic", "beaten"];

/** The telekinetic as presentation, the bot and the script read him. */
export interface AkanView {
  readonly phase: AkanPhase;
  /** Feet, metres; and facing, radians (0 looks down -Z). */
  readonly position: { x: number; y: number; z: number };
  readonly yawRad: number;
  readonly health01: number;
  /** His barrier is down: Henry's rounds hurt him now (he is lifting something heavy, or panicking). */
  readonly exposed: boolean;
  /** He is working his power (arms raised) or reeling from a hit. */
  readonly casting: boolean;
  readonly staggered: boolean;
}

/** Everything the telekinetic side of the finale shows. */
export interface TelekinesisView {
  readonly akan: AkanView;
  readonly throw: ThrowView;
}

/**
 * Akan, the telekinetic: he watches from the balcony, then joins the fight from the helipad
 * and throws the roof at Henry one object at a time, each with its telegraph; he panics
 * when hurt. His barrier turns Henry's rounds except while he lifts something heavy (in
 * panic, anything): that is when he can be shot, and a hit makes him drop it. Fists go
 * through the barrier. Beaten, he kneels.
 */
export class Telekinetic implements AkanView, TelekinesisView, ScriptActor {
  readonly body: Body;
  readonly throw: TelekineticThrow;
  private phaseId = 0;
  readonly position = { x: 0, y: 0, z: 0 };
  yawRad = 0;
  health: number;
  private staggerS = 0;
  private suppressS = 0;
  private nextLiftS = 0;
  private heavyNext = true;
  private throws = 0;
  private readonly moveFrom = { x: 0, y: 0, z: 0 };
  private readonly moveTo = { x: 0, y: 0, z: 0 };
  private moveT = 1;

  constructor(
    private readonly level: Level,
    private readonly combat: Combat,
    private readonly boxes: RuntimeBoxes,
    private readonly difficulty: Difficulty,
    readonly config: TelekineticConfig = TELEKINETIC,
  ) {
    this.health = config.blows;
    this.throw = new TelekineticThrow(level, combat, boxes, config, difficulty);
    this.body = new Body({
      type: Body.KINEMATIC,
      mass: 0,
      collisionFilterGroup: CollisionGroups.enemy,
      collisionFilterMask: CollisionGroups.player | CollisionGroups.prop,
    });
    this.body.addShape(new Box(new Vec3(config.halfWidthM, config.heightM / 2, config.halfWidthM)));
  }

  get akan(): AkanView {
    return this;
  }
  get phase(): AkanPhase {
    return PHASES[this.phaseId];
  }
  get health01(): number {
    return this.health / this.config.blows;
  }
  get staggered(): boolean {
    return this.staggerS > 0;
  }
  get casting(): boolean {
    return this.throw.lifting || this.staggerS > 0;
  }
  get exposed(): boolean {
    if (this.phaseId !== 2 && this.phaseId !== 3) return false;
    return this.throw.lifting && (this.throw.heavy || this.phaseId === 3);
  }
  /** Whether he still stands (the script's group "akan"). */
  get standing(): boolean {
    return this.phaseId >= 1 && this.phaseId <= 3;
  }
  /** Whether he is still unhurt enough not to panic (the script's group "akan.calm"). */
  get calm(): boolean {
    return this.phaseId !== 0 && this.health01 > this.config.panicHealth01;
  }

  /** The script's groups: "akan" while he stands, "akan.calm" until he is hurt enough to panic. */
  remaining(group: string): number {
    if (group === "akan") return this.standing ? 1 : 0;
    if (group === "akan.calm") return this.calm ? 1 : 0;
    return -1;
  }

  spawn(_group: string): boolean {
    return false;
  }

  cue(cue: Cue): void {
    if (cue.kind === "telekinetic") this.setPhase(cue.phase, this.level.anchors[cue.anchor]);
  }

  /** A script cue: watch from, join the fight at, or panic and fall back to an anchor. */
  setPhase(phase: "watch" | "join" | "panic", at: Anchor | undefined): void {
    if (this.phaseId === 4) return;
    const was = this.phaseId;
    this.phaseId = PHASES.indexOf(phase);
    if (!at) return;
    if (was === 0) {
      this.position.x = at.position[0];
      this.position.y = at.position[1];
      this.position.z = at.position[2];
      this.yawRad = at.yawRad;
      this.moveT = 1;
      this.combat.physics.world.addBody(this.body);
    } else {
      this.moveFrom.x = this.position.x;
      this.moveFrom.y = this.position.y;
      this.moveFrom.z = this.position.z;
      this.moveT = 0;
    }
    this.moveTo.x = at.position[0];
    this.moveTo.y = at.position[1];
    this.moveTo.z = at.position[2];
    this.nextLiftS = Math.max(this.nextLiftS, phase === "join" ? this.config.moveS : 0.5);
    this.syncBody();
  }

  /** One tick, after physics: hits on him from this tick's events, his move, and the throw. */
  step(eventsSince: number): void {
    if (this.phaseId === 0) return;
    this.combat.events.forEachSince(eventsSince, this.onEvent);
    if (this.moveT < 1) {
      this.moveT = Math.min(1, this.moveT + FIXED_DT / this.config.moveS);
      const k = this.moveT * this.moveT * (3 - 2 * this.moveT);
      this.position.x = this.moveFrom.x + (this.moveTo.x - this.moveFrom.x) * k;
      this.position.y = this.moveFrom.y + (this.moveTo.y - this.moveFrom.y) * k;
      this.position.z = this.moveFrom.z + (this.moveTo.z - this.moveFrom.z) * k;
      this.syncBody();
    }
    const p = this.combat.henry.body.position;
    if (this.phaseId !== 4) this.yawRad = DMath.atan2(-(p.x - this.position.x), -(p.z - this.position.z));
    if (this.staggerS > 0) this.staggerS -= FIXED_DT;
    const ended = this.throw.step();
    if (ended === "released") this.nextLiftS = this.config[this.phaseId === 3 ? "gapPanicS" : "gapJoinS"] * this.config.gapScale[this.difficulty];
    if (this.phaseId !== 2 && this.phaseId !== 3) return;
    if (this.throw.active || this.staggerS > 0 || this.moveT < 1 || this.combat.health.dead) return;
    this.nextLiftS -= FIXED_DT;
    if (this.suppressS > 0) {
      this.suppressS -= FIXED_DT;
      return;
    }
    if (this.nextLiftS > 0) return;
    const pick: ThrowPick | null = pickThrow(this.level, this.combat, this.boxes, this.config, this.heavyNext && this.phaseId === 2);
    if (!pick) {
      this.heavyNext = !this.heavyNext;
      this.nextLiftS = 0.5;
      return;
    }
    this.heavyNext = !this.config.throwables[pick.kind].heavy;
    this.throw.begin(pick, ++this.throws);
  }

  private readonly onEvent = (e: SimEvent): void => {
    if (e.kind === "shot" && e.shooter === HENRY && this.onBody(e.to[0], e.to[1], e.to[2])) {
      this.struck(e.to[0], e.to[1], e.to[2], false);
    } else if (e.kind === "melee" && this.inReach()) {
      this.struck(this.position.x, this.position.y + 1.2, this.position.z, true);
    }
  };

  /** A round or a fist met him: it hurts when his guard is down (fists always), else the barrier turns it. */
  private struck(x: number, y: number, z: number, fist: boolean): void {
    if (this.phaseId === 4) return;
    const hurts = fist ? this.phaseId >= 2 : this.exposed;
    if (hurts) {
      this.health = Math.max(0, this.health - 1);
      this.combat.stats.hits++;
      this.throw.cancel();
      this.staggerS = this.config.staggerS;
      if (this.health <= 0) {
        this.phaseId = 4;
        this.moveT = 1;
      }
    } else this.suppressS = Math.min(this.config.suppressMaxS, this.suppressS + this.config.suppressPerHitS);
    this.combat.events.push({ kind: "akanHit", tick: this.combat.tick, hurt: hurts, health01: this.health01, position: [x, y, z] });
  }

  private onBody(x: number, y: number, z: number): boolean {
    const r = this.config.halfWidthM + 0.06;
    return Math.abs(x - this.position.x) <= r && Math.abs(z - this.position.z) <= r && y >= this.position.y - 0.05 && y <= this.position.y + this.config.heightM + 0.05;
  }

  /** Henry's fist reaches him: near enough, facing him, at about the same height. */
  private inReach(): boolean {
    const h = this.combat.henry;
    const p = h.body.position;
    const dx = this.position.x - p.x;
    const dz = this.position.z - p.z;
    const d = DMath.hypot(dx, dz);
    if (d > this.config.meleeReachM || Math.abs(this.position.y - p.y) > 1) return false;
    return d < 0.3 || (-DMath.sin(h.yawRad) * dx - DMath.cos(h.yawRad) * dz) / d > 0.6;
  }

  private syncBody(): void {
    this.body.position.set(this.position.x, this.position.y + this.config.heightM / 2, this.position.z);
    this.body.aabbNeedsUpdate = true;
  }

  hashInto(h: Hasher): void {
    h.u32v(this.phaseId).num(this.position.x).num(this.position.y).num(this.position.z).num(this.yawRad);
    h.num(this.health).num(this.staggerS).num(this.suppressS).num(this.nextLiftS).bool(this.heavyNext).u32v(this.throws).num(this.moveT);
    this.throw.hashInto(h);
  }
}
