import type { Body } from "cannon-es";
import type { EventRing } from "../core/EventRing";
import type { SimEvent } from "../core/SimEvent";
import type { PhysicsWorld } from "../physics/PhysicsWorld";
import type { LevelLadder } from "../world/Level";
import type { ForcedMove } from "./ForcedMove";
import type { PlayerConfig } from "./PlayerConfig";

/** Counts of the parkour verbs done in a run (the sim summary reports them). */
export interface MoveStats {
  vaults: number;
  mantles: number;
  /** Ladders climbed (each grab counts once). */
  climbs: number;
  /** Running leaps over a gap that ended on the far side. */
  gapJumps: number;
}

/** The parts of the player state the verbs read and write (PlayerController's state). */
export interface MoverState {
  grounded: boolean;
  crouched: boolean;
  airTimeS: number;
  canCoyote: boolean;
  jumpBufferLeftS: number;
  yawRad: number;
  move: ForcedMove;
  /** Index of the ladder held (in `level.ladders`), or -1. */
  ladder: number;
  /** Height of the ground last stood on (a jump's takeoff), metres. */
  lastGroundY: number;
  /** Most horizontal speed air control may reach this flight, m/s. */
  airCapMps: number;
  /** Vertical distance climbed on the current ladder, metres (rungs fire from it). */
  climbedM: number;
  /** The current leap took off toward a drop (it counts as a gap jump if it lands). */
  leapOverGap: boolean;
}

/** What the verbs need of the controller: the body, the world, the tuning, the event ring. */
export interface MoverHost {
  readonly body: Body;
  readonly state: MoverState;
  readonly config: PlayerConfig;
  readonly physics: PhysicsWorld;
  readonly ladders: readonly LevelLadder[];
  readonly stats: MoveStats;
  /** Turns collisions with the level off during a scripted path, back on after. */
  setSolid(solid: boolean): void;
  /** Holds the body against gravity this step (forces clear after the step). */
  cancelGravity(): void;
  readonly events: EventRing<SimEvent>;
}
