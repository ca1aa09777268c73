import { BoxGeometry, type BufferGeometry, CylinderGeometry, IcosahedronGeometry, Matrix4, Quaternion, Vector3 } from "three";
import type { DecorKind } from "../../sim/world/Level";

/** Materials decoration is drawn with (each kind × material pair is one instanced draw call). */
export type DecorMaterial = "balcony" | "pole" | "lampHead" | "bark" | "leaves" | "metal" | "glass" | "wood" | "rubber" | "darkGlass" | "white" | "screen";

export interface TemplatePart {
  material: DecorMaterial;
  geometry: BufferGeometry;
}

const _m = new Matrix4();
const _q = new Quaternion();
const _p = new Vector3();
const _s = new Vector3(1, 1, 1);
const _z = new Vector3(0, 0, 1);

type Parts = Partial<Record<DecorMaterial, BufferGeometry[]>>;

function place(g: BufferGeometry, x: number, y: number, z: number, rotZRad = 0): BufferGeometry {
  _q.setFromAxisAngle(_z, rotZRad);
  return g.applyMatrix4(_m.compose(_p.set(x, y, z), _q, _s));
}

function add(parts: Parts, mat: DecorMaterial, g: BufferGeometry): void {
  const list = parts[mat] ?? [];
  list.push(g.index ? g.toNonIndexed() : g);
  parts[mat] = list;
  if (g.index) g.dispose();
}

function box(parts: Parts, mat: DecorMaterial, w: number, h: number, d: number, x: number, y: number, z: number): void {
  add(parts, mat, place(new BoxGeometry(w, h, d), x, y, z));
}

function cyl(parts: Parts, mat: DecorMaterial, rTop: number, rBot: number, h: number, x: number, y: number, z: number, seg = 6, rotZRad = 0): void {
  add(parts, mat, place(new CylinderGeometry(rTop, rBot, h, seg), x, y, z, rotZRad));
}

/**
 * The local geometry of each decoration kind: foot at the origin, +z toward the street
 * (or forward), metres, split by material. Built once per level load, then instanced.
 */
export function decorParts(kind: Exclude<DecorKind, "block" | "stalinTower" | "church">): Parts {
  const p: Parts = {};
  switch (kind) {
    case "balcony":
      box(p, "balcony", 2.6, 0.14, 1.2, 0, 0.07, 0);
      box(p, "balcony", 2.6, 1.0, 0.08, 0, 0.6, 0.56);
      box(p, "balcony", 0.08, 1.0, 1.2, -1.26, 0.6, 0);
      box(p, "balcony", 0.08, 1.0, 1.2, 1.26, 0.6, 0);
      break;
    case "lamp":
      cyl(p, "pole", 0.08, 0.13, 9.2, 0, 4.6, 0);
      box(p, "pole", 0.08, 0.08, 2.5, 0, 9.0, 1.2);
      box(p, "lampHead", 0.35, 0.12, 0.7, 0, 8.92, 2.4);
      break;
    case "wire":
      box(p, "pole", 1, 1, 1, 0, 0, 0.5);
      break;
    case "birch":
      cyl(p, "bark", 0.1, 0.17, 7, 0, 3.5, 0);
      add(p, "leaves", place(new IcosahedronGeometry(1.7, 1), 0, 5.4, 0));
      add(p, "leaves", place(new IcosahedronGeometry(1.3, 1), 0.7, 6.9, 0.3));
      add(p, "leaves", place(new IcosahedronGeometry(1.2, 1), -0.6, 6.2, -0.5));
      break;
    case "busStop":
      for (const x of [-1.9, 1.9]) for (const z of [-0.6, 0.6]) box(p, "metal", 0.08, 2.4, 0.08, x, 1.2, z);
      box(p, "metal", 4.2, 0.12, 1.7, 0, 2.46, 0);
      box(p, "glass", 3.8, 1.9, 0.04, 0, 1.25, -0.62);
      box(p, "glass", 0.04, 1.9, 1.1, -1.9, 1.25, -0.05);
      break;
    case "bench":
      box(p, "wood", 1.8, 0.06, 0.45, 0, 0.45, 0);
      box(p, "wood", 1.8, 0.35, 0.05, 0, 0.78, -0.22);
      box(p, "metal", 0.06, 0.45, 0.45, -0.8, 0.22, 0);
      box(p, "metal", 0.06, 0.45, 0.45, 0.8, 0.22, 0);
      break;
    case "carTrim":
      for (const x of [-0.82, 0.82]) for (const z of [-1.4, 1.4]) cyl(p, "rubber", 0.33, 0.33, 0.24, x, 0.33, z, 10, Math.PI / 2);
      box(p, "rubber", 1.86, 0.16, 0.14, 0, 0.42, 2.22);
      box(p, "rubber", 1.86, 0.16, 0.14, 0, 0.42, -2.22);
      box(p, "darkGlass", 1.64, 0.36, 2.26, 0, 1.3, 0.1);
      box(p, "lampHead", 0.34, 0.12, 0.04, -0.62, 0.78, -2.21);
      box(p, "lampHead", 0.34, 0.12, 0.04, 0.62, 0.78, -2.21);
      break;
    case "kioskRoof":
      box(p, "metal", 1, 0.15, 1, 0, 0.075, 0);
      break;
    case "railing":
      box(p, "metal", 1, 1, 1, 0, 0.5, 0);
      break;
    case "ceilingLight":
      box(p, "lampHead", 1.4, 0.05, 0.25, 0, -0.025, 0);
      break;
    case "bed":
      box(p, "metal", 1.0, 0.5, 2.1, 0, 0.25, 0);
      box(p, "white", 0.95, 0.16, 2.0, 0, 0.58, 0);
      box(p, "white", 0.6, 0.12, 0.35, 0, 0.72, 0.75);
      break;
    case "console":
      box(p, "metal", 1.6, 1.0, 0.6, 0, 0.5, 0);
      box(p, "screen", 1.4, 0.7, 0.04, 0, 1.45, -0.2);
      box(p, "metal", 0.1, 0.45, 0.1, 0, 1.1, -0.2);
      break;
    case "desk":
      box(p, "wood", 1.6, 0.04, 0.8, 0, 0.74, 0);
      box(p, "metal", 0.04, 0.72, 0.7, -0.76, 0.36, 0);
      box(p, "metal", 0.04, 0.72, 0.7, 0.76, 0.36, 0);
      box(p, "screen", 0.55, 0.34, 0.03, 0, 1.0, -0.22);
      break;
    case "chair":
      box(p, "rubber", 0.5, 0.08, 0.5, 0, 0.46, 0);
      box(p, "rubber", 0.5, 0.5, 0.06, 0, 0.76, 0.23);
      cyl(p, "metal", 0.03, 0.03, 0.42, 0, 0.21, 0);
      break;
    default:
      roofParts(p, kind);
  }
  return p;
}

