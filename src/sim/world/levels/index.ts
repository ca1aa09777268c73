import { PIECES, type PieceId } from "../../../content/pieces";
import type { Level } from "../Level";
import { makeAirlabLevel } from "./airlab";
import { makeOfficeKitLevel } from "./officeKitDemo";
import { makeStreetLevel } from "./street";

/** The level a set piece plays on, or null where the piece has none yet. */
export function levelForPiece(id: PieceId, seed = 1): Level | null {
  if (id === "street") return makeStreetLevel(seed);
  if (id === "awakening") return makeAirlabLevel(seed);
  return null;
}

/** Every level by id, including those no set piece plays yet (for dev hooks, screenshots and budget tests). */
export const LEVEL_IDS = ["street", "airlab", "office-kit"] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export function levelById(id: string, seed = 1): Level | null {
  if (id === "street") return makeStreetLevel(seed);
  if (id === "airlab") return makeAirlabLevel(seed);
  if (id === "office-kit") return makeOfficeKitLevel(seed);
  return null;
}

/** The five set pieces in story order with their titles and whether this build plays them (`headcam.pieces()`). */
export function pieceList(): { id: PieceId; title: string; available: boolean }[] {
  return PIECES.map((p) => ({ id: p.id, title: p.title, available: p.available }));
}
