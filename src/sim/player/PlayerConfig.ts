import { DEFAULT_PARKOUR, type ParkourConfig } from "./ParkourConfig";

/** Every tuning number of player movement, with its unit in its name. */
export interface PlayerConfig {
  massKg: number;
  walkSpeedMps: number;
  sprintSpeedMps: number;
  crouchSpeedMps: number;
  /** How fast ground speed follows the stick, m/s². */
  groundAccelMps2: number;
  /** Air control: how fast air speed follows the stick, m/s² (no braking without input). */
  airAccelMps2: number;
  /** Height the feet rise on a jump, metres (launch speed is derived from it and gravity). */
  jumpApexM: number;
  /** Grace after walking off an edge during which a jump still works, seconds. */
  coyoteTimeS: number;
  /** A jump pressed this long before landing fires on landing, seconds. */
  jumpBufferS: number;
  /** Ground is not probed this long after a jump, so the probe cannot pull us back, seconds. */
  jumpGroundLockS: number;
  /** Highest step climbed without jumping, metres. */
  maxStepM: number;
  /** Steepest walkable ground, degrees. */
  maxSlopeDeg: number;
  standEyeM: number;
  crouchEyeM: number;
  /** Time the eye takes to move between stand and crouch heights, seconds. */
  crouchBlendS: number;
  /** Radius of the collision spheres, metres. */
  radiusM: number;
  /** Standing collider top above the feet, metres. */
  standHeightM: number;
  /** Time constant of the ride-height spring that holds the feet on the ground, seconds. */
  rideTauS: number;
  /** Fastest the ride spring moves the body vertically, m/s. */
  rideMaxSpeedMps: number;
  /** How far below the feet ground is still snapped to while grounded, metres (walking down steps). */
  groundSnapM: number;
  /** Terminal fall speed, m/s (keeps a fall from tunnelling through a floor in one tick). */
  maxFallSpeedMps: number;
  /** Horizontal offset of the four outer ground rays from the centre ray, metres. */
  probeSpreadM: number;
  /** Vault, mantle, ladders, leaps, landing roll and fall damage. */
  parkour: ParkourConfig;
}

export const DEFAULT_PLAYER: PlayerConfig = {
  massKg: 80,
  walkSpeedMps: 4.5,
  sprintSpeedMps: 8,
  crouchSpeedMps: 2.2,
  groundAccelMps2: 60,
  airAccelMps2: 14,
  jumpApexM: 1.2,
  coyoteTimeS: 0.1,
  jumpBufferS: 0.12,
  jumpGroundLockS: 0.12,
  maxStepM: 0.4,
  maxSlopeDeg: 45,
  standEyeM: 1.7,
  crouchEyeM: 1.0,
  crouchBlendS: 0.1,
  radiusM: 0.3,
  standHeightM: 1.8,
  rideTauS: 0.05,
  rideMaxSpeedMps: 6,
  groundSnapM: 0.4,
  maxFallSpeedMps: 24,
  probeSpreadM: 0.22,
  parkour: DEFAULT_PARKOUR,
};

/**
 * Launch speed (m/s) so that a semi-implicit Euler integrator at `dtS` peaks at `apexM`:
 * its peak is (v - g·dt/2)² / 2g, about v·dt/2 lower than the continuous v²/2g.
 */
export function jumpLaunchSpeedMps(apexM: number, gravityMps2: number, dtS: number): number {
  return (gravityMps2 * dtS) / 2 + Math.sqrt(2 * gravityMps2 * apexM);
}