/** The roof furniture of the rooftops: aerials, dishes, water tanks, washing lines, ladder rungs. */
function roofParts(p: Parts, kind: DecorKind): void {
  switch (kind) {
    case "antenna":
      // A mast with the cross bars of an old TV aerial.
      cyl(p, "pole", 0.03, 0.05, 3, 0, 1.5, 0);
      for (const [y, w] of [[2.2, 1.4], [2.55, 1.1], [2.85, 0.8]] as const) box(p, "pole", w, 0.03, 0.03, 0, y, 0);
      box(p, "pole", 0.03, 0.03, 0.9, 0, 2.4, 0.3);
      break;
    case "dish":
      cyl(p, "metal", 0.04, 0.04, 0.8, 0, 0.4, 0);
      cyl(p, "white", 0.45, 0.3, 0.08, 0, 0.95, 0.05, 14, Math.PI / 2.6);
      box(p, "metal", 0.03, 0.03, 0.5, 0, 0.95, 0.3);
      break;
    case "waterTank":
      for (const x of [-0.9, 0.9]) for (const z of [-0.9, 0.9]) box(p, "metal", 0.1, 1.2, 0.1, x, 0.6, z);
      cyl(p, "metal", 1.15, 1.15, 1.9, 0, 2.15, 0, 12);
      cyl(p, "metal", 1.2, 1.2, 0.12, 0, 3.15, 0, 12);
      break;
    case "washingLine": {
      // Unit length along x (scaled per line): two posts, the line, laundry pegged along it.
      for (const x of [-0.5, 0.5]) box(p, "pole", 0.02, 1.9, 0.02, x, 0.95, 0);
      box(p, "white", 1, 0.01, 0.01, 0, 1.82, 0);
      for (const [x, w, h] of [[-0.32, 0.12, 0.7], [-0.12, 0.1, 0.5], [0.08, 0.14, 0.8], [0.3, 0.1, 0.45]] as const) box(p, "white", w, h, 0.02, x, 1.82 - h / 2, 0);
      break;
    }
    case "ladder":
      // One rung and its stretch of rails (a ladder is a stack of these, 0.3 m apart).
      for (const x of [-0.26, 0.26]) box(p, "metal", 0.05, 0.3, 0.03, x, 0.15, 0);
      cyl(p, "metal", 0.012, 0.012, 0.52, 0, 0.02, 0, 6, Math.PI / 2);
      break;
    default:
      break;
  }
}
