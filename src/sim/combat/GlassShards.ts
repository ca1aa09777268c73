import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import type { CombatHost } from "./CombatHost";
import type { GlassConfig } from "./Glass";

/** One shard as presentation reads it (owned by the core). */
export interface ShardView {
  active: boolean;
  position: { x: number; y: number; z: number };
  yawRad: number;
  pitchRad: number;
  /** Edge length, metres. */
  sizeM: number;
}

/**
 * The shards of broken glass in fixed slots (`maxShards`): thrown from a pane's face,
 * falling onto the floor below them, sliding to rest lying flat within a second or two,
 * gone after `shardLifeS`. They never collide with bodies: a doorway is never blocked.
 */
export class GlassShards {
  readonly views: ShardView[] = [];
  // Per slot: velocity, age, the floor it lands on, spin.
  private readonly vel: Float64Array;
  private readonly age: Float64Array;
  private readonly floorY: Float64Array;
  private readonly spin: Float64Array;
  private next = 0;

  constructor(readonly config: GlassConfig) {
    const n = config.maxShards;
    this.vel = new Float64Array(n * 3);
    this.age = new Float64Array(n);
    this.floorY = new Float64Array(n);
    this.spin = new Float64Array(n);
    for (let i = 0; i < n; i++) this.views.push({ active: false, position: { x: 0, y: 0, z: 0 }, yawRad: 0, pitchRad: 0, sizeM: 0.1 });
  }

  /** Throws a pane's shards from its face along (dx, dy, dz); the oldest slots are reused. */
  spawn(host: CombatHost, center: readonly number[], size: readonly number[], yawRad: number, dx: number, dy: number, dz: number): void {
    const c = this.config;
    const rng = host.rng;
    const cy = DMath.cos(yawRad);
    const sy = DMath.sin(yawRad);
    const bottom = center[1] - size[1] / 2;
    for (let k = 0; k < c.shardsPerPane; k++) {
      const i = this.next;
      this.next = (this.next + 1) % c.maxShards;
      const s = this.views[i];
      // A point on the pane: along its long side and up its height.
      const u = rng.range(-0.5, 0.5);
      const lx = size[0] >= size[2] ? u * size[0] : 0;
      const lz = size[0] >= size[2] ? 0 : u * size[2];
      s.position.x = center[0] + cy * lx + sy * lz;
      s.position.z = center[2] - sy * lx + cy * lz;
      s.position.y = bottom + rng.range(0.05, 0.95) * size[1];
      const speed = rng.range(1, 3.5);
      this.vel[i * 3] = dx * speed + rng.range(-0.8, 0.8);
      this.vel[i * 3 + 1] = dy * speed + rng.range(0, 1.2);
      this.vel[i * 3 + 2] = dz * speed + rng.range(-0.8, 0.8);
      s.yawRad = rng.range(0, 2 * Math.PI);
      s.pitchRad = rng.range(0, 2 * Math.PI);
      s.sizeM = rng.range(0.06, 0.2);
      s.active = true;
      this.age[i] = 0;
      this.spin[i] = rng.range(-12, 12);
      // Where it will land: the floor under the spot it flies toward.
      const fx = s.position.x + this.vel[i * 3] * 0.4;
      const fz = s.position.z + this.vel[i * 3 + 2] * 0.4;
      const floor = host.los.floorAt(fx, fz, s.position.y, () => true);
      this.floorY[i] = floor === Number.NEGATIVE_INFINITY ? bottom - 20 : floor;
    }
  }

  /** One tick: shards fall, land, slide and lie still, and go when their life is over. */
  step(): void {
    const c = this.config;
    const dt = FIXED_DT;
    for (let i = 0; i < this.views.length; i++) {
      const s = this.views[i];
      if (!s.active) continue;
      this.age[i] += dt;
      if (this.age[i] > c.shardLifeS) {
        s.active = false;
        continue;
      }
      const o = i * 3;
      const v = this.vel;
      const onFloor = s.position.y <= this.floorY[i] + 1e-6;
      if (onFloor && v[o] === 0 && v[o + 1] === 0 && v[o + 2] === 0) continue;
      v[o + 1] -= c.gravityMps2 * dt;
      s.position.x += v[o] * dt;
      s.position.y += v[o + 1] * dt;
      s.position.z += v[o + 2] * dt;
      s.yawRad += this.spin[i] * dt;
      s.pitchRad += this.spin[i] * 0.7 * dt;
      if (s.position.y > this.floorY[i]) continue;
      // Glass on a floor: a small bounce, then it slides to rest lying flat.
      s.position.y = this.floorY[i];
      v[o + 1] = -v[o + 1] * 0.15;
      v[o] *= 0.5;
      v[o + 2] *= 0.5;
      this.spin[i] *= 0.4;
      if (DMath.hypot3(v[o], v[o + 1], v[o + 2]) < c.shardRestMps) {
        v[o] = v[o + 1] = v[o + 2] = 0;
        s.pitchRad = 0;
        this.spin[i] = 0;
      }
    }
  }

  /** Shards flying or lying now. */
  get active(): number {
    let n = 0;
    for (const s of this.views) if (s.active) n++;
    return n;
  }

  hashInto(h: Hasher): void {
    h.u32v(this.next);
    // Every slot, live or not (a free slot's numbers are as deterministic as a live one's),
    // with the floor a shard comes to rest on.
    for (let i = 0; i < this.views.length; i++) {
      const s = this.views[i];
      h.bool(s.active).num(s.position.x).num(s.position.y).num(s.position.z).num(s.yawRad).num(s.pitchRad).num(s.sizeM);
      h.num(this.vel[i * 3]).num(this.vel[i * 3 + 1]).num(this.vel[i * 3 + 2]).num(this.age[i]).num(this.spin[i]).num(this.floorY[i]);
    }
  }
}
