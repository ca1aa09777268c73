/**
 * The three source documents the game's facts are drawn from (their text is never
 * copied into the project), and `outside` for well-known facts from public synopses.
 * Every cast entry, set piece and line of dialogue names one of these in `source`.
 */
export const SOURCES = {
  "000_f6002db4fab5f863.txt": "An interview with the director about how the film was shot on head-mounted cameras.",
  "001_898a12960a63796c.txt": "An interview with the producer, with the film's premise and its characters.",
  "002_cff53b2356ea86ff.txt": "A news piece on the first trailer, with the plot and the cast.",
} as const;

export type SourceFile = keyof typeof SOURCES;
/** A registered document, or `outside` for facts from public synopses. */
export type Source = SourceFile | "outside";

export function isSource(s: unknown): s is Source {
  return s === "outside" || (typeof s === "string" && Object.hasOwn(SOURCES, s));
}

/** Short aliases used in the content files, so entries stay readable. */
export const DIRECTOR_INTERVIEW: SourceFile = "000_f6002db4fab5f863.txt";
export const PRODUCER_INTERVIEW: SourceFile = "001_898a12960a63796c.txt";
export const TRAILER_NEWS: SourceFile = "002_cff53b2356ea86ff.txt";
