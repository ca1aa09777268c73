import type { Paint } from "../Level";
import type { CityBuilder } from "./CityBuilder";
import { STREET } from "./layout";
import { DMath } from "../../core/DMath";

const FAR_PAINTS: readonly Paint[] = ["panel", "panelDark", "panel", "brick"];

/**
 * The city beyond the playable area, all decoration: the avenue running on north past
 * the road works into the haze, blocks behind the rows poking over the roofs, the side
 * street running west, a ground plane, a block closing the south end, and on the skyline
 * a Stalinist high-rise and an onion-domed church.
 */
export function skyline(c: CityBuilder): void {
  const S = STREET;
  // Ground under everything, just below the road's top.
  // (Distant: it neither casts shadows nor fills the sun's shadow map.)
  c.farBlock([-900, -1, -1200], [1800, 0.95, 1700], "concrete", true);
  // The avenue goes on north, flanked by blocks.
  c.farBlock([-S.roadHalfM, -1, -460], [2 * S.roadHalfM, 0.999, 460 + S.northZ - 0.5], "road", false);
  for (const side of [-1, 1]) {
    c.farBlock([side < 0 ? -S.paveOutM : S.roadHalfM, -1, -460], [S.paveOutM - S.roadHalfM, 1.1, 339], "pavement", false);
    let z: number = S.northZ - 14;
    while (z > -440) {
      const len = c.rng.range(30, 60);
      const storeys = [9, 12, 16, 16, 22][c.rng.int(0, 4)];
      const x0 = side < 0 ? -S.paveOutM - 16 - c.rng.range(0, 6) : S.paveOutM + 2 + c.rng.range(0, 6);
      c.farBlock([x0, 0, z - len], [14, storeys * S.storeyM, len], FAR_PAINTS[c.rng.int(0, 3)], false);
      z -= len + c.rng.range(8, 20);
    }
  }
  // Blocks behind both rows, seen over the roofs and through the gaps.
  for (const side of [-1, 1]) {
    for (let z = S.northZ; z < S.southZ + 40; z += c.rng.range(35, 55)) {
      const storeys = [9, 16, 16, 22][c.rng.int(0, 3)];
      const x0 = side < 0 ? -S.paveOutM - 60 - c.rng.range(0, 30) : S.court.x1 + 30 + c.rng.range(0, 30);
      c.farBlock([x0, 0, z], [16, storeys * S.storeyM, c.rng.range(25, 45)], FAR_PAINTS[c.rng.int(0, 3)], false);
    }
  }
  // The side street runs on west.
  c.farBlock([-160, -1, S.side.z0], [160 - S.paveOutM - S.blockDepthM - 1, 1, S.side.z1 - S.side.z0], "road", false);
  for (const z of [S.side.z0 - 30, S.side.z1 + 2]) c.farBlock([-150, 0, z], [110, 9 * S.storeyM, 28], "panelDark", false);
  // A block across the south end, behind the spawn, and its neighbours.
  c.farBlock([-S.paveOutM - 20, 0, S.southZ + 6], [S.court.x1 + 40, 7 * S.storeyM, 14], "stucco", false);
  c.farBlock([-S.roadHalfM, -1, S.southZ - 0.5], [2 * S.roadHalfM, 0.999, 7], "road", false);
  // Landmarks, hazed like the far distance.
  c.add("stalinTower", [-40, 0, -560], 0, [1, 1, 1]).distant = true;
  c.add("church", [52, 0, -230], -0.4, [1, 1, 1]).distant = true;
  for (let i = 0; i < 14; i++) {
    const a = (i / 14) * Math.PI * 2;
    const r = c.rng.range(420, 650);
    const h = [16, 22, 25][c.rng.int(0, 2)] * S.storeyM;
    const w = c.rng.range(20, 50);
    c.farBlock([DMath.sin(a) * r - w / 2, 0, DMath.cos(a) * r - 20], [w, h, 16], FAR_PAINTS[i % 4], false);
  }
}
