import { Quaternion, Vector3 } from "three";
import { BONE_COUNT, BONE_OFFSET, BONE_PARENT, Bone, POSE_PROP, POSE_ROOT } from "./skeleton";

const _o = new Vector3();

/** World rotations and positions of every bone of one figure. */
export interface WorldPose {
  q: Quaternion[];
  p: Vector3[];
}

export function createWorldPose(): WorldPose {
  const q: Quaternion[] = [];
  const p: Vector3[] = [];
  for (let i = 0; i < BONE_COUNT; i++) {
    q.push(new Quaternion());
    p.push(new Vector3());
  }
  return { q, p };
}

/**
 * Forward kinematics of a pose buffer (local quaternions, pelvis position, prop offset
 * at offset `o`): world = parent · translate(offset) · rotate(local), parents first.
 */
export function poseToWorld(buf: ArrayLike<number>, o: number, out: WorldPose): WorldPose {
  for (let i = 0; i < BONE_COUNT; i++) {
    const k = o + i * 4;
    const q = out.q[i].set(buf[k], buf[k + 1], buf[k + 2], buf[k + 3]);
    const parent = BONE_PARENT[i];
    if (parent < 0) {
      out.p[i].set(buf[o + POSE_ROOT], buf[o + POSE_ROOT + 1], buf[o + POSE_ROOT + 2]);
      continue;
    }
    const off = BONE_OFFSET[i];
    if (i === Bone.prop) _o.set(buf[o + POSE_PROP], buf[o + POSE_PROP + 1], buf[o + POSE_PROP + 2]);
    else _o.set(off[0], off[1], off[2]);
    out.p[i].copy(_o.applyQuaternion(out.q[parent])).add(out.p[parent]);
    q.premultiply(out.q[parent]);
  }
  return out;
}
