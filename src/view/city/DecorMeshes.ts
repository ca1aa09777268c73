import { type BufferGeometry, Color, Euler, Group, InstancedMesh, Matrix4, Quaternion, Vector3 } from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { DecorKind, LevelDecor } from "../../sim/world/Level";
import { PALETTE } from "../level/palette";
import { hashNoise } from "../level/textures";
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
/** Kinds a lower decoration density thins out (a block where not every flat glazed its balcony reads true). */
const THINNED = new Set<string>(["balcony", "birch", "bench"]);
/** The near set is chosen again after the camera moves this far, m. */
const RESELECT_M = 6;
/** Added to every piece's reach so nothing pops in right at the draw distance's edge, m. */
const REACH_MARGIN_M = 3;

/** One instanced mesh with every placement it may draw, of which it draws the near ones. */
interface Instanced {
  mesh: InstancedMesh;
  /** 16 floats per placement. */
  matrices: Float32Array;
  /** 3 floats per placement, or null. */
  colors: Float32Array | null;
  /** x, z and reach (m) per placement. */
  spots: Float32Array;
  thinned: boolean;
}

/**
 * All decoration near the player: one InstancedMesh per kind and material, so hundreds
 * of balconies, trees and lamps cost a handful of draw calls. A quality level's draw
 * distance and density decide which placements are drawn: the ones within the distance of
 * the camera (chosen again as it moves), and a share of the thinnable kinds.
 */
export class DecorMeshes {
  readonly group = new Group();
  private readonly geometries: BufferGeometry[] = [];
  private readonly meshes: Instanced[] = [];
  private drawDistanceM = Number.POSITIVE_INFINITY;
  private density = 1;
  private readonly at = { x: Number.NaN, z: Number.NaN };

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
        merged.computeBoundingSphere();
        this.geometries.push(merged);
        const mesh = new InstancedMesh(merged, materials.get(key), list.length);
        mesh.name = `${kind}:${key}`;
        const spots = new Float32Array(list.length * 3);
        const templateReachM = merged.boundingSphere?.radius ?? 1;
        list.forEach((d, i) => {
          _q.setFromEuler(_e.set(0, d.yawRad, 0));
          _p.set(d.position[0], d.position[1], d.position[2]);
          _s.set(d.scale[0], d.scale[1], d.scale[2]);
          mesh.setMatrixAt(i, _m.compose(_p, _q, _s));
          if (key === "balcony") mesh.setColorAt(i, _c.setHex(PALETTE[d.paint ?? "panel"].color));
          spots[i * 3] = d.position[0];
          spots[i * 3 + 1] = d.position[2];
          spots[i * 3 + 2] = templateReachM * Math.max(d.scale[0], d.scale[1], d.scale[2]) + REACH_MARGIN_M;
        });
        mesh.computeBoundingSphere();
        mesh.castShadow = shadows && CASTS.has(kind);
        mesh.receiveShadow = shadows;
        mesh.matrixAutoUpdate = false;
        const colors = mesh.instanceColor ? new Float32Array(mesh.instanceColor.array) : null;
        this.meshes.push({ mesh, matrices: new Float32Array(mesh.instanceMatrix.array), colors, spots, thinned: THINNED.has(kind) });
        this.group.add(mesh);
      }
    }
  }

  /**
   * Sets the quality level's decoration: placements farther than `drawDistanceM` from the
   * camera are not drawn, and of the thinnable kinds only the share `density` (0..1).
   */
  setQuality(drawDistanceM: number, density: number): void {
    if (drawDistanceM === this.drawDistanceM && density === this.density) return;
    this.drawDistanceM = drawDistanceM;
    this.density = density;
    this.at.x = Number.NaN;
  }

  /** Follows the camera: chooses the near placements again once it moved a few metres. */
  follow(x: number, z: number): void {
    if (Math.hypot(x - this.at.x, z - this.at.z) < RESELECT_M) return;
    this.at.x = x;
    this.at.z = z;
    for (const m of this.meshes) this.select(m, x, z);
  }

  /** Packs the chosen placements at the front of the instance buffers (no allocation). */
  private select(m: Instanced, x: number, z: number): void {
    const { mesh, matrices, colors, spots } = m;
    const dst = mesh.instanceMatrix.array as Float32Array;
    const dstColors = mesh.instanceColor?.array as Float32Array | undefined;
    const total = spots.length / 3;
    let n = 0;
    for (let i = 0; i < total; i++) {
      if (m.thinned && this.density < 1 && hashNoise(i) >= this.density) continue;
      const reach = this.drawDistanceM + spots[i * 3 + 2];
      const dx = spots[i * 3] - x;
      const dz = spots[i * 3 + 1] - z;
      if (dx * dx + dz * dz > reach * reach) continue;
      // Always from the full copy: an earlier selection may have packed another placement here.
      dst.set(matrices.subarray(i * 16, i * 16 + 16), n * 16);
      if (colors && dstColors) dstColors.set(colors.subarray(i * 3, i * 3 + 3), n * 3);
      n++;
    }
    mesh.count = n;
    mesh.visible = n > 0;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
  }

  /** Placements drawn now, over all meshes (tests count them). */
  get drawnInstances(): number {
    let n = 0;
    for (const m of this.meshes) n += m.mesh.count;
    return n;
  }

  dispose(): void {
    for (const g of this.geometries) g.dispose();
    for (const m of this.meshes) m.mesh.dispose();
    this.group.clear();
  }
}
