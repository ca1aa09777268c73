import type { EventRing } from "./core/EventRing";
import type { SimEvent } from "./core/SimEvent";
import type { InputCmd } from "./input/InputCmd";
import type { Level, Surface } from "./world/Level";
import type { Difficulty } from "./ai/MercConfig";
import type { PieceId } from "../content/pieces";
import type { CombatView } from "./combat/CombatView";
import type { ScriptView } from "./script/ScriptRunner";
import type { RuntimeBoxView } from "./combat/RuntimeBoxes";
import type { ArmyView } from "./ai/ArmySpawner";
import type { TelekinesisView } from "./ai/Telekinetic";
import type { MoveKind } from "./player/ForcedMove";
import type { MoveStats } from "./player/MoverHost";

/** A dynamic prop as presentation reads it (index matches `level.props`). */
export interface PropView {
  id: number;
  position: { x: number; y: number; z: number };
  quaternion: { x: number; y: number; z: number; w: number };
}

/** What presentation reads of the player each tick (owned by the core; copy what you keep). */
export interface PlayerView {
  /** Feet position, metres. */
  position: { x: number; y: number; z: number };
  velocity: { x: number; y: number; z: number };
  grounded: boolean;
  crouched: boolean;
  /** Current eye height above the feet, metres (smoothed by the core for crouch). */
  eyeHeightM: number;
  /** The look angles of the last applied command, radians. */
  yawRad: number;
  pitchRad: number;
  /** What is under the player's feet (last ground contact). */
  surface: Surface;
  /** Health as a share of the maximum, 0..1 (0: dead, restarting at the checkpoint). */
  health01: number;
  dead: boolean;
  /** The weapon in hand (null while holding a prop to throw). */
  weapon: "pistol" | "rifle" | null;
  /** What Henry carries to throw: "none", a prop kind or "grenade". */
  holding: string;
  /** Rounds in the magazine and spare rounds of the weapon in hand. */
  magazine: number;
  reserve: number;
  /** Reload progress 0..1, or -1 when not reloading. */
  reload01: number;
  aiming: boolean;
  /** The core's aim kick (muzzle climb) on top of the look, radians. */
  aimKickPitchRad: number;
  /** The parkour verb under way ("none" when walking, running or falling). */
  move: MoveKind;
  /** How far through it, 0..1 (a leap: through its flight; a ladder: 0). */
  moveProgress01: number;
  /** World height of the top a mantle (or a ladder's step off) pulls onto, metres (0 otherwise). */
  ledgeTopY: number;
  /** On a ladder: metres climbed since grabbing it (rungs are `ladderRungM` apart). */
  climbedM: number;
}

export interface SimOptions {
  /** Level to load. */
  level: Level;
  /** Seed of the run's random generator (default 1). */
  seed?: number;
  /** Enemy accuracy, reaction time and damage (default "normal"). */
  difficulty?: Difficulty;
  /** The set piece whose script runs on this level (none: free play on the level). */
  piece?: PieceId;
}

/** The deterministic core: a function of (state, InputCmd, FIXED_DT). */
export interface Sim {
  readonly level: Level;
  readonly seed: number;
  /** Ticks stepped so far. */
  readonly tick: number;
  readonly player: PlayerView;
  /** Dynamic props, in `level.props` order (`level` is the staged one: fights add props). */
  readonly props: readonly PropView[];
  /** Mercenaries, grenades, pickups and the run's combat statistics. */
  readonly combat: CombatView;
  /** The set piece's script (objective, subtitle, intensity, Jimmy), or null in free play. */
  readonly script: ScriptView | null;
  /** Level boxes that can move or vanish during the run (cars, vents, barriers), in the level's order of them. */
  readonly runtimeBoxes: readonly RuntimeBoxView[];
  /** The army's pace and numbers, where the piece has an army; else null. */
  readonly army: ArmyView | null;
  /** The telekinetic and his throw, where the piece has him; else null. */
  readonly telekinesis: TelekinesisView | null;
  /** Heavy head impacts so far (the film broke about 20 cameras that way). */
  readonly camerasDestroyed: number;
  /** Vaults, mantles, ladder climbs and gap jumps so far. */
  readonly moveStats: MoveStats;
  /** Events pushed during steps, drained by presentation. */
  readonly events: EventRing<SimEvent>;
  /** Advances one fixed step with one command. */
  step(cmd: InputCmd): void;
  /** 16 hex digits over everything that determines the future of the run (what it covers: src/sim/README.md, "The state hash"). */
  stateHash(): string;
  /** Releases the physics world. */
  dispose(): void;
}
