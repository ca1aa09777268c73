import { BoxGeometry, type BufferGeometry, Color, Float32BufferAttribute } from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";

/** One box of a low-poly shape (a prop drawn as a few boxes): size, centre (feet at y = 0, facing -Z), colour. */
export type FigurePart = readonly [readonly [number, number, number], readonly [number, number, number], number];

const _c = new Color();

/** Merges a shape's boxes into one geometry with vertex colours: one draw call per shape (people are figures of src/view/bodies). */
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
