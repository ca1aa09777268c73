import { BoxGeometry, Color, DynamicDrawUsage, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, Vector3 } from "three";
import type { LevelProp, PropKind } from "../sim/world/Level";
import { PALETTE } from "./level/palette";
import type { TextureBank } from "./level/textures";

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _s = new Vector3();
const _c = new Color();

/** Tint per prop kind over the crate texture: red barrels read as "this explodes". */
const KIND_TINT: Record<PropKind, number> = {
  crate: 0xffffff,
  barrel: 0xd0180c,
  bottle: 0x3f9a55,
  chair: 0x7a5634,
  extinguisher: 0xff2a1a,
  monitor: 0x2a2d33,
  printer: 0xd8d6d0,
  plant: 0x3f7a32,
};

/**
 * Every dynamic prop in one instanced draw call; each frame copies the interpolated
 * transforms the app hands over (7 floats per prop: position, quaternion).
 */
export class PropsView {
  readonly mesh: InstancedMesh;
  private readonly sizes: Float32Array;

  constructor(props: readonly LevelProp[], textures: TextureBank, shadows: boolean) {
    const look = PALETTE.crate;
    const material = new MeshStandardMaterial({
      color: look.color,
      roughness: look.roughness,
      map: textures.get("crate"),
    });
    this.mesh = new InstancedMesh(new BoxGeometry(1, 1, 1), material, Math.max(props.length, 1));
    this.mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    this.mesh.count = props.length;
    this.mesh.castShadow = shadows;
    this.mesh.receiveShadow = shadows;
    this.mesh.frustumCulled = false;
    this.mesh.name = "props";
    this.sizes = new Float32Array(props.length * 3);
    props.forEach((p, i) => {
      this.sizes.set(p.size, i * 3);
      this.mesh.setColorAt(i, _c.setHex(KIND_TINT[p.kind] ?? 0xffffff));
    });
  }

  /** @param transforms 7 floats per prop (x, y, z, qx, qy, qz, qw), interpolated by the app. */
  update(transforms: Float32Array): void {
    const n = this.mesh.count;
    for (let i = 0; i < n; i++) {
      const o = i * 7;
      _p.set(transforms[o], transforms[o + 1], transforms[o + 2]);
      _q.set(transforms[o + 3], transforms[o + 4], transforms[o + 5], transforms[o + 6]);
      _s.set(this.sizes[i * 3], this.sizes[i * 3 + 1], this.sizes[i * 3 + 2]);
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
