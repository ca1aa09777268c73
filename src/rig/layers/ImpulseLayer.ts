/**
 * Layer 7, impulses: an explosion or close impact at a world position adds trauma and a
 * short directional bump (a kick of its own Source spring plus a half-sine push away from
 * the source), scaled by distance: full inside the inner radius, falling to zero at the
 * outer radius (linear, or smooth 0.5(1 + cos pi x) as Cinemachine's SoftDecay), and
 * optionally delayed by distance / speed of sound. Pending impulses live in a fixed pool.
 */
import type { EffectiveLayers } from "../effective";
import { DEG, clamp } from "../math";
import { type LayerOut, createLayerOut, zeroLayerOut } from "./LayerOut";
import { PunchSpring } from "./PunchSpring";

type ImpulseParams = EffectiveLayers["impulse"];

/** Caller's description of an impulse (world frame, three.js axes, m). */
export interface ImpulseOptions {
  sourcePos: readonly [number, number, number];
  listenerPos: readonly [number, number, number];
  /** 0..1 (more is allowed, up to 4). */
  strength: number;
  innerRadiusM?: number;
  outerRadiusM?: number;
  /** Delay arrival by distance / speed of sound. */
  delayed?: boolean;
  /** Listener's yaw (0 looks down -Z, positive turns left), rad. */
  listenerYawRad?: number;
}

interface Pending {
  active: boolean;
  delayS: number;
  strength: number;
  fwd: number;
  right: number;
}

const POOL = 8;
const PUNCH_K = 65;
const PUNCH_C = 9;
const PUNCH_KICK = 20;

/** Distance falloff: 1 inside `inner`, 0 beyond `outer`; `smooth` 1 = cosine, 0 = linear. */
export function impulseFalloff(distanceM: number, innerM: number, outerM: number, smooth: number): number {
  if (distanceM <= innerM) return 1;
  if (distanceM >= outerM || outerM <= innerM) return 0;
  const x = (distanceM - innerM) / (outerM - innerM);
  return (1 - smooth) * (1 - x) + smooth * 0.5 * (1 + Math.cos(Math.PI * x));
}

export class ImpulseLayer {
  readonly out: LayerOut = createLayerOut();
  /** World trauma to add this tick (before the comfort gain). */
  traumaAdded = 0;
  /** Largest strength that arrived this tick, for lens kicks. */
  impact = 0;
  private readonly pool: Pending[] = [];
  private readonly spring = new PunchSpring();
  private bumpT = Infinity;
  private bumpX = 0;
  private bumpZ = 0;

  constructor() {
    for (let i = 0; i < POOL; i++) this.pool.push({ active: false, delayS: 0, strength: 0, fwd: 0, right: 0 });
  }

  reset(): void {
    for (const e of this.pool) e.active = false;
    this.spring.reset();
    this.bumpT = Infinity;
    this.traumaAdded = this.impact = 0;
    zeroLayerOut(this.out);
  }

  /** Queues an impulse; when the pool is full the weakest pending one is replaced. */
  add(p: ImpulseParams, o: ImpulseOptions): void {
    const dx = o.sourcePos[0] - o.listenerPos[0];
    const dy = o.sourcePos[1] - o.listenerPos[1];
    const dz = o.sourcePos[2] - o.listenerPos[2];
    const d = Math.hypot(dx, dy, dz);
    const inner = o.innerRadiusM ?? p.innerRadiusM;
    const outer = o.outerRadiusM ?? p.outerRadiusM;
    const s = clamp(Number.isFinite(o.strength) ? o.strength : 0, 0, 4) * impulseFalloff(d, inner, outer, clamp(p.falloff, 0, 1));
    if (s <= 0) return;
    let slot = this.pool[0];
    for (const e of this.pool) {
      if (!e.active) {
        slot = e;
        break;
      }
      if (e.strength < slot.strength) slot = e;
    }
    const yaw = o.listenerYawRad ?? 0;
    const h = Math.hypot(dx, dz);
    // Listener forward is (-sin yaw, 0, -cos yaw), right is (cos yaw, 0, -sin yaw).
    slot.fwd = h > 1e-6 ? (-Math.sin(yaw) * dx - Math.cos(yaw) * dz) / h : 1;
    slot.right = h > 1e-6 ? (Math.cos(yaw) * dx - Math.sin(yaw) * dz) / h : 0;
    slot.active = true;
    slot.strength = s;
    slot.delayS = o.delayed ? d / p.speedOfSoundMps : 0;
  }

  step(p: ImpulseParams, dtS: number): void {
    this.traumaAdded = 0;
    this.impact = 0;
    for (const e of this.pool) {
      if (!e.active) continue;
      e.delayS -= dtS;
      if (e.delayS > 0) continue;
      e.active = false;
      this.arrive(p, e);
    }
    this.spring.step(dtS, PUNCH_K, PUNCH_C, 30 * DEG);
    this.bumpT += dtS;
    const o = this.out;
    const env = this.bumpT < p.bumpDurationS ? Math.sin((Math.PI * this.bumpT) / p.bumpDurationS) : 0;
    o.x = p.gain * this.bumpX * env;
    o.y = 0;
    o.z = p.gain * this.bumpZ * env;
    o.pitch = p.gain * this.spring.pitch;
    o.yaw = 0;
    o.roll = p.gain * this.spring.roll;
  }

  /** Pushes the head away from the source: a blast ahead lifts the nose and moves it back. */
  private arrive(p: ImpulseParams, e: Pending): void {
    this.traumaAdded += p.traumaPerStrength * e.strength;
    this.impact = Math.max(this.impact, clamp(e.strength, 0, 1));
    const kick = p.bumpDeg * DEG * e.strength;
    this.spring.kick(kick * e.fwd, 0, kick * e.right, PUNCH_KICK);
    this.bumpT = 0;
    this.bumpX = -p.bumpM * e.strength * e.right;
    this.bumpZ = p.bumpM * e.strength * e.fwd;
  }
}
