import type { Anchor, Surface } from "../world/Level";
import { makeForcedMove } from "./ForcedMove";
import type { MoverState } from "./MoverHost";
import type { PlayerConfig } from "./PlayerConfig";

/** The controller's own state: everything besides the body that decides the next tick. */
export interface PlayerState extends MoverState {
  grounded: boolean;
  crouched: boolean;
  eyeHeightM: number;
  /** Seconds since the feet last had ground. */
  airTimeS: number;
  /** Horizontal distance travelled since the feet left the ground (coyote grace ends past `coyoteMaxM`), metres. */
  airTravelM: number;
  /** Whether a coyote jump is still allowed (cleared by a jump). */
  canCoyote: boolean;
  /** Seconds a buffered jump press stays valid. */
  jumpBufferLeftS: number;
  /** Seconds a crouch pressed in the air keeps a landing roll armed. */
  rollArmS: number;
  /** This tick's landing: its impact speed (0: none) and whether it rolled; the sim turns it into fall damage. */
  landedImpactMps: number;
  landedRolled: boolean;
  /** Seconds left during which the probe ignores ground after a jump. */
  jumpLockS: number;
  prevButtons: number;
  yawRad: number;
  pitchRad: number;
  surface: Surface;
}

/** A player standing at `spawn` (not yet grounded: the first tick's probe finds the floor). */
export function makePlayerState(spawn: Anchor, config: PlayerConfig): PlayerState {
  return {
    grounded: false,
    crouched: false,
    eyeHeightM: config.standEyeM,
    airTimeS: 0,
    airTravelM: 0,
    canCoyote: false,
    jumpBufferLeftS: 0,
    rollArmS: 0,
    landedImpactMps: 0,
    landedRolled: false,
    move: makeForcedMove(),
    ladder: -1,
    lastGroundY: spawn.position[1],
    airCapMps: Number.POSITIVE_INFINITY,
    climbedM: 0,
    leapOverGap: false,
    jumpLockS: 0,
    prevButtons: 0,
    yawRad: spawn.yawRad,
    pitchRad: 0,
    surface: "asphalt",
  };
}
