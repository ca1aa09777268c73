import { DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, type Source, TRAILER_NEWS } from "./sources";

export interface CastEntry {
  id: string;
  /** The name subtitles show. */
  name: string;
  /** Who the role is in the game. */
  role: string;
  /** Who played it in the film, as the documents credit it. */
  playedBy: string;
  /** Whether the character ever speaks (Henry never does). */
  speaks: boolean;
  sources: Source[];
}

/** The cast, as the documents give it (src/content/README.md). The characters belong to the film. */
export const CAST = [
  {
    id: "henry",
    name: "Henry",
    role: "You: a cyborg with no memory and no voice.",
    playedBy: "13 stuntmen and camera operators, and the director, taking turns",
    speaks: false,
    sources: [DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW],
  },
  {
    id: "estelle",
    name: "Estelle",
    role: "Henry's wife, the scientist who rebuilt him.",
    playedBy: "Haley Bennett",
    speaks: true,
    sources: [TRAILER_NEWS, "outside"],
  },
  {
    id: "jimmy",
    name: "Jimmy",
    role: "The ally who keeps dying and coming back, and shouts the way.",
    playedBy: "Sharlto Copley",
    speaks: true,
    sources: [PRODUCER_INTERVIEW, TRAILER_NEWS],
  },
  {
    id: "akan",
    name: "Akan",
    role: "The telekinetic psychopath who takes Henry's wife.",
    playedBy: "Danila Kozlovsky",
    speaks: true,
    sources: [TRAILER_NEWS, "outside"],
  },
  {
    id: "courier",
    name: "Courier",
    role: "A man running across the rooftops with a mysterious glowing device.",
    playedBy: "a stunt performer",
    speaks: false,
    sources: [TRAILER_NEWS],
  },
  {
    id: "merc",
    name: "Mercenary",
    role: "The army on Henry's tail.",
    playedBy: "stunt performers",
    speaks: true,
    sources: [PRODUCER_INTERVIEW, TRAILER_NEWS],
  },
] as const satisfies readonly CastEntry[];

export type SpeakerId = (typeof CAST)[number]["id"];

/** Supporting players credited as the trailer news lists them; the game invents no parts for them. */
export const SUPPORTING = { names: ["Andrey Dementiev", "Dasha Charusa", "Sveta Ustinova"], source: TRAILER_NEWS } as const;

/** Crew credits (src/content/README.md), with the spelling note the documents need. */
export const CREW = [
  { job: "Directed by", name: "Ilya Naishuller", source: DIRECTOR_INTERVIEW },
  { job: "Produced by", name: "Timur Bekmambetov", source: PRODUCER_INTERVIEW },
  { job: "Prosthetics and effects by", name: "Pyotr Gorshenin", source: PRODUCER_INTERVIEW },
] as const;
