import type { PieceId } from "../pieces";
import type { SetPieceDef } from "../script";
import { AWAKENING } from "./awakening";
import { STREET } from "./street";

/** The set pieces that have a script, by id. */
export const SET_PIECES: Partial<Record<PieceId, SetPieceDef>> = {
  awakening: AWAKENING,
  street: STREET,
};
