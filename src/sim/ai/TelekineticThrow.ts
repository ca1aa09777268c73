import type { Combat } from "../combat/Combat";
import type { RuntimeBoxes } from "../combat/RuntimeBoxes";
import { Body } from "cannon-es";
import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import { CollisionGroups } from "../physics/CollisionGroups";
import type { Level } from "../world/Level";
import type { Difficulty } from "./MercConfig";
import { type TelekineticConfig, type ThrowKind, warnS } from "./TelekineticConfig";

export type ThrowStage = "none" | "tremble" | "rise" | "charge" | "flight";
const STAGES: readonly ThrowStage[] = ["none", "tremble", "rise", "charge", "flight"];
/** Where the thrown thing comes from: a runtime box, a prop, or a rifle lying as a pickup. */
type Source = "box" | "prop" | "pickup";

/** The throw as presentation and the bot read it (owned by the core; copy what you keep). */
export interface ThrowView {
  readonly id: number;
  readonly stage: ThrowStage;
  readonly kind: ThrowKind | null;
  /** The object's centre, metres. */
  readonly position: { x: number; y: number; z: number };
  readonly radiusM: number;
  /** Telegraph glow, 0 (none) to 1 (about to fly). */
  readonly glow01: number;
  /** Seconds left before it flies (0 once in flight). */
  readonly releaseInS: number;
  /** Whether its path is fixed: from the staging point toward where Henry was. */
  readonly locked: boolean;
  readonly from: { x: number; y: number; z: number };
  readonly to: { x: number; y: number; z: number };
}

/** The target the caller picked for a throw. */
export interface ThrowPick {
  kind: ThrowKind;
  source: Source;
  index: number;
  x: number;
  y: number;
  z: number;
}

const HENRY_RADIUS_M = 0.35;
/** A wreck never lies nearer the wife than this beyond its own half length, metres. */
const KEEP_CLEAR_OF_WIFE_M = 1.2;
/** What a prop collides with once it is back in the world (as PhysicsWorld builds props). */
const PROP_MASK = CollisionGroups.static | CollisionGroups.player | CollisionGroups.prop | CollisionGroups.enemy | CollisionGroups.debris;
/** Where a throw is aimed: Henry's chest, standing and crouched, above his feet. */
const HENRY_CHEST_M = 1.15;
const HENRY_CROUCHED_CHEST_M = 0.75;
const SUBSTEPS = 4;

/**
 * One telekinetic throw at a time: the telegraph (tremble, rise, charge), the path locked
 * `lockBeforeReleaseS` before release at Henry's chest, a straight flight, and its end on
 * Henry, on cover (a heavy one breaks a barrier), on the floor or out of range.
 */
export class TelekineticThrow implements ThrowView {
  id = 0;
  private stageId = 0;
  private t = 0;
  kind: ThrowKind | null = null;
  private source: Source = "box";
  private index = -1;
  readonly position = { x: 0, y: 0, z: 0 };
  private readonly rest = { x: 0, y: 0, z: 0 };
  readonly from = { x: 0, y: 0, z: 0 };
  readonly to = { x: 0, y: 0, z: 0 };
  private readonly dir = { x: 0, y: 0, z: 0 };
  private flownM = 0;
  locked = false;
  private warn = 1;
  /** Whether level box `i` is floor (bound once: the flight asks every sub-step). */
  private readonly walkable = (i: number): boolean => this.level.boxes[i].walkable;

  constructor(
    private readonly level: Level,
    private readonly combat: Combat,
    private readonly boxes: RuntimeBoxes,
    private readonly config: TelekineticConfig,
    private readonly difficulty: Difficulty,
  ) {}

  get stage(): ThrowStage {
    return STAGES[this.stageId];
  }
  get radiusM(): number {
    return this.kind ? this.config.throwables[this.kind].radiusM : 0;
  }
  get heavy(): boolean {
    return this.kind !== null && this.config.throwables[this.kind].heavy;
  }
  /** Seconds since the lift began (the telegraph's age). */
  get liftedS(): number {
    return this.t;
  }
  get releaseInS(): number {
    return this.stageId >= 1 && this.stageId <= 3 ? Math.max(0, this.warn - this.t) : 0;
  }
  get glow01(): number {
    if (this.stageId === 4) return 1;
    return this.stageId === 0 ? 0 : Math.min(1, this.t / this.warn);
  }
  /** In the telegraph (lifted, not yet flying). */
  get lifting(): boolean {
    return this.stageId >= 1 && this.stageId <= 3;
  }
  get active(): boolean {
    return this.stageId !== 0;
  }

