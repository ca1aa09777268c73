import type { CityBuilder } from "./CityBuilder";
import { STREET } from "./layout";

/**
 * The pedestrian underpass: on each pavement a stair pit (railed, signed) descends north
 * from `zTop` to a tunnel that runs under the avenue. The pavements are cut around the
 * pits by `pavements`; the road and the pavements above are the tunnel's ceiling (y = -1).
 */
export function underpass(c: CityBuilder): void {
  const S = STREET;
  const U = S.under;
  const steps = 13;
  const rise = (S.kerbM - U.floorY) / steps;
  const tread = (U.zTop - U.zNorth) / steps;
  const base = U.floorY - 0.4;
  const tunnelZ1 = U.zNorth;
  const xOut = U.pitX1 + 0.3;
  for (const side of [-1, 1]) {
    const x0 = side < 0 ? -U.pitX1 : U.pitX0;
    const w = U.pitX1 - U.pitX0;
    for (let i = 0; i < steps; i++) {
      const top = S.kerbM - (i + 1) * rise;
      c.box([x0, base, U.zTop - (i + 1) * tread], [w, top - base, tread], "concrete", "concrete", true, "steps");
    }
    // Pit walls to either side of the stairs, from the tunnel floor up to the pavement.
    for (const wx of [x0 - 0.25, x0 + w]) c.box([wx, base, U.zNorth], [0.25, S.kerbM - base, U.zTop - U.zNorth], "tile", "concrete", false);
    // Railings around the opening (the stair head stays open, toward +z).
    for (const wx of [x0 - 0.05, x0 + w - 0.05]) c.box([wx, S.kerbM, U.zNorth], [0.1, 1.0, U.zTop - U.zNorth], "metal", "metal", false, "railing");
    c.box([x0, S.kerbM, U.zNorth - 0.1], [w, 1.0, 0.1], "metal", "metal", false, "railing");
    c.sign("ПЕРЕХОД", [x0 + w / 2, S.kerbM + 2.4, U.zTop + 0.3], Math.PI, 0.35);
    c.invisible([x0 + w / 2 - 0.06, S.kerbM, U.zTop + 0.24], [0.12, 2.2, 0.12], "pole");
    c.add("railing", [x0 + w / 2, S.kerbM, U.zTop + 0.3], 0, [0.12, 2.25, 0.12]);
  }
  // The tunnel: floor, north and south walls, end walls; lit by a row of interior lights.
  c.box([-xOut, base, U.tunnelZ0], [2 * xOut, U.floorY - base, tunnelZ1 - U.tunnelZ0], "tile", "concrete", true, "underpass");
  c.box([-xOut, base, U.tunnelZ0 - 0.3], [2 * xOut, -1 - base, 0.3], "tile", "concrete", false, "underpass");
  c.box([-U.pitX0, base, tunnelZ1], [2 * U.pitX0, -1 - base, 0.3], "tile", "concrete", false, "underpass");
  for (const side of [-1, 1]) c.box([side < 0 ? -xOut - 0.3 : xOut, base, U.tunnelZ0 - 0.3], [0.3, -1 - base, tunnelZ1 - U.tunnelZ0 + 0.6], "tile", "concrete", false, "underpass");
  for (const x of [-8, 0, 8]) {
    c.add("ceilingLight", [x, -1.05, (U.tunnelZ0 + tunnelZ1) / 2], Math.PI / 2, [1, 1, 1]);
    c.light([x, -1.3, (U.tunnelZ0 + tunnelZ1) / 2], "interior", 7);
  }
  c.sign("МЕТРО", [0, -1.7, U.tunnelZ0 + 0.02], Math.PI, 0.45);
}

/**
 * The two pavements as boxes, cut around the underpass's stair pits and, on the west,
 * crossed by the side street at road level.
 */
export function pavements(c: CityBuilder): void {
  const S = STREET;
  const U = S.under;
  for (const side of [-1, 1]) {
    const xa = side < 0 ? -S.paveOutM : S.roadHalfM;
    const w = S.paveOutM - S.roadHalfM;
    const pave = (z0: number, z1: number, x0 = xa, wx = w) => {
      if (z1 > z0) c.box([x0, -1, z0], [wx, 1 + S.kerbM, z1 - z0], "pavement", "concrete", true);
    };
    pave(S.northZ, U.zNorth);
    pave(U.zTop, S.southZ);
    const pLo = side < 0 ? -U.pitX1 : U.pitX0;
    const pHi = side < 0 ? -U.pitX0 : U.pitX1;
    pave(U.zNorth, U.zTop, xa, pLo - xa);
    pave(U.zNorth, U.zTop, pHi, xa + w - pHi);
    const kx = side < 0 ? -S.roadHalfM : S.roadHalfM - 0.2;
    c.box([kx, 0, S.northZ], [0.2, S.kerbM + 0.02, S.southZ - S.northZ], "kerb", "concrete", true);
  }
}
