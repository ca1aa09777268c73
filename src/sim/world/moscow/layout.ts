/**
 * The street's plan in metres (the three.js frame: -Z is north). One place for the
 * numbers every part of the generator shares, so the avenue, its blocks, its furniture
 * and the anchors that set pieces use always agree.
 */
export const STREET = {
  /** Pavements stand this far above the road. */
  kerbM: 0.15,
  roadHalfM: 8,
  paveOutM: 14,
  northZ: -120,
  southZ: 100,
  storeyM: 2.8,
  bayM: 3.2,
  blockDepthM: 14,
  /** The courtyard gap on the east side. */
  court: { z0: -32, z1: -8, x1: 44 },
  /** The side street on the west side. */
  side: { z0: -46, z1: -34 },
  /** The pedestrian underpass: stair pits on both pavements, a tunnel under the road. */
  under: { zTop: -84, zNorth: -92, floorY: -3.6, pitX0: 10.6, pitX1: 12.9, tunnelZ0: -95.5 },
} as const;

/** z ranges (min, max) on each pavement that furniture keeps clear of: steps, ramps, kiosks, stairs. */
export const KEEP_CLEAR: Record<"west" | "east", [number, number][]> = {
  west: [
    [20, 42],
    [67, 73],
    [56, 64],
    [-83, -77],
    [-97, -82],
    [-47, -33],
  ],
  east: [
    [10, 20],
    [54, 66],
    [-53, -47],
    [-97, -82],
    [-33, -7],
    [-61, -55],
  ],
};

/** Whether z is clear of every kept range on a side (with a margin, metres). */
export function isClear(side: "west" | "east", z: number, marginM = 1.5): boolean {
  return KEEP_CLEAR[side].every(([a, b]) => z < a - marginM || z > b + marginM);
}
