import {
  BoxGeometry,
  BufferGeometry,
  DoubleSide,
  DynamicDrawUsage,
  Euler,
  Float32BufferAttribute,
  IcosahedronGeometry,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from "three";
import type { CloudView } from "../../sim/combat/Clouds";
import type { GlassView as CoreGlass } from "../../sim/combat/Glass";
import type { Level } from "../../sim/world/Level";
import { levelRotation } from "../level/LevelMeshes";

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _s = new Vector3();
const _e = new Euler();
const _zero = new Matrix4().makeScale(0, 0, 0);

/** Puffs drawn for each cloud of extinguisher powder. */
const PUFFS = 9;

/** A sliver of glass: a thin triangle, its size 1 (scaled per shard). */
function shardGeometry(): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute("position", new Float32BufferAttribute([-0.5, 0, -0.35, 0.5, 0, -0.2, 0, 0, 0.6], 3));
  g.setAttribute("normal", new Float32BufferAttribute([0, 1, 0, 0, 1, 0, 0, 1, 0], 3));
  return g;
}

/**
 * The level's breakable glass and what breaking it leaves: every pane in one instanced,
 * see-through draw call (a broken one vanishes), the core's shards glinting as they fall
 * and lie, and the white clouds of burst extinguishers. Reads the core's views only.
 */
export class GlassView {
  readonly panes: InstancedMesh;
  readonly shardMesh: InstancedMesh;
  readonly cloudMesh: InstancedMesh;
  private readonly shown: Uint8Array;
  /** Panes still standing (drawn). */
  private standing: number;
  /** Per puff: an offset in the cloud (unit sphere) and a size, fixed at load. */
  private readonly puffs: Float32Array;

  constructor(
    level: Level,
    private readonly glass: CoreGlass,
    private readonly clouds: readonly CloudView[],
  ) {
    const paneMat = new MeshStandardMaterial({ color: 0xa9c7d2, roughness: 0.05, metalness: 0.3, transparent: true, opacity: 0.32, depthWrite: false });
    this.panes = new InstancedMesh(new BoxGeometry(1, 1, 1), paneMat, Math.max(1, glass.boxes.length));
    this.panes.name = "glass";
    this.panes.count = glass.boxes.length;
    glass.boxes.forEach((bi, i) => {
      const b = level.boxes[bi];
      levelRotation(b.yawRad ?? 0, b.pitchRad ?? 0, _q);
      this.panes.setMatrixAt(i, _m.compose(_p.set(b.center[0], b.center[1], b.center[2]), _q, _s.set(b.size[0], b.size[1], b.size[2])));
    });
    this.panes.computeBoundingSphere();
    this.shown = new Uint8Array(glass.boxes.length).fill(1);
    this.standing = glass.boxes.length;
    const shardMat = new MeshStandardMaterial({ color: 0xd8f0f6, emissive: 0x6a8a94, roughness: 0.1, metalness: 0.5, side: DoubleSide, transparent: true, opacity: 0.8 });
    this.shardMesh = new InstancedMesh(shardGeometry(), shardMat, Math.max(1, glass.shards.length));
    this.shardMesh.name = "shards";
    this.shardMesh.instanceMatrix.setUsage(DynamicDrawUsage);
    this.shardMesh.frustumCulled = false;
    const cloudMat = new MeshStandardMaterial({ color: 0xf2f3f1, roughness: 1, transparent: true, opacity: 0.85, depthWrite: false });
    this.cloudMesh = new InstancedMesh(new IcosahedronGeometry(1, 1), cloudMat, Math.max(1, clouds.length * PUFFS));
    this.cloudMesh.name = "clouds";
    this.cloudMesh.instanceMatrix.setUsage(DynamicDrawUsage);
    this.cloudMesh.frustumCulled = false;
    this.cloudMesh.renderOrder = 3;
    this.puffs = new Float32Array(PUFFS * 4);
    for (let k = 0; k < PUFFS; k++) {
      // A fixed spread of puffs (golden-angle spiral): no randomness needed for a look.
      const a = k * 2.399963;
      const r = Math.sqrt((k + 0.5) / PUFFS);
      this.puffs.set([Math.cos(a) * r * 0.7, (k % 3) * 0.25 - 0.2, Math.sin(a) * r * 0.7, 0.45 + 0.25 * ((k * 7) % 5) / 4], k * 4);
    }
  }

  /** Copies the core's glass and clouds into the instances (no allocation). */
  update(): void {
    let changed = false;
    for (let i = 0; i < this.shown.length; i++) {
      if (this.glass.broken[i] && this.shown[i]) {
        this.shown[i] = 0;
        this.standing--;
        this.panes.setMatrixAt(i, _zero);
        changed = true;
      }
    }
    if (changed) this.panes.instanceMatrix.needsUpdate = true;
    // Nothing to show draws nothing (a draw of folded instances still costs its setup).
    this.panes.visible = this.standing > 0;
    const shards = this.glass.shards;
    let shardsActive = 0;
    for (let i = 0; i < shards.length; i++) {
      const s = shards[i];
      if (!s.active) {
        this.shardMesh.setMatrixAt(i, _zero);
        continue;
      }
      shardsActive++;
      _q.setFromEuler(_e.set(s.pitchRad, s.yawRad, 0, "YXZ"));
      this.shardMesh.setMatrixAt(i, _m.compose(_p.set(s.position.x, s.position.y + 0.004, s.position.z), _q, _s.setScalar(s.sizeM)));
    }
    this.shardMesh.instanceMatrix.needsUpdate = true;
    this.shardMesh.visible = shardsActive > 0;
    this.updateClouds();
  }

  private updateClouds(): void {
    const mat = this.cloudMesh.material as MeshStandardMaterial;
    let fade = 0;
    for (let c = 0; c < this.clouds.length; c++) {
      const v = this.clouds[c];
      for (let k = 0; k < PUFFS; k++) {
        const i = c * PUFFS + k;
        if (!v.active) {
          this.cloudMesh.setMatrixAt(i, _zero);
          continue;
        }
        const o = k * 4;
        const r = v.radiusM;
        // The powder settles a little as it thins.
        const sink = v.age01 * 0.6;
        _p.set(v.position.x + this.puffs[o] * r, v.position.y + this.puffs[o + 1] * r - sink, v.position.z + this.puffs[o + 2] * r);
        this.cloudMesh.setMatrixAt(i, _m.compose(_p, _q.identity(), _s.setScalar(r * this.puffs[o + 3])));
      }
      if (v.active) fade = Math.max(fade, 1 - v.age01);
    }
    mat.opacity = 0.85 * Math.min(1, fade * 2.5);
    this.cloudMesh.visible = fade > 0;
    this.cloudMesh.instanceMatrix.needsUpdate = true;
  }

  dispose(): void {
    for (const m of [this.panes, this.shardMesh, this.cloudMesh]) {
      m.geometry.dispose();
      (m.material as MeshStandardMaterial).dispose();
      m.dispose();
    }
  }
}
