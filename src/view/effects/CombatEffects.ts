import {
  BoxGeometry,
  CircleGeometry,
  IcosahedronGeometry,
  MeshBasicMaterial,
  OctahedronGeometry,
  type Object3D,
  PlaneGeometry,
  Quaternion,
  Vector3,
} from "three";
import type { SimEvent } from "../../sim/core/SimEvent";
import { FxPool, glowMaterial } from "./FxPool";

const _q = new Quaternion();
const _a = new Vector3();
const _b = new Vector3();
const _z = new Vector3(0, 0, 1);
const _up = new Vector3(0, 1, 0);

/** Pool sizes: the most of each effect alive at once. */
export const FX_LIMITS = { flashes: 16, tracers: 48, sparks: 160, marks: 96, fire: 24, smoke: 32 } as const;

type Shot = Extract<SimEvent, { kind: "shot" }>;

/**
 * Muzzle flashes, tracers, impact sparks and marks, and explosions: every effect pooled
 * and bounded (FX_LIMITS), one draw call per kind, spawned from the core's events.
 */
export class CombatEffects {
  readonly flashes = new FxPool(new OctahedronGeometry(1, 0), glowMaterial(), FX_LIMITS.flashes, 0, (t) => 1 - 0.5 * t);
  readonly tracers = new FxPool(new BoxGeometry(1, 1, 1), glowMaterial(), FX_LIMITS.tracers, 0, () => 1, (t) => 1 - t);
  readonly sparks = new FxPool(new BoxGeometry(1, 1, 1), glowMaterial(), FX_LIMITS.sparks, 9.8, (t) => 1 - t);
  readonly marks: FxPool;
  readonly fire = new FxPool(new IcosahedronGeometry(1, 1), glowMaterial(), FX_LIMITS.fire, -2, (t) => 0.4 + 1.6 * Math.sqrt(t), (t) => (1 - t) ** 1.5);
  readonly smoke: FxPool;
  private seed = 1;

