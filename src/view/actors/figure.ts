import { BoxGeometry, type BufferGeometry, Color, DynamicDrawUsage, Float32BufferAttribute, InstancedMesh, type Material } from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";

/** One box of a low-poly figure: size, centre (feet at y = 0, facing -Z), colour. */
export type FigurePart = readonly [readonly [number, number, number], readonly [number, number, number], number];

const _c = new Color();

/** Merges a figure's boxes into one geometry with vertex colours: one draw call per figure. */
export function buildFigure(parts: readonly FigurePart[]): BufferGeometry {
  const geoms = parts.map(([size, at, hex]) => {
    const g = new BoxGeometry(size[0], size[1], size[2]).toNonIndexed();
    g.translate(at[0], at[1], at[2]);
    _c.setHex(hex);
    const n = g.getAttribute("position").count;
    const col = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) col.set([_c.r, _c.g, _c.b], i * 3);
    g.setAttribute("color", new Float32BufferAttribute(col, 3));
    g.deleteAttribute("uv");
    return g;
  });
  const merged = mergeGeometries(geoms);
  for (const g of geoms) g.dispose();
  return merged;
}

/** An instanced mesh whose instances move every frame (figures, gear, thrown things), culled by no one. */
export function movingInstances(geometry: BufferGeometry, material: Material, capacity: number, name: string, shadows: boolean): InstancedMesh {
  const m = new InstancedMesh(geometry, material, Math.max(1, capacity));
  m.instanceMatrix.setUsage(DynamicDrawUsage);
  m.castShadow = shadows;
  m.receiveShadow = shadows;
  m.frustumCulled = false;
  m.name = name;
  return m;
}