  /** Starts the telegraph on a picked object. */
  begin(pick: ThrowPick, id: number): void {
    this.id = id;
    this.kind = pick.kind;
    this.source = pick.source;
    this.index = pick.index;
    this.stageId = 1;
    this.t = 0;
    this.locked = false;
    this.flownM = 0;
    this.warn = warnS(this.config, this.difficulty);
    this.rest.x = this.position.x = pick.x;
    this.rest.y = this.position.y = pick.y;
    this.rest.z = this.position.z = pick.z;
    const c = this.combat;
    if (pick.source === "box") {
      const v = this.boxes.views[pick.index];
      this.boxes.remove(v, "lifted");
    } else if (pick.source === "prop") {
      const b = c.physics.propBodies[pick.index];
      b.type = Body.KINEMATIC;
      b.collisionFilterMask = 0;
      b.velocity.set(0, 0, 0);
      b.angularVelocity.set(0, 0, 0);
      b.wakeUp();
    } else c.pickups.views[pick.index].active = false;
    this.push("lift", false);
  }

  /** One tick. Returns "released" on the tick it flies, "ended" on the tick it ends, else null. */
  step(): "released" | "ended" | null {
    if (this.stageId === 0) return null;
    const c = this.config;
    const dt = FIXED_DT;
    this.t += dt;
    if (this.stageId < 4) {
      const scale = c.warnScale[this.difficulty];
      const riseStart = c.trembleS * scale;
      const riseEnd = (c.trembleS + c.riseS) * scale;
      const k = Math.min(1, Math.max(0, (this.t - riseStart) / (riseEnd - riseStart)));
      this.stageId = this.t < riseStart ? 1 : this.t < riseEnd ? 2 : 3;
      this.place(this.rest.x, this.rest.y + c.riseM * k * k * (3 - 2 * k), this.rest.z);
      if (!this.locked && this.t >= this.warn - c.lockBeforeReleaseS) this.lock();
      if (this.t >= this.warn) {
        this.stageId = 4;
        this.push("release", false);
        return "released";
      }
      return null;
    }
    return this.fly(dt) ? "ended" : null;
  }

  /** Fixes the path: from where the object hangs toward Henry's chest now. */
  private lock(): void {
    const p = this.combat.henry.body.position;
    this.locked = true;
    // It flies from where it hangs once charged: straight above its rest.
    const fy = this.rest.y + this.config.riseM;
    this.from.x = this.rest.x;
    this.from.y = fy;
    this.from.z = this.rest.z;
    const dx = p.x - this.from.x;
    const dy = p.y + (this.combat.henry.crouched ? HENRY_CROUCHED_CHEST_M : HENRY_CHEST_M) - fy;
    const dz = p.z - this.from.z;
    const l = DMath.hypot3(dx, dy, dz) || 1;
    this.dir.x = dx / l;
    this.dir.y = dy / l;
    this.dir.z = dz / l;
    // The shown path runs on past Henry to where it would meet the floor.
    const reach = this.dir.y < -1e-3 ? Math.min(this.config.maxFlightM, (fy - p.y) / -this.dir.y) : this.config.maxFlightM;
    this.to.x = this.from.x + this.dir.x * reach;
    this.to.y = this.from.y + this.dir.y * reach;
    this.to.z = this.from.z + this.dir.z * reach;
    this.push("lock", false);
  }

  /** Moves the flight on one tick in sub-steps; true when it ended. */
  private fly(dt: number): boolean {
    const cfg = this.config.throwables[this.kind ?? "crate"];
    const step = (cfg.speedMps * dt) / SUBSTEPS;
    const los = this.combat.los;
    for (let s = 0; s < SUBSTEPS; s++) {
      const { x, y, z } = this.position;
      if (this.hitsHenry(x, y, z, cfg.radiusM)) {
        const diffScale = this.combat.difficulty.damage / 8;
        this.combat.damageHenry(cfg.damage * diffScale, this.from.x, this.from.y, this.from.z, "throw");
        const hv = this.combat.henry.body.velocity;
        hv.x += this.dir.x * cfg.knockMps;
        hv.z += this.dir.z * cfg.knockMps;
        this.end(x, y, z, true);
        return true;
      }
      const wall = los.raycast(x, y, z, this.dir.x, this.dir.y, this.dir.z, step + cfg.radiusM * 0.5);
      if (wall < step + cfg.radiusM * 0.5) {
        const box = los.lastBox;
        const cover = box >= 0 ? this.boxes.ofBox(box) : undefined;
        if (cover && cover.kind === "barrier" && cover.state === "rest" && cfg.heavy) {
          this.boxes.remove(cover, "broken");
          this.combat.events.push({ kind: "coverBroken", tick: this.combat.tick, box, position: [cover.position.x, cover.position.y, cover.position.z] });
        }
        this.end(x + this.dir.x * wall, y + this.dir.y * wall, z + this.dir.z * wall, false);
        return true;
      }
      const floor = los.floorAt(x, z, y + 0.5, this.walkable);
      if (y - cfg.radiusM * 0.6 <= floor || this.flownM > this.config.maxFlightM) {
        this.end(x, Math.max(y, floor), z, false);
        return true;
      }
      this.place(x + this.dir.x * step, y + this.dir.y * step, z + this.dir.z * step);
      this.flownM += step;
    }
    return false;
  }