  constructor(private readonly parent: Object3D) {
    const markMat = new MeshBasicMaterial({ color: 0xffffff, polygonOffset: true, polygonOffsetFactor: -2, depthWrite: false });
    this.marks = new FxPool(new CircleGeometry(1, 8), markMat, FX_LIMITS.marks, 0, () => 1, () => 1);
    const smokeMat = new MeshBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.55, depthWrite: false });
    this.smoke = new FxPool(new PlaneGeometry(1, 1), smokeMat, FX_LIMITS.smoke, -0.8, (t) => 0.6 + 1.8 * t, () => 1);
    for (const p of this.pools()) {
      p.mesh.renderOrder = 2;
      parent.add(p.mesh);
    }
  }

  private pools(): FxPool[] {
    return [this.marks, this.smoke, this.fire, this.sparks, this.tracers, this.flashes];
  }

  /** A small deterministic jitter for the look (presentation only, never the core's generator). */
  private rand(): number {
    this.seed = (this.seed * 16807) % 2147483647;
    return this.seed / 2147483647;
  }

  onEvent(e: SimEvent, henryEye: { x: number; y: number; z: number }): void {
    if (e.kind === "shot") this.shot(e, henryEye);
    else if (e.kind === "explosion") this.explosion(e.position[0], e.position[1], e.position[2], e.radiusM);
  }

  private shot(e: Shot, eye: { x: number; y: number; z: number }): void {
    _a.set(e.from[0], e.from[1], e.from[2]);
    _b.set(e.to[0], e.to[1], e.to[2]);
    const dir = _b.clone().sub(_a).normalize();
    const henry = e.shooter === 0;
    // Henry's muzzle sits below and right of the eye; a mercenary's is where the core says.
    if (henry) {
      const right = new Vector3().crossVectors(dir, _up).normalize();
      _a.set(eye.x, eye.y, eye.z).addScaledVector(dir, 0.75).addScaledVector(right, 0.16).addScaledVector(_up, -0.2);
    }
    _q.setFromUnitVectors(_z, dir);
    const flash = henry ? 0.11 : 0.22;
    this.flashes.spawn(_a.x, _a.y, _a.z, _q, flash * 0.7, flash * 0.7, flash * 2.2, 0xffc060, henry ? 0.05 : 0.07);
    const len = _a.distanceTo(_b);
    if (len > 1.5) {
      // The tracer: a streak over the first part of the path, bright and brief.
      const start = henry ? 1.2 : 0.6;
      const streak = Math.min(len - start, henry ? 14 : 10);
      const mid = _a.clone().addScaledVector(dir, start + streak / 2);
      this.tracers.spawn(mid.x, mid.y, mid.z, _q, 0.025, 0.025, streak, henry ? 0xffe0a0 : 0xff9a50, 0.06);
    }
    if (e.hit === "none" || e.hit === "henry") return;
    const n = new Vector3(e.normal[0], e.normal[1], e.normal[2]);
    const count = e.hit === "enemy" ? 4 : 7;
    const tint = e.hit === "enemy" ? 0xa01010 : e.surface === "metal" ? 0xffd080 : 0xffb060;
    for (let k = 0; k < count; k++) {
      const i = this.sparks.spawn(_b.x, _b.y, _b.z, _q, 0.03, 0.03, 0.03, tint, 0.25 + this.rand() * 0.25);
      const s = 2 + this.rand() * 4;
      this.sparks.vel[i * 3] = (n.x + (this.rand() - 0.5) * 1.6) * s;
      this.sparks.vel[i * 3 + 1] = (n.y + this.rand() * 1.2) * s;
      this.sparks.vel[i * 3 + 2] = (n.z + (this.rand() - 0.5) * 1.6) * s;
    }
    if (e.hit === "world" || e.hit === "prop") {
      _q.setFromUnitVectors(_z, n);
      const r = 0.05 + this.rand() * 0.03;
      this.marks.spawn(_b.x + n.x * 0.01, _b.y + n.y * 0.01, _b.z + n.z * 0.01, _q, r, r, r, 0x151210, 25);
    }
  }

  explosion(x: number, y: number, z: number, radiusM: number): void {
    const r = radiusM * 0.32;
    for (let k = 0; k < 6; k++) {
      const ox = (this.rand() - 0.5) * r;
      const oz = (this.rand() - 0.5) * r;
      const s = r * (0.5 + this.rand() * 0.5);
      this.fire.spawn(x + ox, y + 0.3 + this.rand() * r * 0.5, z + oz, _q.identity(), s, s, s, k < 2 ? 0xfff0c0 : 0xff7a20, 0.45 + this.rand() * 0.3);
    }
    for (let k = 0; k < 8; k++) {
      const s = r * (0.8 + this.rand());
      const i = this.smoke.spawn(x + (this.rand() - 0.5) * r, y + 0.5 + this.rand() * r, z + (this.rand() - 0.5) * r, _q.identity(), s, s, s, 0x2a2624, 2.5 + this.rand() * 1.5);
      this.smoke.vel[i * 3] = (this.rand() - 0.5) * 1.5;
      this.smoke.vel[i * 3 + 2] = (this.rand() - 0.5) * 1.5;
    }
    for (let k = 0; k < 24; k++) {
      const i = this.sparks.spawn(x, y + 0.4, z, _q, 0.06, 0.06, 0.06, 0xffa040, 0.5 + this.rand() * 0.6);
      const s = 6 + this.rand() * 10;
      const a = this.rand() * Math.PI * 2;
      this.sparks.vel[i * 3] = Math.cos(a) * s;
      this.sparks.vel[i * 3 + 1] = (0.4 + this.rand()) * s;
      this.sparks.vel[i * 3 + 2] = Math.sin(a) * s;
    }
    const m = 1.2;
    _q.setFromUnitVectors(_z, _up);
    this.marks.spawn(x, y + 0.02, z, _q, m, m, m, 0x0a0908, 40);
  }

  /** Advances every effect; smoke quads turn to face the camera. */
  update(dtS: number, camera: Object3D): void {
    const q = camera.quaternion;
    const sq = this.smoke.quat;
    for (let i = 0; i < this.smoke.capacity; i++) {
      sq[i * 4] = q.x;
      sq[i * 4 + 1] = q.y;
      sq[i * 4 + 2] = q.z;
      sq[i * 4 + 3] = q.w;
    }
    for (const p of this.pools()) p.update(dtS);
  }

  dispose(): void {
    for (const p of this.pools()) {
      this.parent.remove(p.mesh);
      p.dispose();
    }
  }
}
