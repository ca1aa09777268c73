import { type BufferGeometry, Color, Euler, Group, InstancedMesh, Matrix4, Quaternion, Vector3 } from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { DecorKind, LevelDecor } from "../../sim/world/Level";
import { PALETTE } from "../level/palette";
import type { DecorMaterials } from "./decorMaterials";
import { type DecorMaterial, decorParts } from "./decorTemplates";

type InstancedKind = Exclude<DecorKind, "block" | "stalinTower" | "church">;

const _m = new Matrix4();
const _q = new Quaternion();
const _e = new Euler();
const _p = new Vector3();
const _s = new Vector3();
const _c = new Color();

/** Kinds that cast shadows (small or thin things do not: they would cost a pass for little). */
const CASTS = new Set<string>(["balcony", "lamp", "birch", "busStop", "carTrim", "kioskRoof", "bed", "console", "desk", "waterTank", "antenna", "washingLine"]);

/**
 * All decoration near the player: one InstancedMesh per kind and material, so hundreds
 * of balconies, trees and lamps cost a handful of draw calls.
 */
export class DecorMeshes {
  readonly group = new Group();
  private readonly geometries: BufferGeometry[] = [];
  private readonly meshes: InstancedMesh[] = [];

  constructor(decor: readonly LevelDecor[], materials: DecorMaterials, shadows: boolean) {
    this.group.name = "decor";
    const byKind = new Map<InstancedKind, LevelDecor[]>();
    for (const d of decor) {
      if (d.kind === "block" || d.kind === "stalinTower" || d.kind === "church" || d.distant) continue;
      const list = byKind.get(d.kind) ?? [];
      list.push(d);
      byKind.set(d.kind, list);
    }
    for (const [kind, list] of byKind) {
      const parts = decorParts(kind);
      for (const key of Object.keys(parts) as DecorMaterial[]) {
        const geos = parts[key] ?? [];
        const merged = mergeGeometries(geos, false);
        for (const g of geos) g.dispose();
        if (!merged) continue;
        this.geometries.push(merged);
        const mesh = new InstancedMesh(merged, materials.get(key), list.length);
        mesh.name = `${kind}:${key}`;
        list.forEach((d, i) => {
          _q.setFromEuler(_e.set(0, d.yawRad, 0));
          _p.set(d.position[0], d.position[1], d.position[2]);
          _s.set(d.scale[0], d.scale[1], d.scale[2]);
          mesh.setMatrixAt(i, _m.compose(_p, _q, _s));
          if (key === "balcony") mesh.setColorAt(i, _c.setHex(PALETTE[d.paint ?? "panel"].color));
        });
        mesh.computeBoundingSphere();
        mesh.castShadow = shadows && CASTS.has(kind);
        mesh.receiveShadow = shadows;
        mesh.matrixAutoUpdate = false;
        this.meshes.push(mesh);
        this.group.add(mesh);
      }
    }
  }

  dispose(): void {
    for (const g of this.geometries) g.dispose();
    for (const m of this.meshes) m.dispose();
    this.group.clear();
  }
}
