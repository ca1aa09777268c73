import type { PieceId } from "./pieceIds";

/**
 * `piece=day`: the set pieces played in story order as one run, dawn to night (which pieces
 * this build can play, the level registry says: `playablePieces()` in src/sim/world/levels).
 */
export const DAY_ID = "day";
export const DAY_TITLE = "The whole day";

/** Whether `x` asks for the whole day. */
export function isDay(x: unknown): x is typeof DAY_ID {
  return x === DAY_ID;
}

/** One piece's part of a day's run, as the end card and `npm run sim` report it. */
export interface DaySplit {
  piece: PieceId;
  seconds: number;
  completed: boolean;
}