  /** Whether a sphere at (x, y, z) touches Henry's standing body (an upright segment with a radius). */
  private hitsHenry(x: number, y: number, z: number, r: number): boolean {
    const h = this.combat.henry;
    if (h.dead) return false;
    const p = h.body.position;
    const top = p.y + (h.crouched ? 1.2 : 1.8);
    const cy = Math.max(p.y + 0.2, Math.min(top, y));
    return DMath.hypot3(x - p.x, y - cy, z - p.z) < r + HENRY_RADIUS_M;
  }

  /** Drops what is held where it is (Akan was hurt, or beaten): no flight, no harm. */
  cancel(): void {
    if (!this.lifting) return;
    this.push("cancel", false);
    this.settle(this.position.x, this.position.y, this.position.z, 0);
  }

  private end(x: number, y: number, z: number, hitHenry: boolean): void {
    this.place(x, y, z);
    this.push("impact", hitHenry);
    this.settle(x, y, z, this.config.throwables[this.kind ?? "crate"].speedMps * 0.3);
  }

  /** Hands the object back to the world where it stopped: a wreck, a tumbling prop, a rifle to pick up. */
  private settle(x: number, y: number, z: number, speedMps: number): void {
    const c = this.combat;
    const floor = c.los.floorAt(x, z, y + 0.5, this.walkable);
    const floorY = floor === -Infinity ? y : floor;
    if (this.source === "box") {
      const v = this.boxes.views[this.index];
      const yaw = v.yawRad + c.rng.range(-0.6, 0.6);
      // Nothing he throws comes down on the wife he holds: a wreck near her is pushed clear.
      const w = this.level.anchors.estelle;
      const keep = DMath.hypot(v.size[0], v.size[2]) / 2 + KEEP_CLEAR_OF_WIFE_M;
      if (w) {
        const dx = x - w.position[0];
        const dz = z - w.position[2];
        const d = DMath.hypot(dx, dz);
        if (d < keep) {
          x = w.position[0] + (d > 1e-3 ? dx / d : 1) * keep;
          z = w.position[2] + (d > 1e-3 ? dz / d : 0) * keep;
        }
      }
      this.boxes.wreck(v, x, floorY, z, yaw, c.rng.range(-0.15, 0.15), (px, pz, r) => this.clearOfPeople(px, pz, r));
    } else if (this.source === "prop") {
      const b = c.physics.propBodies[this.index];
      b.type = Body.DYNAMIC;
      b.collisionFilterMask = PROP_MASK;
      b.velocity.set(this.dir.x * speedMps, Math.abs(this.dir.y) * speedMps * 0.3, this.dir.z * speedMps);
      b.wakeUp();
    } else c.dropWeapon("rifle", x, floorY, z);
    this.stageId = 0;
    this.kind = null;
  }

  private clearOfPeople(x: number, z: number, r: number): boolean {
    const p = this.combat.henry.body.position;
    if (DMath.hypot(p.x - x, p.z - z) < r + 0.6) return false;
    for (const m of this.combat.mercs.list) if (m.active && m.alive && DMath.hypot(m.x - x, m.z - z) < r + 0.5) return false;
    return true;
  }

  /** Moves the object (and whatever carries its pose) to a point. */
  private place(x: number, y: number, z: number): void {
    this.position.x = x;
    this.position.y = y;
    this.position.z = z;
    if (this.source === "box") {
      const v = this.boxes.views[this.index];
      v.position.x = x;
      v.position.y = y;
      v.position.z = z;
    } else if (this.source === "prop") this.combat.physics.propBodies[this.index].position.set(x, y, z);
  }

  private push(stage: "lift" | "lock" | "release" | "impact" | "cancel", hitHenry: boolean): void {
    const p = this.position;
    this.combat.events.push({ kind: "telekinesis", tick: this.combat.tick, stage, throwId: this.id, what: this.kind ?? "crate", position: [p.x, p.y, p.z], hitHenry });
  }

  hashInto(h: Hasher): void {
    h.u32v(this.id).u32v(this.stageId).num(this.t).str(this.kind ?? "").str(this.source).u32v(this.index >>> 0);
    h.num(this.position.x).num(this.position.y).num(this.position.z).num(this.dir.x).num(this.dir.y).num(this.dir.z);
    h.num(this.flownM).bool(this.locked).num(this.warn);
  }
}
