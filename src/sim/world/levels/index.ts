import type { PieceId } from "../../../content/pieces";
import type { Level } from "../Level";
import { makeStreetLevel } from "./street";

/** The level a set piece plays on, or null where the piece has none yet. */
export function levelForPiece(id: PieceId, seed = 1): Level | null {
  return id === "street" ? makeStreetLevel(seed) : null;
}
