import {
  BoxGeometry,
  type BufferGeometry,
  Euler,
  Group,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { Level, LevelBox, Paint } from "../../sim/world/Level";
import { PALETTE } from "./palette";
import type { TextureBank } from "./textures";

const _m = new Matrix4();
const _q = new Quaternion();
const _e = new Euler();
const _p = new Vector3();
const _s = new Vector3(1, 1, 1);

/**
 * The level's static geometry as meshes: every box of one paint merged into one mesh,
 * so the whole street costs one draw call per paint (plus its shadow pass).
 */
export class LevelMeshes {
  readonly group = new Group();
  private readonly materials: MeshStandardMaterial[] = [];
  private readonly geometries: BufferGeometry[] = [];

  constructor(level: Level, textures: TextureBank, shadows: boolean) {
    this.group.name = `level:${level.id}`;
    const byPaint = new Map<Paint, BufferGeometry[]>();
    for (const box of level.boxes) {
      const list = byPaint.get(box.paint) ?? [];
      list.push(boxGeometry(box));
      byPaint.set(box.paint, list);
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
      });
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
function boxGeometry(box: LevelBox): BufferGeometry {
  const [sx, sy, sz] = box.size;
  const g = new BoxGeometry(sx, sy, sz);
  const tile = PALETTE[box.paint].tileM ?? [1, 1];
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
  const facade = PALETTE[box.paint].texture === "facade";
  for (let f = 0; f < 6; f++) {
    const [w, h] = faceDims[f];
    for (let v = 0; v < 4; v++) {
      const i = f * 4 + v;
      // Roofs and soffits of facades sample the plain panel, not a window.
      if (facade && (f === 2 || f === 3)) uv.setXY(i, 0.1, 0.5);
      else uv.setXY(i, (uv.getX(i) * w) / tile[0], (uv.getY(i) * h) / tile[1]);
    }
  }
  levelRotation(box.yawRad ?? 0, box.pitchRad ?? 0, _q);
  _p.set(box.center[0], box.center[1], box.center[2]);
  g.applyMatrix4(_m.compose(_p, _q, _s));
  return g;
}
