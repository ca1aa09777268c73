import { BoxGeometry, type BufferGeometry, Color, ConeGeometry, CylinderGeometry, Float32BufferAttribute, LatheGeometry, Vector2 } from "three";

/** A coloured piece of a landmark, in its local frame (foot at origin, metres). */
export interface ColouredPart {
  geometry: BufferGeometry;
  color: number;
}

const STUCCO = 0xd9c9a8;
const STONE = 0xb9ab90;
const GOLD = 0xd8a640;
const GREEN = 0x3f7a62;
const WHITE = 0xeeeae0;

function at(g: BufferGeometry, x: number, y: number, z: number): BufferGeometry {
  g.translate(x, y, z);
  return g.index ? g.toNonIndexed() : g;
}

function tier(parts: ColouredPart[], w: number, h: number, d: number, y: number, color = STUCCO, x = 0, z = 0): void {
  parts.push({ geometry: at(new BoxGeometry(w, h, d), x, y + h / 2, z), color });
}

/** A Stalinist high-rise: a stepped wedding-cake tower with wings and a spire with a star (about 190 m). */
export function stalinTower(): ColouredPart[] {
  const p: ColouredPart[] = [];
  tier(p, 110, 30, 40, 0, STONE);
  tier(p, 50, 40, 38, 30);
  for (const x of [-42, 42]) tier(p, 24, 24, 28, 30, STUCCO, x);
  tier(p, 34, 34, 30, 70);
  tier(p, 24, 26, 22, 104);
  tier(p, 16, 18, 16, 130, STONE);
  p.push({ geometry: at(new ConeGeometry(7, 34, 8), 0, 165, 0), color: STONE });
  p.push({ geometry: at(new CylinderGeometry(0.8, 0.8, 10, 6), 0, 186, 0), color: GOLD });
  p.push({ geometry: at(new BoxGeometry(3, 3, 0.6), 0, 192, 0), color: 0xc0392b });
  return p;
}

/** An onion dome's profile, revolved: bulb, neck, tip (radius r, about 2.4·r tall). */
function onion(r: number): BufferGeometry {
  const pts: Vector2[] = [];
  const n = 10;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const y = t * 2.4 * r;
    const bulge = Math.sin(Math.min(1, t * 1.6) * Math.PI) * (1 - t * 0.3);
    pts.push(new Vector2(Math.max(0.02, r * (t < 0.62 ? 0.75 + 0.45 * bulge : (1 - t) * 1.6)), y));
  }
  return new LatheGeometry(pts, 10);
}

/** An Orthodox church: a white body, a drum, a gold onion dome and four green ones, a bell tower. */
export function church(): ColouredPart[] {
  const p: ColouredPart[] = [];
  tier(p, 16, 14, 22, 0, WHITE);
  tier(p, 8, 6, 8, 14, WHITE);
  p.push({ geometry: at(new CylinderGeometry(3.4, 3.4, 6, 10), 0, 23, 0), color: WHITE });
  p.push({ geometry: at(onion(4), 0, 26, 0), color: GOLD });
  p.push({ geometry: at(new CylinderGeometry(0.2, 0.2, 4, 4), 0, 37.5, 0), color: GOLD });
  for (const [x, z] of [
    [-5.5, -7],
    [5.5, -7],
    [-5.5, 7],
    [5.5, 7],
  ] as const) {
    p.push({ geometry: at(new CylinderGeometry(1.6, 1.6, 4, 8), x, 16, z), color: WHITE });
    p.push({ geometry: at(onion(2), x, 18, z), color: GREEN });
  }
  tier(p, 6, 22, 6, 0, WHITE, 0, 15);
  p.push({ geometry: at(onion(2.4), 0, 22, 15), color: GOLD });
  return p;
}

/** Writes a solid colour into a non-indexed geometry's vertex colours. */
export function paint(g: BufferGeometry, color: number, shade = 1): void {
  const c = new Color(color).multiplyScalar(shade);
  const n = g.getAttribute("position").count;
  const a = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) a.set([c.r, c.g, c.b], i * 3);
  g.setAttribute("color", new Float32BufferAttribute(a, 3));
}
