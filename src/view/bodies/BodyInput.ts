import type { GaitInput } from "./Gait";

/** Everything a figure's pose reads each tick (filled by an adapter from the core's views). */
export interface BodyInput extends GaitInput {
  /** Aiming the held weapon at (aimX, aimY, aimZ), world metres. */
  aiming: boolean;
  aimX: number;
  aimY: number;
  aimZ: number;
  /** The head turns to this point when set (and to the aim point while aiming). */
  looking: boolean;
  lookX: number;
  lookY: number;
  lookZ: number;
  /** A looping action the story holds now (see ACTIONS), or "". */
  action: string;
  /** The action's target point (who is pointed at, waved to, fitted), world metres. */
  actionX: number;
  actionY: number;
  actionZ: number;
  /** Knocked off balance (a punch), as the core says. */
  staggered: boolean;
}

/** A neutral input: standing at the origin facing -Z, walking its own cycle. */
export function createBodyInput(): BodyInput {
  return {
    x: 0,
    y: 0,
    z: 0,
    vx: 0,
    vz: 0,
    yawRad: 0,
    crouch01: 0,
    phaseRad: Number.NaN,
    move: "ground",
    moveProgress01: 0,
    aiming: false,
    aimX: 0,
    aimY: 0,
    aimZ: 0,
    looking: false,
    lookX: 0,
    lookY: 0,
    lookZ: 0,
    action: "",
    actionX: 0,
    actionY: 0,
    actionZ: 0,
    staggered: false,
  };
}
