import type { Paint } from "../Level";
import type { CityBuilder } from "./CityBuilder";
import { STREET } from "./layout";
import { SHOP_WORDS } from "./words";

/** The storey counts of Moscow's panel blocks: five-storey brick, nine and sixteen-storey panel. */
const STOREYS = [5, 9, 9, 16] as const;

/**
 * One panel block: the slab (a collider), a plinth, a cornice, balconies on the face
 * toward the street (every other bay, from the third floor) and, sometimes, a shop sign
 * over the ground floor. `face` is +1 when the street side looks toward +x.
 */
export function panelBlock(c: CityBuilder, x0: number, z0: number, lengthM: number, storeys: number, face: 1 | -1): void {
  const S = STREET;
  const depth = S.blockDepthM;
  const h = storeys * S.storeyM;
  const paint: Paint = storeys === 5 ? "brick" : storeys === 16 ? "panel" : c.rng.next() < 0.5 ? "panel" : "panelDark";
  c.box([x0, 0, z0], [depth, h, lengthM], paint, "concrete", false, "building");
  c.box([x0 - 0.2, h, z0 - 0.2], [depth + 0.4, 0.6, lengthM + 0.4], "roof", "concrete", false, "building");
  const faceX = face > 0 ? x0 + depth : x0;
  c.box([face > 0 ? faceX : faceX - 0.25, 0, z0], [0.25, 0.7, lengthM], "concrete", "concrete", false, "building");
  const bays = Math.floor(lengthM / S.bayM);
  const yaw = face > 0 ? Math.PI / 2 : -Math.PI / 2;
  const glazed = c.rng.next() < 0.4;
  for (let b = 1; b < bays - 1; b += 2) {
    const z = z0 + (b + 0.5) * S.bayM;
    for (let s = 2; s < storeys; s++) {
      const d = c.add("balcony", [faceX + face * 0.6, s * S.storeyM, z], yaw, [1, glazed && s % 3 !== 0 ? 1.4 : 1, 1]);
      d.paint = paint;
    }
  }
  if (c.rng.next() < 0.75) {
    const word = SHOP_WORDS[c.rng.int(0, SHOP_WORDS.length - 1)];
    const zc = z0 + Math.min(lengthM / 2, c.rng.range(6, Math.max(7, lengthM - 6)));
    c.sign(word, [faceX + face * 0.08, 3.3, zc], -yaw, 0.7);
  }
}

/** Picks a storey count: five, nine or sixteen. */
export function pickStoreys(c: CityBuilder): number {
  return STOREYS[c.rng.int(0, STOREYS.length - 1)];
}

/**
 * A row of blocks along one side of the avenue from `northZ` to `southZ`, leaving the given
 * gaps (z ranges) open for courtyards and side streets. Lengths are whole bays.
 */
export function blockRow(c: CityBuilder, side: -1 | 1, gaps: readonly (readonly [number, number])[]): void {
  const S = STREET;
  const x0 = side < 0 ? -S.paveOutM - S.blockDepthM : S.paveOutM;
  const face: 1 | -1 = side < 0 ? 1 : -1;
  let z: number = S.northZ;
  while (z < S.southZ - 4) {
    const gap = gaps.find(([g0, g1]) => z >= g0 - 0.01 && z < g1);
    if (gap) {
      z = gap[1];
      continue;
    }
    let end = Math.min(z + S.bayM * c.rng.int(9, 17), S.southZ);
    const next = gaps.find(([g0]) => g0 > z && g0 < end);
    if (next) end = next[0];
    const len = end - z;
    if (len >= 8) panelBlock(c, x0, z, len, pickStoreys(c), face);
    // Narrow passages between blocks, closed by a fence: the gaps Moscow blocks leave.
    const pass = c.rng.next() < 0.35 && end < S.southZ - 20 && !next ? 4 : 0;
    if (pass) c.box([face > 0 ? x0 + S.blockDepthM - 0.3 : x0, 0, end], [0.3, 2.2, pass], "metal", "metal", false, "fence");
    z = end + pass;
  }
}
