import {
  Bone as ThreeBone,
  type BufferAttribute,
  BufferGeometry,
  DynamicDrawUsage,
  Float32BufferAttribute,
  Matrix4,
  MeshStandardMaterial,
  Skeleton,
  SkinnedMesh,
  Uint16BufferAttribute,
  Uint32BufferAttribute,
  Vector3,
} from "three";
import { createWorldPose, poseToWorld, type WorldPose } from "./fk";
import { MAX_OUTFIT_BOXES, type Outfit } from "./outfits";
import { BIND_ORIGIN, BONE_COUNT, Bone } from "./skeleton";

/** A box has 24 corners (flat normals, 4 per face) and 36 indices. */
const BOX_VERTS = 24;
const BOX_INDICES = 36;
type V = readonly [number, number, number];
/** Each face: its normal and two axes u, v along it with u × v = normal (counter-clockwise from outside). */
const FACES: readonly (readonly [V, V, V])[] = [
  [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  [[-1, 0, 0], [0, 0, 1], [0, 1, 0]],
  [[0, 1, 0], [0, 0, 1], [1, 0, 0]],
  [[0, -1, 0], [1, 0, 0], [0, 0, 1]],
  [[0, 0, 1], [1, 0, 0], [0, 1, 0]],
  [[0, 0, -1], [0, 1, 0], [1, 0, 0]],
];
const CORNERS: readonly (readonly [number, number])[] = [
  [-1, -1],
  [1, -1],
  [1, 1],
  [-1, 1],
];
/*
 * Rigid skinning: every corner of a box belongs wholly to its bone (weight 1 on the first
 * index), so the vertex shader reads one bone matrix, not four. Skinning is most of what
 * a crowd of 40 figures costs a software rasteriser; three's own chunks blend four.
 */
const RIGID_SKINBASE = /* glsl */ `
#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
#endif`;
const RIGID_SKINNORMAL = /* glsl */ `
#ifdef USE_SKINNING
	mat4 skinMatrix = bindMatrixInverse * boneMatX * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
#endif`;
const RIGID_SKINNING = /* glsl */ `
#ifdef USE_SKINNING
	transformed = ( bindMatrixInverse * ( boneMatX * ( bindMatrix * vec4( transformed, 1.0 ) ) ) ).xyz;
#endif`;

const _m = new Matrix4();
const _p = new Vector3();
const _one = new Vector3(1, 1, 1);

/**
 * Every figure of a scene in one skinned mesh: one geometry with a fixed range of
 * boxes per slot (an outfit's boxes weighted fully to their bones), one skeleton of
 * slots × 18 bones whose matrices the view writes itself, one material with vertex
 * colours and a glow. One draw call (plus one per shadow pass) however many figures
 * there are; an empty slot's bones fold to a point far below, so it costs nothing visible.
 */
export class Crowd {
  readonly mesh: SkinnedMesh;
  readonly slots: number;
  private readonly geometry = new BufferGeometry();
  private readonly material: MeshStandardMaterial;
  private readonly skeleton: Skeleton;
  private readonly world: WorldPose = createWorldPose();
  private readonly outfitOf: (Outfit | null)[];
  private matricesDirty = true;

  constructor(slots: number) {
    this.slots = slots;
    this.outfitOf = new Array(slots).fill(null);
    const verts = slots * MAX_OUTFIT_BOXES * BOX_VERTS;
    const g = this.geometry;
    const dyn = <T extends BufferAttribute>(a: T): T => a.setUsage(DynamicDrawUsage);
    g.setAttribute("position", dyn(new Float32BufferAttribute(new Float32Array(verts * 3), 3)));
    g.setAttribute("normal", dyn(new Float32BufferAttribute(new Float32Array(verts * 3), 3)));
    g.setAttribute("color", dyn(new Float32BufferAttribute(new Float32Array(verts * 3), 3)));
    g.setAttribute("glow", dyn(new Float32BufferAttribute(new Float32Array(verts * 3), 3)));
    g.setAttribute("skinIndex", dyn(new Uint16BufferAttribute(new Uint16Array(verts * 4), 4)));
    const w = new Float32Array(verts * 4);
    for (let i = 0; i < verts; i++) w[i * 4] = 1;
    g.setAttribute("skinWeight", new Float32BufferAttribute(w, 4));
    const idx = new Uint32Array(slots * MAX_OUTFIT_BOXES * BOX_INDICES);
    for (let b = 0; b < slots * MAX_OUTFIT_BOXES; b++) {
      for (let f = 0; f < 6; f++) {
        const v = b * BOX_VERTS + f * 4;
        idx.set([v, v + 1, v + 2, v, v + 2, v + 3], b * BOX_INDICES + f * 6);
      }
    }
    g.setIndex(new Uint32BufferAttribute(idx, 1));
    this.material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.85, metalness: 0 });
    this.material.onBeforeCompile = (shader) => {
      const vs = shader.vertexShader
        .replace("#include <begin_vertex>", "#include <begin_vertex>\n\tvGlow = glow;")
        .replace("#include <skinbase_vertex>", RIGID_SKINBASE)
        .replace("#include <skinnormal_vertex>", RIGID_SKINNORMAL)
        .replace("#include <skinning_vertex>", RIGID_SKINNING);
      shader.vertexShader = `attribute vec3 glow;\nvarying vec3 vGlow;\n${vs}`;
      shader.fragmentShader = `varying vec3 vGlow;\n${shader.fragmentShader.replace("#include <emissivemap_fragment>", "#include <emissivemap_fragment>\n\ttotalEmissiveRadiance += vGlow;")}`;
    };
    this.material.customProgramCacheKey = () => "crowd-glow-rigid";
    const bones: ThreeBone[] = [];
    for (let i = 0; i < slots * BONE_COUNT; i++) bones.push(new ThreeBone());
    const inverses = bones.map(() => new Matrix4());
    this.skeleton = new Skeleton(bones, inverses);
    // The matrices are written here, not derived from the bones' scene graph.
    this.skeleton.update = () => {
      if (!this.matricesDirty || !this.skeleton.boneTexture) return;
      this.skeleton.boneTexture.needsUpdate = true;
      this.matricesDirty = false;
    };
    this.skeleton.computeBoneTexture();
    this.mesh = new SkinnedMesh(g, this.material);
    this.mesh.bind(this.skeleton, new Matrix4());
    // Bounds from one pose would pop figures out of view; the crowd spans the level anyway.
    this.mesh.frustumCulled = false;
    this.mesh.name = "crowd";
    for (let s = 0; s < slots; s++) this.hide(s);
  }

  /** Dresses slot `s` (null empties it): rewrites its boxes in place. */
  setOutfit(s: number, outfit: Outfit | null): void {
    if (this.outfitOf[s] === outfit) return;
    if (outfit && outfit.parts.length > MAX_OUTFIT_BOXES) throw new Error(`outfit "${outfit.id}" has ${outfit.parts.length} boxes; the most is ${MAX_OUTFIT_BOXES}`);
    this.outfitOf[s] = outfit;
    // Draw only up to the last dressed slot: the slots after it cost nothing at all.
    let last = -1;
    for (let i = 0; i < this.slots; i++) if (this.outfitOf[i]) last = i;
    this.geometry.setDrawRange(0, (last + 1) * MAX_OUTFIT_BOXES * BOX_INDICES);
    const g = this.geometry;
    const pos = g.getAttribute("position") as BufferAttribute;
    const nor = g.getAttribute("normal") as BufferAttribute;
    const col = g.getAttribute("color") as BufferAttribute;
    const glow = g.getAttribute("glow") as BufferAttribute;
    const skin = g.getAttribute("skinIndex") as BufferAttribute;
    const first = s * MAX_OUTFIT_BOXES * BOX_VERTS;
    const count = MAX_OUTFIT_BOXES * BOX_VERTS;
    (pos.array as Float32Array).fill(0, first * 3, (first + count) * 3);
    const parts = outfit?.parts ?? [];
    for (let b = 0; b < parts.length; b++) writeBox(parts[b], s, first + b * BOX_VERTS, pos, nor, col, glow, skin);
    // Added to, never cleared here: three uploads every range since the last frame and then
    // clears them; clearing here lost the slots dressed before this one in the same tick
    // (a crowd dressed at once showed only its last figure).
    for (const a of [pos, nor, col, glow]) {
      a.addUpdateRange(first * 3, count * 3);
      a.needsUpdate = true;
    }
    skin.addUpdateRange(first * 4, count * 4);
    skin.needsUpdate = true;
  }

  outfit(s: number): Outfit | null {
    return this.outfitOf[s];
  }

  /** Poses slot `s` from a pose buffer at offset `o` (local rotations, pelvis, prop offset). */
  pose(s: number, buf: ArrayLike<number>, o: number): void {
    const w = poseToWorld(buf, o, this.world);
    const out = this.skeleton.boneMatrices as Float32Array;
    for (let b = 0; b < BONE_COUNT; b++) {
      const bind = BIND_ORIGIN[b];
      // world · translate(-bind origin): geometry authored at rest moves with its bone.
      _m.compose(w.p[b], w.q[b], _one);
      _p.set(-bind[0], -bind[1], -bind[2]).applyQuaternion(w.q[b]).add(w.p[b]);
      _m.setPosition(_p);
      _m.toArray(out, (s * BONE_COUNT + b) * 16);
    }
    this.matricesDirty = true;
  }

  /** Folds slot `s` away (an empty slot, a figure off stage). */
  hide(s: number): void {
    const out = this.skeleton.boneMatrices as Float32Array;
    _m.makeScale(0, 0, 0).setPosition(0, -1e4, 0);
    for (let b = 0; b < BONE_COUNT; b++) _m.toArray(out, (s * BONE_COUNT + b) * 16);
    this.matricesDirty = true;
  }

  dispose(): void {
    this.mesh.removeFromParent();
    this.geometry.dispose();
    this.material.dispose();
    this.skeleton.dispose();
  }
}

