import { BoxGeometry, type BufferGeometry, type Color, Euler, Float32BufferAttribute, Matrix4, Mesh, MeshLambertMaterial, Quaternion, Vector3 } from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { LevelDecor } from "../../sim/world/Level";
import { PALETTE } from "../level/palette";
import { church, paint, stalinTower } from "./landmarks";

const _m = new Matrix4();
const _q = new Quaternion();
const _e = new Euler();
const _p = new Vector3();
const _s = new Vector3();
/**
 * A box without its downward face: nobody sees far scenery from below, except from the
 * underpass, where the city's ground plane would show through the road's underside.
 * BoxGeometry's faces run +x, -x, +y, -y, +z, -z, six vertices each once non-indexed.
 */
function withoutUnderside(g: BufferGeometry): BufferGeometry {
  for (const name of Object.keys(g.attributes)) {
    const a = g.getAttribute(name);
    const n = a.itemSize;
    const kept = new Float32Array(30 * n);
    kept.set((a.array as Float32Array).subarray(0, 18 * n), 0);
    kept.set((a.array as Float32Array).subarray(24 * n, 36 * n), 18 * n);
    g.setAttribute(name, new Float32BufferAttribute(kept, n));
  }
  g.clearGroups();
  return g;
}

/** Share of the sky's haze mixed into far scenery (it is drawn without fog). */
const HAZE = 0.45;

/**
 * Everything marked `distant` (the skyline, the city far below the lab) as one
 * vertex-coloured mesh without fog; the haze is the fog colour added as emission, so
 * the skyline stays readable however short the fog is. One draw call.
 */
export class DistantCity {
  readonly mesh: Mesh;
  private readonly material = new MeshLambertMaterial({ vertexColors: true, fog: false });

  constructor(decor: readonly LevelDecor[]) {
    const parts: BufferGeometry[] = [];
    for (const d of decor) {
      if (!d.distant) continue;
      _q.setFromEuler(_e.set(0, d.yawRad, 0));
      if (d.kind === "block") {
        const g = withoutUnderside(new BoxGeometry(1, 1, 1).toNonIndexed());
        g.translate(0, 0.5, 0);
        paint(g, PALETTE[d.paint ?? "panel"].color, 0.8);
        g.applyMatrix4(_m.compose(_p.set(d.position[0], d.position[1], d.position[2]), _q, _s.set(d.scale[0], d.scale[1], d.scale[2])));
        parts.push(g);
      } else if (d.kind === "stalinTower" || d.kind === "church") {
        for (const part of d.kind === "stalinTower" ? stalinTower() : church()) {
          paint(part.geometry, part.color);
          part.geometry.applyMatrix4(_m.compose(_p.set(d.position[0], d.position[1], d.position[2]), _q, _s.set(d.scale[0], d.scale[1], d.scale[2])));
          parts.push(part.geometry);
        }
      }
    }
    for (const g of parts) g.deleteAttribute("uv");
    const merged = parts.length ? mergeGeometries(parts, false) : null;
    for (const g of parts) g.dispose();
    this.mesh = new Mesh(merged ?? new BoxGeometry(0, 0, 0), this.material);
    this.mesh.name = "distant";
    this.mesh.visible = merged !== null;
    this.mesh.matrixAutoUpdate = false;
    this.material.color.setScalar(1 - HAZE);
  }

  /** Sets the haze to the sky's fog colour. */
  setHaze(fog: Color): void {
    this.material.emissive.copy(fog).multiplyScalar(HAZE);
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.material.dispose();
  }
}
