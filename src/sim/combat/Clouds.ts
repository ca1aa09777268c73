import { Vec3 } from "cannon-es";
import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import type { CombatHost } from "./CombatHost";

const _kick = new Vec3();

/** Tuning of an extinguisher's cloud; units in the names. */
export interface CloudConfig {
  /** Full radius of the cloud, metres. */
  radiusM: number;
  /** It swells to full size over this, seconds. */
  growS: number;
  /** It blocks sight this long after the burst, seconds. */
  lifeS: number;
  /** Most clouds at once (the oldest gives way). */
  max: number;
}

export const CLOUD: CloudConfig = { radiusM: 3, growS: 0.4, lifeS: 5, max: 4 };
/** The kick a bursting extinguisher gives itself: sideways at most, and up, N·s. */
const BURST_SIDE_NS = 20;
const BURST_UP_NS = 25;

/** A cloud as presentation reads it. */
export interface CloudView {
  active: boolean;
  position: { x: number; y: number; z: number };
  radiusM: number;
  /** 0 at the burst, 1 when it is gone. */
  age01: number;
}

/**
 * Clouds of extinguisher powder: spheres that swell, hang for a few seconds and block
 * every line of sight through them (mercenaries lose Henry; the bot loses them).
 */
export class Clouds {
  readonly views: CloudView[] = [];
  private readonly ageS: Float64Array;
  /** Per prop: 1 where an extinguisher has burst (it bursts once). */
  private readonly burstProps: Uint8Array;
  private next = 0;

  constructor(
    props: number,
    readonly config: CloudConfig = CLOUD,
  ) {
    this.burstProps = new Uint8Array(props);
    this.ageS = new Float64Array(config.max);
    for (let i = 0; i < config.max; i++) this.views.push({ active: false, position: { x: 0, y: 0, z: 0 }, radiusM: 0, age01: 0 });
  }

  /** One hit and extinguisher prop `i` bursts (once): a cloud where it stands, and it kicks. */
  burst(host: CombatHost, i: number): void {
    if (this.burstProps[i]) return;
    this.burstProps[i] = 1;
    const b = host.physics.propBodies[i];
    const p = b.position;
    this.add(p.x, p.y + 0.3, p.z);
    host.events.push({ kind: "cloud", tick: host.tick, position: [p.x, p.y, p.z], radiusM: this.config.radiusM, lifeS: this.config.lifeS });
    _kick.set(host.rng.range(-1, 1) * BURST_SIDE_NS, BURST_UP_NS, host.rng.range(-1, 1) * BURST_SIDE_NS);
    b.wakeUp();
    b.applyImpulse(_kick, b.position);
  }

  /** A burst at (x, y, z). */
  add(x: number, y: number, z: number): void {
    const v = this.views[this.next];
    this.ageS[this.next] = 0;
    this.next = (this.next + 1) % this.config.max;
    v.active = true;
    v.position.x = x;
    v.position.y = y;
    v.position.z = z;
    v.radiusM = this.config.radiusM * 0.3;
    v.age01 = 0;
  }

  step(): void {
    const c = this.config;
    for (let i = 0; i < this.views.length; i++) {
      const v = this.views[i];
      if (!v.active) continue;
      this.ageS[i] += FIXED_DT;
      v.age01 = this.ageS[i] / c.lifeS;
      v.radiusM = c.radiusM * Math.min(1, 0.3 + (0.7 * this.ageS[i]) / c.growS);
      if (this.ageS[i] >= c.lifeS) v.active = false;
    }
  }

  /** Whether the segment a→b passes through (or starts or ends inside) a cloud. */
  blocks(ax: number, ay: number, az: number, bx: number, by: number, bz: number): boolean {
    for (const v of this.views) {
      if (!v.active) continue;
      const dx = bx - ax;
      const dy = by - ay;
      const dz = bz - az;
      const len2 = dx * dx + dy * dy + dz * dz;
      const px = v.position.x - ax;
      const py = v.position.y - ay;
      const pz = v.position.z - az;
      const t = len2 > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy + pz * dz) / len2)) : 0;
      if (DMath.hypot3(px - dx * t, py - dy * t, pz - dz * t) < v.radiusM) return true;
    }
    return false;
  }

  hashInto(h: Hasher): void {
    h.u32v(this.next);
    for (let i = 0; i < this.burstProps.length; i++) h.u32v(this.burstProps[i]);
    for (let i = 0; i < this.views.length; i++) {
      const v = this.views[i];
      h.bool(v.active).num(this.ageS[i]).num(v.position.x).num(v.position.y).num(v.position.z);
    }
  }
}
