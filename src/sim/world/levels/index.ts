import { isScripted, type PieceId, PIECES, scriptOf } from "../../../content/pieces";
import type { SetPieceDef } from "../../../content/script";
import { CROWD_FIGHTS, type FightPlan, ROOFTOP_FIGHTS, STREET_FIGHTS } from "../../combat/Fights";
import { OFFICE_FIGHTS } from "../../combat/officeFights";
import type { Level } from "../Level";
import { makeAirlabLevel } from "./airlab";
import { makeOfficeLevel } from "./office";
import { makeOfficeKitLevel } from "./officeKitDemo";
import { makeStreetLevel } from "./street";
import { makeTowerLevel } from "./tower";
import { makeRooftops } from "../moscow/rooftops";

/** A level the game can load by id: how to build it, and the fights it stages. */
export interface LevelDef {
  /** Builds the level from the run's seed (a level may ignore it). Pure: the same seed, the same level. */
  build(seed: number): Level;
  /** The fights `stageFights` places by the level's named anchors when the core starts; none when absent. */
  fights?: readonly FightPlan[];
}

/**
 * The lab is stormed on a cue: five mercenaries wait behind the door, no props or cover
 * staged (the room has its own). A death there restarts where the attack found Henry, not
 * on the bed they stand over.
 */
const AIRLAB_FIGHTS: readonly FightPlan[] = [{ anchor: "door", mercs: 5, dormant: true, bare: true, behind: true, restart: "calibration.3" }];

/**
 * The level registry: every level by id, including those no set piece plays yet (dev
 * hooks, screenshots, budget tests). A set piece names its level by id in its script
 * (src/content/pieces); adding a level is one entry here. See README.md beside this file.
 */
export const LEVELS = {
  airlab: { build: makeAirlabLevel, fights: AIRLAB_FIGHTS },
  street: { build: makeStreetLevel, fights: STREET_FIGHTS },
  office: { build: makeOfficeLevel, fights: OFFICE_FIGHTS },
  "office-kit": { build: makeOfficeKitLevel },
  rooftops: { build: makeRooftops, fights: ROOFTOP_FIGHTS },
  // The army comes in waves from its spawner, not from staged fights.
  tower: { build: makeTowerLevel },
  // The street with 20 mercenaries in view of the spawn (budget tests, benchmarks of bodies).
  "street-crowd": { build: (seed) => ({ ...makeStreetLevel(seed), id: "street-crowd", title: "The street with a crowd of 20 mercenaries" }), fights: CROWD_FIGHTS },
} satisfies Record<string, LevelDef>;

export type LevelId = keyof typeof LEVELS;
export const LEVEL_IDS = Object.keys(LEVELS) as LevelId[];

/** Whether `id` names a registered level. */
export function isLevelId(id: string): id is LevelId {
  return Object.hasOwn(LEVELS, id);
}

/** Builds a registered level, or null for an unknown id. */
export function levelById(id: string, seed = 1): Level | null {
  return isLevelId(id) ? LEVELS[id].build(seed) : null;
}

/** The fights a level stages by its anchors (none for a level that is not registered, like a test room). */
export function fightsForLevel(id: string): readonly FightPlan[] {
  if (!isLevelId(id)) return [];
  const def: LevelDef = LEVELS[id];
  return def.fights ?? [];
}

/** The script of a piece that can be played in this build: written, and its level registered. */
function playableScript(id: PieceId): SetPieceDef | null {
  const script = scriptOf(id);
  return script && isLevelId(script.level) ? script : null;
}

/** Whether this build plays the piece (without building anything). */
export function isPlayable(id: PieceId): boolean {
  return playableScript(id) !== null;
}

/** The scripts of the playable pieces, in story order (what "next" and a whole day walk through). */
export function playablePieces(): SetPieceDef[] {
  return PIECES.filter(isScripted).filter((p) => isLevelId(p.level));
}

/** Builds the level a piece plays on, or null where the piece is not playable yet. */
export function levelForPiece(id: PieceId, seed = 1): Level | null {
  const script = playableScript(id);
  return script ? levelById(script.level, seed) : null;
}

/** The playable piece whose script runs on a level, or null (a level no piece plays yet). */
export function pieceOnLevel(levelId: string): PieceId | null {
  return playablePieces().find((p) => p.level === levelId)?.id ?? null;
}

/** The five set pieces in story order with their titles and whether this build plays them (`headcam.pieces()`). */
export function pieceList(): { id: PieceId; title: string; available: boolean }[] {
  return PIECES.map((p) => ({ id: p.id, title: p.title, available: isPlayable(p.id) }));
}
