import {
  Color,
  DynamicDrawUsage,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from "three";
import type { MercView } from "../../sim/combat/CombatView";
import { buildFigure, type FigurePart } from "./figure";

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _s = new Vector3();
const _tilt = new Quaternion();
const _x = new Vector3(1, 0, 0);
const _y = new Vector3(0, 1, 0);
const _c = new Color();

/** Parts of the low-poly mercenary: size, centre (feet at y = 0, facing -Z), colour. */
const PARTS: readonly FigurePart[] = [
  [[0.17, 0.85, 0.2], [-0.11, 0.43, 0], 0x3b3f33], // legs: olive trousers
  [[0.17, 0.85, 0.2], [0.11, 0.43, 0], 0x3b3f33],
  [[0.2, 0.08, 0.28], [-0.11, 0.04, -0.04], 0x111111], // boots
  [[0.2, 0.08, 0.28], [0.11, 0.04, -0.04], 0x111111],
  [[0.5, 0.62, 0.3], [0, 1.16, 0], 0x1c1e22], // torso: black jacket
  [[0.46, 0.36, 0.06], [0, 1.2, -0.17], 0x4a4f3a], // plate carrier
  [[0.12, 0.5, 0.12], [-0.3, 1.2, -0.12], 0x1c1e22], // arms, raised to the rifle
  [[0.12, 0.12, 0.42], [0.24, 1.3, -0.3], 0x1c1e22],
  [[0.05, 0.1, 0.1], [-0.3, 1.0, -0.15], 0xc79a7a],
  [[0.24, 0.27, 0.25], [0, 1.62, 0], 0x0d0d0f], // head: balaclava
  [[0.18, 0.05, 0.02], [0, 1.65, -0.125], 0xc79a7a], // eye slit: skin
  [[0.06, 0.1, 0.85], [0.1, 1.32, -0.55], 0x0a0a0a], // rifle
  [[0.05, 0.16, 0.06], [0.1, 1.22, -0.5], 0x0a0a0a],
  [[0.5, 0.08, 0.3], [0, 1.5, 0], 0xb02418], // red armband stripe on the shoulders: readable at range
];


/**
 * Every mercenary in one instanced draw call: a low-poly figure in dark kit with a red
 * shoulder stripe. Alive, it stands at its feet turned by its yaw (crouched lower,
 * staggered tilted); dead, it follows its tumbling body. Interpolated between ticks.
 */
export class MercsView {
  readonly mesh: InstancedMesh;
  private readonly prev: Float32Array;
  private readonly curr: Float32Array;
  private readonly flags: Uint8Array;
  private static readonly STRIDE = 8;

  constructor(
    private readonly mercs: readonly MercView[],
    shadows: boolean,
  ) {
    const n = Math.max(1, mercs.length);
    this.mesh = new InstancedMesh(buildFigure(PARTS), new MeshStandardMaterial({ vertexColors: true, roughness: 0.85 }), n);
    this.mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    this.mesh.castShadow = shadows;
    this.mesh.frustumCulled = false;
    this.mesh.name = "mercs";
    this.prev = new Float32Array(n * MercsView.STRIDE);
    this.curr = new Float32Array(n * MercsView.STRIDE);
    this.flags = new Uint8Array(n);
    this.capture();
    this.prev.set(this.curr);
  }

  /** After every core step: remember this tick's pose (x, y, z, quaternion, extra). */
  capture(): void {
    this.prev.set(this.curr);
    const S = MercsView.STRIDE;
    this.mercs.forEach((m, i) => {
      const o = i * S;
      const c = this.curr;
      if (m.alive) {
        _q.setFromAxisAngle(_y, m.yawRad);
        if (m.staggered) _q.multiply(_tilt.setFromAxisAngle(_x, 0.35));
        c[o] = m.position.x;
        c[o + 1] = m.position.y;
        c[o + 2] = m.position.z;
      } else {
        // The body's centre is 0.9 m above the feet in its own frame.
        _q.set(m.quaternion.x, m.quaternion.y, m.quaternion.z, m.quaternion.w);
        _p.set(0, -0.9, 0).applyQuaternion(_q);
        c[o] = m.center.x + _p.x;
        c[o + 1] = m.center.y + _p.y;
        c[o + 2] = m.center.z + _p.z;
      }
      c[o + 3] = _q.x;
      c[o + 4] = _q.y;
      c[o + 5] = _q.z;
      c[o + 6] = _q.w;
      c[o + 7] = m.alive && m.crouched ? 0.72 : 1;
      const f = m.active ? 1 : 0;
      if (f && !this.flags[i]) this.prev.set(c.subarray(o, o + S), o);
      this.flags[i] = f;
    });
  }

  update(alpha: number): void {
    const S = MercsView.STRIDE;
    const a = this.prev;
    const b = this.curr;
    for (let i = 0; i < this.mercs.length; i++) {
      const o = i * S;
      if (!this.flags[i]) {
        this.mesh.setMatrixAt(i, _m.makeScale(0, 0, 0));
        continue;
      }
      _p.set(a[o] + (b[o] - a[o]) * alpha, a[o + 1] + (b[o + 1] - a[o + 1]) * alpha, a[o + 2] + (b[o + 2] - a[o + 2]) * alpha);
      _q.set(a[o + 3], a[o + 4], a[o + 5], a[o + 6]);
      _tilt.set(b[o + 3], b[o + 4], b[o + 5], b[o + 6]);
      _q.slerp(_tilt, alpha);
      const h = a[o + 7] + (b[o + 7] - a[o + 7]) * alpha;
      _s.set(1, h, 1);
      this.mesh.setMatrixAt(i, _m.compose(_p, _q, _s));
    }
    this.mesh.instanceMatrix.needsUpdate = true;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    (this.mesh.material as MeshStandardMaterial).dispose();
    this.mesh.dispose();
  }
}
