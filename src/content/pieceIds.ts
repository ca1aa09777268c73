/** The set pieces' ids, in story order. They are public names (URLs, takes, saved best times): never rename one. */
export const PIECE_IDS = ["awakening", "street", "office", "rooftops", "army"] as const;
export type PieceId = (typeof PIECE_IDS)[number];

/** Whether `x` is one of the five set-piece ids. */
export function isPieceId(x: unknown): x is PieceId {
  return typeof x === "string" && (PIECE_IDS as readonly string[]).includes(x);
}
