import {
  BoxGeometry,
  type BufferGeometry,
  Euler,
  Float32BufferAttribute,
  Group,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { Level, Paint, Vec3Tuple } from "../../sim/world/Level";
import { PALETTE } from "./palette";
import type { TextureBank } from "./textures";

const _m = new Matrix4();
const _q = new Quaternion();
const _e = new Euler();
const _p = new Vector3();
const _s = new Vector3(1, 1, 1);

/**
 * Below the street the sky's light does not reach: a forward renderer has no occlusion of
 * its sky (hemisphere) light, so surfaces are shaded by depth instead, from full light at
 * `fullM` down to `floorShade` at `darkM` (the underpass's tunnel, the foot of its stairs).
 */
const SKY_SHADE = { fullM: -0.05, darkM: -1.2, floorShade: 0.2 } as const;

/**
 * The level's static geometry as meshes: every box of one paint merged into one mesh,
 * so the whole street costs one draw call per paint (plus its shadow pass).
 */
export class LevelMeshes {
  readonly group = new Group();
  private readonly materials: MeshStandardMaterial[] = [];
  private readonly geometries: BufferGeometry[] = [];
  private readonly litMaterials: MeshStandardMaterial[] = [];

  constructor(level: Level, textures: TextureBank, shadows: boolean) {
    this.group.name = `level:${level.id}`;
    const byPaint = new Map<Paint, BufferGeometry[]>();
    const put = (paint: Paint, g: BufferGeometry) => {
      const list = byPaint.get(paint) ?? [];
      list.push(g);
      byPaint.set(paint, list);
    };
    for (const box of level.boxes) {
      if (box.paint !== "invisible") put(box.paint, boxGeometry(box.center, box.size, box.yawRad ?? 0, box.pitchRad ?? 0, box.paint));
    }
    // Near scenery blocks (decoration, not colliders) share the paints' merged meshes.
    for (const d of level.decor ?? []) {
      if (d.kind !== "block" || d.distant || !d.paint || d.paint === "invisible") continue;
      const c: Vec3Tuple = [d.position[0], d.position[1] + d.scale[1] / 2, d.position[2]];
      put(d.paint, boxGeometry(c, d.scale, d.yawRad, 0, d.paint));
    }
    for (const [paint, parts] of byPaint) {
      const merged = mergeGeometries(parts, false);
      for (const p of parts) p.dispose();
      if (!merged) continue;
      const look = PALETTE[paint];
      const material = new MeshStandardMaterial({
        color: look.color,
        roughness: look.roughness,
        metalness: look.metalness,
        map: look.texture ? textures.get(look.texture) : null,
        transparent: look.transparent ?? false,
        opacity: look.opacity ?? 1,
        vertexColors: true,
      });
      if (look.litWindows) {
        const lit = textures.get("litWindows");
        material.emissiveMap = lit;
        material.emissive.setHex(0xffffff);
        material.emissiveIntensity = 0;
        this.litMaterials.push(material);
      }
      const mesh = new Mesh(merged, material);
      mesh.name = paint;
      mesh.castShadow = shadows && !look.transparent && paint !== "road" && paint !== "marking";
      mesh.receiveShadow = shadows;
      mesh.matrixAutoUpdate = false;
      this.group.add(mesh);
      this.materials.push(material);
      this.geometries.push(merged);
    }
  }

  /**
   * How lit the windows are: 0 by day, 1 at night (the lit-window map spans several bays).
   */
  setNight(amount01: number): void {
    for (const m of this.litMaterials) {
      m.emissiveIntensity = 1.6 * amount01;
    }
  }

  dispose(): void {
    for (const g of this.geometries) g.dispose();
    for (const m of this.materials) m.dispose();
    this.group.clear();
  }
}

/** Sets a rotation matrix the way the level format defines it: pitch about local x, then yaw about y. */
export function levelRotation(yawRad: number, pitchRad: number, target: Quaternion): Quaternion {
  return target.setFromEuler(_e.set(pitchRad, yawRad, 0, "YXZ"));
}

/** A box with UVs in world units, so generated textures tile at their real size. */
function boxGeometry(center: Vec3Tuple, size: Vec3Tuple, yawRad: number, pitchRad: number, paint: Paint): BufferGeometry {
  const [sx, sy, sz] = size;
  const g = new BoxGeometry(sx, sy, sz);
  const tile = PALETTE[paint].tileM ?? [1, 1];
  const uv = g.getAttribute("uv");
  // BoxGeometry faces in order +x, -x, +y, -y, +z, -z, four vertices each.
  const faceDims: [number, number][] = [
    [sz, sy],
    [sz, sy],
    [sx, sz],
    [sx, sz],
    [sx, sy],
    [sx, sy],
  ];
  const facade = PALETTE[paint].texture === "facade";
  for (let f = 0; f < 6; f++) {
    const [w, h] = faceDims[f];
    for (let v = 0; v < 4; v++) {
      const i = f * 4 + v;
      // Roofs and soffits of facades sample the plain panel, not a window.
      if (facade && (f === 2 || f === 3)) uv.setXY(i, 0.1, 0.5);
      else uv.setXY(i, (uv.getX(i) * w) / tile[0], (uv.getY(i) * h) / tile[1]);
    }
  }
  levelRotation(yawRad, pitchRad, _q);
  _p.set(center[0], center[1], center[2]);
  g.applyMatrix4(_m.compose(_p, _q, _s));
  skyShade(g);
  return g;
}

/** Vertex colours that darken what lies below the street (see SKY_SHADE). */
function skyShade(g: BufferGeometry): void {
  const pos = g.getAttribute("position");
  const shade = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const u = Math.min(1, Math.max(0, (pos.getY(i) - SKY_SHADE.darkM) / (SKY_SHADE.fullM - SKY_SHADE.darkM)));
    const k = SKY_SHADE.floorShade + (1 - SKY_SHADE.floorShade) * u * u * (3 - 2 * u);
    shade[i * 3] = shade[i * 3 + 1] = shade[i * 3 + 2] = k;
  }
  g.setAttribute("color", new Float32BufferAttribute(shade, 3));
}
