import type { PieceId } from "../pieceIds";
import type { SetPieceDef } from "../script";
import { ARMY } from "./army";
import { AWAKENING } from "./awakening";
import { OFFICE } from "./office";
import { ROOFTOPS } from "./rooftops";
import { STREET } from "./street";

export { isPieceId, PIECE_IDS, type PieceId } from "../pieceIds";

/** A set piece of the story that nobody has scripted yet: the title screen lists it as coming later. */
export interface PlannedPiece {
  id: PieceId;
  title: string;
}

/**
 * Every set piece in story order: its script once written (which names its level, opening
 * operator, time of day and budgets), its title until then. This list is the only place
 * that says which pieces exist; the level registry (src/sim/world/levels/index.ts) says
 * which levels can be built, and a piece is playable when both are there. How to add a
 * piece: src/sim/world/levels/README.md.
 */
export const PIECES: readonly (SetPieceDef | PlannedPiece)[] = [
  AWAKENING,
  STREET,
  OFFICE,
  ROOFTOPS,
  ARMY,
];

/** Whether an entry of `PIECES` has its script written. */
export function isScripted(p: SetPieceDef | PlannedPiece): p is SetPieceDef {
  return "beats" in p;
}

/** A piece's script, or null while it is only planned. */
export function scriptOf(id: PieceId): SetPieceDef | null {
  const p = PIECES.find((q) => q.id === id);
  return p && isScripted(p) ? p : null;
}

/** A piece's title (the id for an unknown one). */
export function pieceTitle(id: PieceId): string {
  return PIECES.find((p) => p.id === id)?.title ?? id;
}
