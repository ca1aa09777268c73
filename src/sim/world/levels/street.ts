import type { Level } from "../Level";
import { STREET } from "../moscow/layout";
import { makeMoscowStreet } from "../moscow/moscowStreet";

/** Kerb height: pavements stand this far above the road, metres. */
export const KERB_M = STREET.kerbM;

/**
 * The street set piece's level: a block of the seeded Moscow generator
 * (src/sim/world/moscow). `seed` varies the blocks, cars and trees; anchors stay put.
 */
export function makeStreetLevel(seed = 1): Level {
  return makeMoscowStreet(seed);
}