const _c = { r: 0, g: 0, b: 0 };

function hexToLinear(hex: number): typeof _c {
  // Vertex colours are linear; the outfit's colours are sRGB.
  const f = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  _c.r = f((hex >> 16) & 255);
  _c.g = f((hex >> 8) & 255);
  _c.b = f(hex & 255);
  return _c;
}

/** Writes one box (24 corners with flat normals) of slot `s` at vertex `v0`. */
function writeBox(
  p: Outfit["parts"][number],
  s: number,
  v0: number,
  pos: BufferAttribute,
  nor: BufferAttribute,
  col: BufferAttribute,
  glow: BufferAttribute,
  skin: BufferAttribute,
): void {
  const bone = s * BONE_COUNT + Bone[p.bone];
  const c = hexToLinear(p.color);
  const gl = p.glow ?? 0;
  let v = v0;
  const h = p.size;
  for (const [n, u, w] of FACES) {
    for (const [a, b] of CORNERS) {
      const x = n[0] + a * u[0] + b * w[0];
      const y = n[1] + a * u[1] + b * w[1];
      const z = n[2] + a * u[2] + b * w[2];
      pos.setXYZ(v, p.at[0] + (x * h[0]) / 2, p.at[1] + (y * h[1]) / 2, p.at[2] + (z * h[2]) / 2);
      nor.setXYZ(v, n[0], n[1], n[2]);
      col.setXYZ(v, c.r, c.g, c.b);
      glow.setXYZ(v, c.r * gl, c.g * gl, c.b * gl);
      skin.setXYZW(v, bone, 0, 0, 0);
      v++;
    }
  }
}
