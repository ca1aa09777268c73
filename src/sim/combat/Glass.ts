import type { Shape } from "cannon-es";
import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import type { DamageCause } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import type { PhysicsWorld } from "../physics/PhysicsWorld";
import type { Level, PaneKind } from "../world/Level";
import type { CombatHost } from "./CombatHost";
import { blastFalloff, type ExplosionConfig } from "./CombatConfig";
import { GlassShards, type ShardView } from "./GlassShards";

export type { ShardView } from "./GlassShards";

/** What breaks glass: the damage causes, and Henry running into a pane. */
export type GlassCause = DamageCause | "sprint";

/** Tuning of breakable glass; units in the names. */
export interface GlassConfig {
  /** Damage each kind of pane takes before it breaks (a pistol round does 34). */
  healthByKind: Record<PaneKind, number>;
  /** Henry running at least this fast breaks a pane he runs into, m/s (a walk is 4.5, a sprint 8). */
  sprintBreakMps: number;
  /** Share of his speed Henry keeps going through. */
  sprintKeep01: number;
  /** How far ahead of his body a pane is met, beyond the step's travel, metres. */
  sprintReachM: number;
  shardsPerPane: number;
  /** Most shards flying or lying at once (the oldest goes first). */
  maxShards: number;
  /** A shard is gone this long after the break, seconds. */
  shardLifeS: number;
  /** Shards slower than this on the floor lie still, m/s. */
  shardRestMps: number;
  gravityMps2: number;
  /** Mercenaries this close hear a pane break, metres. */
  heardM: number;
}

export const GLASS: GlassConfig = {
  healthByKind: { partition: 30, door: 30, window: 60 },
  sprintBreakMps: 6,
  sprintKeep01: 0.9,
  sprintReachM: 0.5,
  shardsPerPane: 14,
  maxShards: 112,
  shardLifeS: 5,
  shardRestMps: 0.25,
  gravityMps2: 9.81,
  heardM: 25,
};

/** The glass as presentation reads it: which level boxes are panes, which are broken, the shards. */
export interface GlassView {
  /** Level box index of each pane. */
  readonly boxes: readonly number[];
  /** 1 where a pane is broken (same order as `boxes`). */
  readonly broken: Uint8Array;
  readonly shards: readonly ShardView[];
}

/**
 * The breakable glass of a level: every box with a `pane` is a static body with health.
 * Rounds, throws, blasts, fists and Henry at a sprint damage it; a broken pane leaves
 * physics, sight and navigation at once and throws a bounded pool of shards that lie
 * still on the floor within a second or two and are gone after `shardLifeS` (they never
 * collide: a doorway is never blocked by them).
 */
export class Glass implements GlassView {
  readonly boxes: number[] = [];
  readonly broken: Uint8Array;
  readonly health: Float64Array;
  readonly shards: readonly ShardView[];
  private readonly shardPool: GlassShards;
  private readonly kinds: PaneKind[] = [];
  private readonly paneOfBoxIndex: Int32Array;
  private readonly paneOfShapeMap = new Map<Shape, number>();

  constructor(
    private readonly level: Level,
    physics: PhysicsWorld,
    readonly config: GlassConfig = GLASS,
  ) {
    this.paneOfBoxIndex = new Int32Array(level.boxes.length).fill(-1);
    level.boxes.forEach((b, i) => {
      if (!b.pane) return;
      this.paneOfBoxIndex[i] = this.boxes.length;
      this.paneOfShapeMap.set(physics.staticShapes[i], this.boxes.length);
      this.boxes.push(i);
      this.kinds.push(b.pane);
    });
    this.broken = new Uint8Array(this.boxes.length);
    this.health = new Float64Array(this.boxes.map((_, p) => config.healthByKind[this.kinds[p]]));
    this.shardPool = new GlassShards(config);
    this.shards = this.shardPool.views;
  }

  /** Pane index of a level box, or -1. */
  paneOfBox(box: number): number {
    return box >= 0 && box < this.paneOfBoxIndex.length ? this.paneOfBoxIndex[box] : -1;
  }

  /** Pane index of a static collision shape (what a ray met), or -1. */
  paneOfShape(shape: Shape): number {
    return this.paneOfShapeMap.get(shape) ?? -1;
  }

  /** Shards flying or lying now. */
  get activeShards(): number {
    return this.shardPool.active;
  }

  /** Panes broken so far. */
  get brokenCount(): number {
    let n = 0;
    for (let p = 0; p < this.broken.length; p++) n += this.broken[p];
    return n;
  }

  /**
   * Hurts pane `p` where (hx, hy, hz) was struck, travelling along (dx, dy, dz); returns
   * true when this broke it.
   */
  damage(host: CombatHost, p: number, amount: number, cause: GlassCause, hx: number, hy: number, hz: number, dx: number, dy: number, dz: number): boolean {
    if (p < 0 || this.broken[p] || amount <= 0) return false;
    this.health[p] -= amount;
    if (this.health[p] > 0) return false;
    this.shatter(host, p, cause, hx, hy, hz, dx, dy, dz);
    return true;
  }

