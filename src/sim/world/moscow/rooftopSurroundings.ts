import { DMath } from "../../core/DMath";
import type { Paint } from "../Level";
import type { CityBuilder } from "./CityBuilder";
import { STREET } from "./layout";

const NEAR_PAINTS: readonly Paint[] = ["panel", "panelDark", "brick", "panel", "stucco"];
const FAR_PAINTS: readonly Paint[] = ["panel", "panelDark", "panel", "brick"];

/**
 * The city around and below the roofs: the ground (a collider: a fall ends there), two
 * avenues either side of the chase's blocks with cars and lamps drawn small far below,
 * rows of neighbouring blocks (some taller, to frame the sky; none close enough to jump
 * to), and on the skyline a Stalinist high-rise and an onion-domed church.
 */
export function rooftopSurroundings(c: CityBuilder): void {
  // The ground under everything the chase could fall to.
  c.box([-40, -1, -230], [80, 1, 250], "pavement", "concrete", true, "ground");
  for (const x of [-26, 14]) c.box([x, -0.98, -230], [12, 1, 250], "road", "asphalt", true, "road");
  // Courtyards between the blocks of the chase: grass and a few birches seen down the gaps.
  c.farBlock([-12, 0, -63.5], [24, 0.05, 3.5], "grass", false);
  c.farBlock([-12, 0, -133.5], [24, 0.05, 3.5], "grass", false);
  for (const z of [-61, -131]) for (const x of [-6, 5]) c.add("birch", [x, 0, z], c.rng.range(0, 6), [0.8, 0.8, 0.8]);
  // Cars parked along the avenues (far below: the trim only).
  for (const x of [-24.5, -15.5, 15.5, 24.5]) {
    for (let z = 10; z > -225; z -= c.rng.range(8, 18)) if (c.rng.next() < 0.6) c.add("carTrim", [x, 0, z], c.rng.range(-0.05, 0.05));
  }
  for (let z = 0; z > -225; z -= 30) for (const x of [-14.6, 14.6]) c.add("lamp", [x, 0, z], x < 0 ? Math.PI / 2 : -Math.PI / 2);
  neighbours(c);
  skylineRing(c);
}

/** Blocks beyond the avenues on both sides: 5 to 22 storeys, lengths of whole bays. */
function neighbours(c: CityBuilder): void {
  for (const side of [-1, 1]) {
    let z = 20;
    while (z > -230) {
      const len = STREET.bayM * c.rng.int(6, 14);
      const storeys = [5, 9, 9, 12, 16, 22][c.rng.int(0, 5)];
      const x0 = side < 0 ? -40 - c.rng.range(0, 6) : 28 + c.rng.range(0, 6);
      c.farBlock([x0, 0, z - len], [12 + c.rng.range(0, 4), storeys * STREET.storeyM, len], NEAR_PAINTS[c.rng.int(0, 4)], false);
      z -= len + c.rng.range(6, 14);
    }
  }
  // Beyond the dead end and behind the office tower: the city goes on.
  for (const [z0, len] of [
    [-250, 14],
    [30, 16],
  ] as const) {
    for (let x = -40; x < 40; x += 26) c.farBlock([x, 0, z0], [22, c.rng.int(9, 16) * STREET.storeyM, len], NEAR_PAINTS[c.rng.int(0, 4)], false);
  }
}

/** The far city in a ring, hazed like the distance, with the landmarks on the skyline. */
function skylineRing(c: CityBuilder): void {
  c.farBlock([-900, -1, -1200], [1800, 0.95, 1700], "concrete", true);
  for (let i = 0; i < 20; i++) {
    const a = (i / 20) * Math.PI * 2;
    const r = c.rng.range(260, 620);
    const w = c.rng.range(24, 60);
    const h = [12, 16, 22, 25][c.rng.int(0, 3)] * STREET.storeyM;
    c.farBlock([DMath.sin(a) * r - w / 2, 0, -100 + DMath.cos(a) * r], [w, h, 18], FAR_PAINTS[i % 4], true);
  }
  c.add("stalinTower", [-160, 0, -620], 0, [1, 1, 1]).distant = true;
  c.add("church", [210, 0, -330], -0.4, [1, 1, 1]).distant = true;
}
