import type { EventRing } from "./core/EventRing";
import type { SimEvent } from "./core/SimEvent";
import type { InputCmd } from "./input/InputCmd";
import type { Level, Surface } from "./world/Level";

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
}

export interface SimOptions {
  /** Level to load. */
  level: Level;
  /** Seed of the run's random generator (default 1). */
  seed?: number;
}

/** The deterministic core: a function of (state, InputCmd, FIXED_DT). */
export interface Sim {
  readonly level: Level;
  readonly seed: number;
  /** Ticks stepped so far. */
  readonly tick: number;
  readonly player: PlayerView;
  /** Dynamic props, in `level.props` order. */
  readonly props: readonly PropView[];
  /** Events pushed during steps, drained by presentation. */
  readonly events: EventRing<SimEvent>;
  /** Advances one fixed step with one command. */
  step(cmd: InputCmd): void;
  /** 16 hex digits over everything that determines the future of the run. */
  stateHash(): string;
  /** Releases the physics world. */
  dispose(): void;
}
