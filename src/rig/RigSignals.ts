/**
 * A parkour move the body is making, as the rig knows it (the game maps its own moves onto
 * these names): the head dips over a vault, looks at its hands pulling up a ledge, nods
 * with each rung, tucks through a roll.
 */
export type RigMove = "none" | "vault" | "mantle" | "ladderOn" | "ladder" | "ladderTop" | "leap" | "roll" | "stumble";

/** What the game tells the rig each tick (filled by the game, one object reused). */
export interface RigSignals {
  /** Body-frame velocity, m/s: x right, y up, z forward. */
  velocityMps: { x: number; y: number; z: number };
  grounded: boolean;
  crouched: boolean;
  /** Eye height above the feet from the core (crouch and steps included), m. */
  eyeHeightM: number;
  /** Surface under foot: "asphalt" | "metal" | "glass" | "gravel" | "interior" ... */
  surface: string;
  /** Impact speed on the tick of a landing (> 0), else 0; m/s. */
  landedImpactMps: number;
  sprinting: boolean;
  /** 0..1; the rig also integrates its own from sprinting and uses the larger. */
  exertion: number;
  /** The parkour move under way. */
  move: RigMove;
  /** How far through it, 0..1 (a ladder: 0; its rhythm comes from `climbedM`). */
  moveProgress01: number;
  /** Metres climbed on the ladder held, m (the rungs' rhythm). */
  climbedM: number;
}

/** A fresh signals object: standing still on asphalt at 1.6 m eye height. */
export function createRigSignals(): RigSignals {
  return {
    velocityMps: { x: 0, y: 0, z: 0 },
    grounded: true,
    crouched: false,
    eyeHeightM: 1.6,
    surface: "asphalt",
    landedImpactMps: 0,
    sprinting: false,
    exertion: 0,
    move: "none",
    moveProgress01: 0,
    climbedM: 0,
  };
}
