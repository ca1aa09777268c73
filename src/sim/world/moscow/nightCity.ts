import type { Paint } from "../Level";
import type { CityBuilder } from "./CityBuilder";
import { DMath } from "../../core/DMath";

const CITY_PAINTS: readonly Paint[] = ["panel", "panelDark", "brick", "panel", "stucco"];
/** The avenue grid of the city below: spacing and road width, metres. */
const GRID_M = 120;
const ROAD_M = 26;
/** The city reaches this far from the tower, metres; lamps stand this far apart along the avenues. */
const CITY_RADIUS_M = 1400;
const LAMP_SPACING_M = 32;
const LAMP_HEIGHT_M = 9;

/**
 * The tower under the roof, as far scenery: the shaft the roof tops (inset a little so the
 * deck's slab reads as a cornice), then wider tiers and wings down to the street.
 */
export function towerShaft(c: CityBuilder, halfM: number, depthM: number): void {
  const w = 2 * halfM - 0.4;
  c.farBlock([-w / 2, -depthM * 0.35, -w / 2], [w, depthM * 0.35 - 0.3, w], "tower");
  c.farBlock([-52, -depthM * 0.65, -46], [104, depthM * 0.3, 92], "stucco");
  c.farBlock([-85, -depthM, -36], [170, depthM * 0.35, 72], "stucco");
  c.farBlock([-40, -depthM, -70], [80, depthM * 0.35, 140], "stucco");
}

/**
 * Moscow at night from the top of the tower: a ground plane `depthM` below the roof, an
 * avenue grid of blocks of 9 to 22 storeys, a river, a church and another high-rise on the
 * skyline, and a lamp every few tens of metres along the avenues (far lights: the view
 * draws them as glowing points). All of it is far scenery: no colliders.
 */
export function nightCity(c: CityBuilder, depthM: number): void {
  const y = -depthM;
  const far = c.farLights;
  c.farBlock([-3000, y - 1, -3000], [6000, 1, 6000], "concrete");
  // The river bends past to the north-west.
  c.farBlock([-3000, y - 0.6, -700], [6000, 0.7, 140], "roof");
  const n = Math.ceil(CITY_RADIUS_M / GRID_M);
  for (let gx = -n; gx < n; gx++) {
    for (let gz = -n; gz < n; gz++) {
      const x0 = gx * GRID_M + ROAD_M / 2;
      const z0 = gz * GRID_M + ROAD_M / 2;
      const cell = GRID_M - ROAD_M;
      const cx = x0 + cell / 2;
      const cz = z0 + cell / 2;
      const r = DMath.hypot(cx, cz);
      if (r > CITY_RADIUS_M || (cz > -700 && cz < -560)) continue;
      // The tower's own plaza stays open.
      if (r < 110) continue;
      const blocks = c.rng.int(2, 4);
      for (let b = 0; b < blocks; b++) {
        const long = c.rng.next() < 0.5;
        const bw = long ? c.rng.range(50, cell - 8) : c.rng.range(14, 20);
        const bd = long ? c.rng.range(14, 20) : c.rng.range(40, cell - 8);
        const bx = x0 + c.rng.range(0, cell - bw);
        const bz = z0 + c.rng.range(0, cell - bd);
        const storeys = [5, 9, 9, 12, 16, 16, 22][c.rng.int(0, 6)];
        c.farBlock([bx, y, bz], [bw, storeys * 2.8, bd], CITY_PAINTS[c.rng.int(0, CITY_PAINTS.length - 1)]);
      }
    }
  }
  for (let k = -n; k <= n; k++) {
    const road = k * GRID_M;
    for (let s = -CITY_RADIUS_M; s <= CITY_RADIUS_M; s += LAMP_SPACING_M) {
      if (DMath.hypot(road, s) > CITY_RADIUS_M) continue;
      for (const side of [-1, 1]) {
        far.push([road + side * (ROAD_M / 2 - 2), y + LAMP_HEIGHT_M, s]);
        far.push([s, y + LAMP_HEIGHT_M, road + side * (ROAD_M / 2 - 2)]);
      }
    }
  }
  // High-rises whose lit upper floors show over the parapet from anywhere on the roof.
  for (let i = 0; i < 16; i++) {
    const a = (i / 16) * Math.PI * 2 + c.rng.range(-0.15, 0.15);
    const r = c.rng.range(380, 1100);
    const w = c.rng.range(26, 44);
    const h = c.rng.range(150, 235);
    c.farBlock([DMath.sin(a) * r - w / 2, y, DMath.cos(a) * r - w / 2], [w, h, c.rng.range(22, 40)], i % 3 === 0 ? "tower" : "panel");
  }
  c.add("church", [-380, y, 260], 0.5, [1.4, 1.4, 1.4]).distant = true;
  c.add("stalinTower", [900, y, -1100], -0.4, [1, 1, 1]).distant = true;
  c.add("stalinTower", [-1300, y, 600], 0.9, [0.8, 0.8, 0.8]).distant = true;
}
