import {
  AdditiveBlending,
  type BufferGeometry,
  Color,
  DynamicDrawUsage,
  InstancedMesh,
  type Material,
  Matrix4,
  MeshBasicMaterial,
  Quaternion,
  Vector3,
} from "three";

const _m = new Matrix4();
const _s = new Vector3();
const _c = new Color();

/** An additive glowing material for flashes, tracers, sparks and fire. */
export function glowMaterial(): MeshBasicMaterial {
  return new MeshBasicMaterial({ color: 0xffffff, blending: AdditiveBlending, transparent: true, depthWrite: false, toneMapped: false });
}

/**
 * A fixed pool of short-lived instances in one draw call. Each slot has a position,
 * orientation, base scale and colour, an age and a life; the oldest slot is reused when
 * the pool is full, so the count is bounded whatever happens. Fading is by colour (for
 * additive materials) and by a scale curve.
 */
export class FxPool {
  readonly mesh: InstancedMesh;
  readonly pos: Float32Array;
  readonly vel: Float32Array;
  readonly quat: Float32Array;
  readonly scale: Float32Array;
  readonly color: Float32Array;
  readonly age: Float32Array;
  readonly life: Float32Array;
  private next = 0;
  private readonly _p = new Vector3();
  private readonly _q = new Quaternion();

  constructor(
    geometry: BufferGeometry,
    material: Material,
    readonly capacity: number,
    /** Gravity on `vel`, m/s² (sparks fall, flashes do not). */
    readonly gravityMps2 = 0,
    /** Scale over life t in [0, 1]: grow for fire, shrink for sparks. */
    readonly scaleCurve: (t: number) => number = () => 1,
    /** Colour over life: fade for additive materials. */
    readonly fadeCurve: (t: number) => number = (t) => 1 - t,
  ) {
    this.mesh = new InstancedMesh(geometry, material, capacity);
    this.mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    this.mesh.frustumCulled = false;
    this.mesh.count = capacity;
    this.mesh.visible = false;
    this.pos = new Float32Array(capacity * 3);
    this.vel = new Float32Array(capacity * 3);
    this.quat = new Float32Array(capacity * 4);
    this.scale = new Float32Array(capacity * 3);
    this.color = new Float32Array(capacity * 3);
    this.age = new Float32Array(capacity).fill(1);
    this.life = new Float32Array(capacity).fill(1);
    for (let i = 0; i < capacity; i++) {
      this.mesh.setMatrixAt(i, _m.makeScale(0, 0, 0));
      this.mesh.setColorAt(i, _c.setRGB(0, 0, 0));
    }
  }

  /** Starts an instance; returns its slot. */
  spawn(x: number, y: number, z: number, q: Quaternion, sx: number, sy: number, sz: number, rgb: number, lifeS: number): number {
    const i = this.next;
    this.next = (this.next + 1) % this.capacity;
    this.pos.set([x, y, z], i * 3);
    this.vel.fill(0, i * 3, i * 3 + 3);
    this.quat.set([q.x, q.y, q.z, q.w], i * 4);
    this.scale.set([sx, sy, sz], i * 3);
    _c.setHex(rgb);
    this.color.set([_c.r, _c.g, _c.b], i * 3);
    this.age[i] = 0;
    this.life[i] = lifeS;
    return i;
  }

  /** Number of live instances. */
  get live(): number {
    let n = 0;
    for (let i = 0; i < this.capacity; i++) if (this.age[i] < this.life[i]) n++;
    return n;
  }

  update(dtS: number): void {
    let alive = 0;
    let changed = false;
    for (let i = 0; i < this.capacity; i++) {
      if (this.age[i] >= this.life[i]) continue;
      this.age[i] += dtS;
      changed = true;
      const t = Math.min(1, this.age[i] / this.life[i]);
      const o = i * 3;
      if (t >= 1) {
        this.mesh.setMatrixAt(i, _m.makeScale(0, 0, 0));
        continue;
      }
      alive++;
      this.vel[o + 1] -= this.gravityMps2 * dtS;
      this.pos[o] += this.vel[o] * dtS;
      this.pos[o + 1] += this.vel[o + 1] * dtS;
      this.pos[o + 2] += this.vel[o + 2] * dtS;
      const k = this.scaleCurve(t);
      this._p.set(this.pos[o], this.pos[o + 1], this.pos[o + 2]);
      this._q.set(this.quat[i * 4], this.quat[i * 4 + 1], this.quat[i * 4 + 2], this.quat[i * 4 + 3]);
      _s.set(this.scale[o] * k, this.scale[o + 1] * k, this.scale[o + 2] * k);
      this.mesh.setMatrixAt(i, _m.compose(this._p, this._q, _s));
      const f = this.fadeCurve(t);
      this.mesh.setColorAt(i, _c.setRGB(this.color[o] * f, this.color[o + 1] * f, this.color[o + 2] * f));
    }
    // An idle pool (most of them, most of the time) uploads nothing and draws nothing: a
    // draw call of folded instances still costs a software rasteriser its setup.
    this.mesh.visible = alive > 0;
    if (!changed) return;
    this.mesh.instanceMatrix.needsUpdate = true;
    if (this.mesh.instanceColor) this.mesh.instanceColor.needsUpdate = true;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    (this.mesh.material as Material).dispose();
    this.mesh.dispose();
  }
}
