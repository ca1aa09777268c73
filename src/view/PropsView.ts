import { BoxGeometry, Color, DynamicDrawUsage, Group, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, Vector3 } from "three";
import type { LevelProp, PropKind } from "../sim/world/Level";
import { buildFigure, type FigurePart } from "./actors/figure";
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
 * Shapes of the office's loose things, in the prop's unit box (−0.5..0.5, scaled by its
 * size): an office chair, a monitor on its stand, a printer, a potted plant, an
 * extinguisher. Kinds without one are a textured, tinted box.
 */
const SHAPES: Partial<Record<PropKind, readonly FigurePart[]>> = {
  chair: [
    [[0.9, 0.08, 0.9], [0, -0.46, 0], 0x2a2b2e],
    [[0.12, 0.38, 0.12], [0, -0.24, 0], 0x7a7e84],
    [[1, 0.12, 1], [0, 0, 0], 0x1d1e22],
    [[1, 0.48, 0.12], [0, 0.28, 0.44], 0x1d1e22],
  ],
  monitor: [
    [[1, 0.72, 0.22], [0, 0.12, 0.04], 0x1a1c20],
    [[0.92, 0.62, 0.02], [0, 0.13, -0.08], 0x2f6f8f],
    [[0.14, 0.32, 0.14], [0, -0.32, 0.1], 0x3a3c40],
    [[0.5, 0.06, 0.7], [0, -0.47, 0.05], 0x3a3c40],
  ],
  printer: [
    [[1, 0.66, 1], [0, -0.17, 0], 0xd9d7d0],
    [[0.82, 0.3, 0.7], [0, 0.33, 0.05], 0x45474c],
    [[0.7, 0.04, 0.4], [0, 0.08, -0.6], 0xf4f4f0],
  ],
  plant: [
    [[0.7, 0.34, 0.7], [0, -0.33, 0], 0xa0522d],
    [[1, 0.5, 1], [0, 0.12, 0], 0x3f7a32],
    [[0.7, 0.34, 0.7], [0.05, 0.38, -0.05], 0x4f8f3a],
  ],
  extinguisher: [
    [[1, 0.8, 1], [0, -0.1, 0], 0xc81e12],
    [[0.55, 0.14, 0.55], [0, 0.37, 0], 0x111111],
    [[0.3, 0.1, 1.1], [0, 0.44, -0.3], 0x111111],
  ],
};

/**
 * Every dynamic prop, one instanced draw call per look: the textured boxes (crates,
 * barrels, bottles) and a shape per office kind. Each frame copies the interpolated
 * transforms the app hands over (7 floats per prop: position, quaternion).
 */
export class PropsView {
  readonly group = new Group();
  private readonly meshes: InstancedMesh[] = [];
  /** Per prop: its mesh and its slot in it. */
  private readonly meshOf: Int32Array;
  private readonly slotOf: Int32Array;
  private readonly sizes: Float32Array;

  constructor(props: readonly LevelProp[], textures: TextureBank, shadows: boolean) {
    this.group.name = "props";
    const n = props.length;
    this.meshOf = new Int32Array(n);
    this.slotOf = new Int32Array(n);
    this.sizes = new Float32Array(n * 3);
    const byLook = new Map<string, number[]>();
    props.forEach((p, i) => {
      const look = SHAPES[p.kind] ? p.kind : "box";
      const list = byLook.get(look) ?? [];
      list.push(i);
      byLook.set(look, list);
      this.sizes.set(p.size, i * 3);
    });
    // The textured box always exists (a level without props keeps one empty draw).
    if (!byLook.has("box")) byLook.set("box", []);
    for (const [look, members] of byLook) {
      const shape = SHAPES[look as PropKind];
      const mesh = shape
        ? new InstancedMesh(buildFigure(shape), new MeshStandardMaterial({ vertexColors: true, roughness: 0.7 }), Math.max(1, members.length))
        : new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial({ color: PALETTE.crate.color, roughness: PALETTE.crate.roughness, map: textures.get("crate") }), Math.max(1, members.length));
      mesh.instanceMatrix.setUsage(DynamicDrawUsage);
      mesh.count = members.length;
      mesh.castShadow = shadows;
      mesh.receiveShadow = shadows;
      mesh.frustumCulled = false;
      mesh.name = `props:${look}`;
      members.forEach((i, slot) => {
        this.meshOf[i] = this.meshes.length;
        this.slotOf[i] = slot;
        if (!shape) mesh.setColorAt(slot, _c.setHex(KIND_TINT[props[i].kind] ?? 0xffffff));
      });
      this.meshes.push(mesh);
      this.group.add(mesh);
    }
  }

  /** @param transforms 7 floats per prop (x, y, z, qx, qy, qz, qw), interpolated by the app. */
  update(transforms: Float32Array): void {
    const n = this.meshOf.length;
    for (let i = 0; i < n; i++) {
      const o = i * 7;
      _p.set(transforms[o], transforms[o + 1], transforms[o + 2]);
      _q.set(transforms[o + 3], transforms[o + 4], transforms[o + 5], transforms[o + 6]);
      _s.set(this.sizes[i * 3], this.sizes[i * 3 + 1], this.sizes[i * 3 + 2]);
      this.meshes[this.meshOf[i]].setMatrixAt(this.slotOf[i], _m.compose(_p, _q, _s));
    }
    for (const m of this.meshes) m.instanceMatrix.needsUpdate = true;
  }

  dispose(): void {
    for (const m of this.meshes) {
      m.geometry.dispose();
      (m.material as MeshStandardMaterial).dispose();
      m.dispose();
    }
    this.group.clear();
  }
}
