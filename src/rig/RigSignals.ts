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
  };
}
