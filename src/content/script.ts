import type { ArmyWave } from "./army";
import type { PieceId } from "./pieceIds";
import type { Source } from "./sources";

/** How a runner gets from one point of a chase's line to the next. */
export type ChaseMove = "run" | "vault" | "mantle" | "ladder" | "leap" | "drop";

/**
 * One leg of a chase: run to `to`, or make a move that starts at `at` (the obstacle's
 * face, the edge, the ladder's foot) and ends at `to`. Anchors, never coordinates.
 */
export interface ChaseLeg {
  to: string;
  via: ChaseMove;
  at?: string;
}

/** A stretch where the runner takes one of several ways; the fastest is listed first. */
export interface ChaseBranch {
  branch: ChaseLeg[][];
}

export type ChaseStep = ChaseLeg | ChaseBranch;

/** When a beat of a set piece fires. Times in seconds, distances in metres. */
export type Trigger =
  | { kind: "start" }
  /** The player within `radiusM` of an anchor. */
  | { kind: "enter"; anchor: string; radiusM: number }
  /**
   * The player has been within `radiusM` of an anchor (measured in 3D: a floor of a tower
   * apart is far) at any moment of the piece, even before this beat was waiting: a player
   * who outruns the script never leaves it behind.
   */
  | { kind: "reached"; anchor: string; radiusM: number }
  /** Seconds after the previous beat fired. */
  | { kind: "timer"; afterS: number }
  /** Every enemy of a spawn group is down. */
  | { kind: "enemiesDown"; group: string }
  /** An item (pickup or prop id) was taken. */
  | { kind: "itemTaken"; item: string }
  /** A line has been on screen for its `durationS` (never the audio's length). */
  | { kind: "lineFinished"; line: string }
  /** An objective was completed by another beat. */
  | { kind: "objectiveDone"; objective: string }
  /** The player looked at an anchor (within `withinDeg` of the view centre). */
  | { kind: "look"; anchor: string; withinDeg: number }
  /** The player pressed a button (e.g. "fire" to flex the hand). */
  | { kind: "button"; button: "fire" | "melee" | "jump" | "use" }
  /** The player walked this far since the previous beat. */
  | { kind: "walked"; distanceM: number }
  /** Henry has caught the courier (reached him and tackled or punched him). */
  | { kind: "caught" };

/** What a beat does when it fires. */
export type Cue =
  | { kind: "line"; line: string }
  | { kind: "spawn"; group: string; anchors: string[] }
  | { kind: "door"; door: string; open: boolean }
  | { kind: "explosion"; anchor: string; strength: number }
  /** Hand the camera rig to another operator (a preset id), cross-fading over `blendS`. */
  | { kind: "operator"; preset: string; blendS: number }
  | { kind: "timeOfDay"; time: "dawn" | "morning" | "midday" | "afternoon" | "dusk" | "night" }
  | { kind: "objective"; id: string; text: string }
  | { kind: "objectiveDone"; id: string }
  | { kind: "checkpoint"; anchor: string }
  /** Music and lens intensity, 0 calm .. 1 full combat. */
  | { kind: "intensity"; value: number }
  /** Someone hands Henry a loaded gun. */
  | { kind: "arm"; weapon: "pistol" | "rifle"; rounds: number }
  /** A camera-shake beat (trauma 0..1) with no explosion. */
  | { kind: "shake"; trauma: number }
  /** Jimmy's route from here on (anchors in order) and his guise in this piece (an outfit id, e.g. "jimmy.sweeper"). */
  | { kind: "jimmy"; route: string[]; guise: string }
  /**
   * The courier starts to run his line from `start`; `warn` lines are shouted as he gets
   * away, `lost` when he has, before the run restarts at the checkpoint.
   */
  | { kind: "courier"; start: string; route: ChaseStep[]; warn: string[]; lost: string }
  /**
   * Someone the story needs on screen at an anchor (the wife, the telekinetic): standing a
   * few metres ahead of it, dragged away from it, held floating right at it, or freed there.
   */
  | { kind: "actor"; who: "estelle" | "akan"; anchor: string; action: "stand" | "dragged" | "held" | "freed" | "leave" }
  /** The telekinetic (a core actor, not staging): watches from, joins the fight at, or panics back to an anchor. */
  | { kind: "telekinetic"; phase: "watch" | "join" | "panic"; anchor: string }
  /** The picture fades to black (or back) over `seconds`. */
  | { kind: "fade"; toBlack: boolean; seconds: number }
  | { kind: "end" };

export interface Beat {
  id: string;
  when: Trigger;
  cues: Cue[];
}

/** The lines Jimmy shouts when Henry lags, turns away from him or stands still (taken in turn). */
export interface JimmyNags {
  lag: readonly string[];
  wrong: readonly string[];
  still: readonly string[];
}

/** A set piece as data: its level, light, shots and the beats of its script. */
export interface SetPieceDef {
  id: PieceId;
  title: string;
  /** The level id the piece plays on. */
  level: string;
  timeOfDay: "dawn" | "morning" | "midday" | "afternoon" | "dusk" | "night";
  /** The rig operator of the opening shot. */
  operator: string;
  /** A player who knows the way finishes in about this long, seconds. */
  parTimeS: number;
  /** The autopilot must finish within this many seconds (tests). */
  budgetS: number;
  /** Henry starts with no gun (until an `arm` cue). Default false. */
  startsUnarmed?: boolean;
  /** Jimmy's nags in this piece (line ids; default the street's, which speak of north). */
  nags?: JimmyNags;
  /** The army's waves, for pieces where `spawn` cues call waves in through lifts, stairs and ropes. */
  army?: readonly ArmyWave[];
  /** The telekinetic is on stage (his phases come from `telekinetic` cues). */
  telekinetic?: boolean;
  /** The credits roll after this piece's last beat (the end of the story). */
  rollsCredits?: boolean;
  beats: Beat[];
  sources: Source[];
}