  /**
   * A round along the unit direction d from o through the level: a pane it meets takes
   * `damage`, and when that breaks it the round flies on. Returns the distance to what
   * stopped it, or `maxM`.
   */
  round(host: CombatHost, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, maxM: number, damage: number): number {
    const los = host.los;
    let t = los.raycast(ox, oy, oz, dx, dy, dz, maxM);
    const p = this.paneOfBox(los.lastBox);
    if (p >= 0 && t < maxM && this.damage(host, p, damage, "bullet", ox + dx * t, oy + dy * t, oz + dz * t, dx, dy, dz)) {
      t = los.raycast(ox, oy, oz, dx, dy, dz, maxM);
    }
    return t;
  }

  /** A blast at (x, y, z): panes within its radius take its damage by falloff from their nearest point. */
  blast(host: CombatHost, x: number, y: number, z: number, cfg: ExplosionConfig): void {
    for (let p = 0; p < this.boxes.length; p++) {
      if (this.broken[p]) continue;
      const b = this.level.boxes[this.boxes[p]];
      // Panes are upright slabs: the distance to the box, ignoring its yaw, is close enough for a blast.
      const hx = Math.max(b.size[0], b.size[2]) / 2;
      const ex = Math.max(0, Math.abs(x - b.center[0]) - hx);
      const ey = Math.max(0, Math.abs(y - b.center[1]) - b.size[1] / 2);
      const ez = Math.max(0, Math.abs(z - b.center[2]) - hx);
      const d = DMath.hypot3(ex, ey, ez);
      const f = blastFalloff(d, cfg);
      if (f <= 0) continue;
      const l = DMath.hypot3(b.center[0] - x, b.center[1] - y, b.center[2] - z) || 1;
      this.damage(host, p, cfg.damage * f, "explosion", b.center[0], b.center[1], b.center[2], (b.center[0] - x) / l, (b.center[1] - y) / l, (b.center[2] - z) / l);
    }
  }

  /**
   * Before the physics step: Henry at a sprint breaks the pane ahead of him (and keeps most
   * of his speed); shards fly, land and lie still.
   */
  step(host: CombatHost): void {
    const c = this.config;
    const h = host.henry;
    const v = h.body.velocity;
    const speed = DMath.hypot(v.x, v.z);
    if (!h.dead && speed >= c.sprintBreakMps) {
      const p = h.body.position;
      const dx = v.x / speed;
      const dz = v.z / speed;
      const reach = 0.3 + speed * FIXED_DT + c.sprintReachM;
      // Chest and knee height: a door pane or a partition, whichever he meets first.
      for (const up of [1.1, 0.5]) {
        const t = host.los.raycast(p.x, p.y + up, p.z, dx, 0, dz, reach);
        const pane = this.paneOfBox(host.los.lastBox);
        if (pane < 0 || t >= reach) continue;
        if (this.damage(host, pane, Number.POSITIVE_INFINITY, "sprint", p.x + dx * t, p.y + up, p.z + dz * t, dx, 0, dz)) {
          v.x *= c.sprintKeep01;
          v.z *= c.sprintKeep01;
        }
        break;
      }
    }
    this.shardPool.step();
  }

  private shatter(host: CombatHost, p: number, cause: GlassCause, hx: number, hy: number, hz: number, dx: number, dy: number, dz: number): void {
    this.broken[p] = 1;
    this.health[p] = 0;
    const box = this.boxes[p];
    const b = this.level.boxes[box];
    host.los.setOff(box, true);
    // The pane's shape leaves its body (a body of glass alone leaves the world).
    const body = host.physics.staticBodies[box];
    const shape = host.physics.staticShapes[box];
    if (shape.body === body) body.removeShape(shape);
    if (body.shapes.length === 0 && body.world) host.physics.world.removeBody(body);
    // Navigation surveys again just the pane's footprint (turned by its yaw).
    const cy = Math.abs(DMath.cos(b.yawRad ?? 0));
    const sy = Math.abs(DMath.sin(b.yawRad ?? 0));
    const ex = (cy * b.size[0] + sy * b.size[2]) / 2;
    const ez = (sy * b.size[0] + cy * b.size[2]) / 2;
    host.nav.refresh(b.center[0] - ex, b.center[2] - ez, b.center[0] + ex, b.center[2] + ez);
    host.stats.glassBroken++;
    host.events.push({
      kind: "glass",
      tick: host.tick,
      pane: p,
      box,
      position: [b.center[0], b.center[1], b.center[2]],
      hit: [hx, hy, hz],
      cause,
      sizeM: [Math.max(b.size[0], b.size[2]), b.size[1]],
    });
    host.noise(hx, hy, hz, this.config.heardM);
    this.shardPool.spawn(host, b.center, b.size, b.yawRad ?? 0, dx, dy, dz);
  }

  hashInto(h: Hasher): void {
    for (let p = 0; p < this.boxes.length; p++) h.num(this.health[p]).u32v(this.broken[p]);
    this.shardPool.hashInto(h);
  }
}
