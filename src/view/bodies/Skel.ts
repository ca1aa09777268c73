import { Quaternion, Vector3 } from "three";
import { createWorldPose, type WorldPose } from "./fk";
import { BONE_COUNT, BONE_OFFSET, BONE_PARENT, Bone, POSE_PROP, POSE_ROOT } from "./skeleton";

const _o = new Vector3();

/**
 * One figure's bones while it is being posed: local rotations, kept world transforms
 * (each bone set after its parent), the pelvis position and the prop's offset.
 */
export class Skel {
  readonly local: Quaternion[] = [];
  readonly world: WorldPose = createWorldPose();
  readonly root = new Vector3();
  readonly propOffset = new Vector3(0, 0, -0.2);

  constructor() {
    for (let i = 0; i < BONE_COUNT; i++) this.local.push(new Quaternion());
  }

  /** Sets bone `i`'s local rotation and its world transform from its (already set) parent. */
  set(i: number, q: Quaternion): void {
    this.local[i].copy(q);
    const parent = BONE_PARENT[i];
    if (parent < 0) {
      this.world.q[i].copy(q);
      this.world.p[i].copy(this.root);
      return;
    }
    const pq = this.world.q[parent];
    const off = BONE_OFFSET[i];
    if (i === Bone.prop) _o.copy(this.propOffset);
    else _o.set(off[0], off[1], off[2]);
    this.world.p[i].copy(_o.applyQuaternion(pq)).add(this.world.p[parent]);
    this.world.q[i].copy(pq).multiply(q);
  }

  /** Sets bone `i` from a world rotation (its parent must be set). */
  setWorld(i: number, worldQ: Quaternion): void {
    const parent = BONE_PARENT[i];
    const q = this.local[i];
    if (parent < 0) q.copy(worldQ);
    else q.copy(this.world.q[parent]).invert().multiply(worldQ);
    this.set(i, q);
  }

  /** Writes the pose at offset `o` of a pose buffer. */
  write(buf: Float32Array, o: number): void {
    for (let i = 0; i < BONE_COUNT; i++) {
      const q = this.local[i];
      const k = o + i * 4;
      buf[k] = q.x;
      buf[k + 1] = q.y;
      buf[k + 2] = q.z;
      buf[k + 3] = q.w;
    }
    buf[o + POSE_ROOT] = this.root.x;
    buf[o + POSE_ROOT + 1] = this.root.y;
    buf[o + POSE_ROOT + 2] = this.root.z;
    buf[o + POSE_PROP] = this.propOffset.x;
    buf[o + POSE_PROP + 1] = this.propOffset.y;
    buf[o + POSE_PROP + 2] = this.propOffset.z;
  }
}
