/** The set pieces, in story order. Ids are fixed public names (ARCHITECTURE.md). */
export const PIECE_IDS = ["awakening", "street", "office", "rooftops", "army"] as const;
export type PieceId = (typeof PIECE_IDS)[number];

export interface PieceInfo {
  id: PieceId;
  title: string;
  /** Whether it can be played in this build (the others show as "coming later"). */
  available: boolean;
}

export const PIECES: readonly PieceInfo[] = [
  { id: "awakening", title: "Awakening", available: true },
  { id: "street", title: "Street", available: true },
  { id: "office", title: "Office", available: false },
  { id: "rooftops", title: "Rooftops", available: false },
  { id: "army", title: "Army", available: false },
];

/** Whether `x` is one of the five set-piece ids. */
export function isPieceId(x: unknown): x is PieceId {
  return typeof x === "string" && (PIECE_IDS as readonly string[]).includes(x);
}
