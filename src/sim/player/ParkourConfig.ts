/**
 * Every tuning number of the parkour verbs (vault, mantle, ladders, leaps, landing roll,
 * fall damage), with its unit in its name. The reasoning behind the numbers is in
 * src/sim/player/README.md's terms: a vault is a short scripted move that keeps the run, a
 * mantle pulls up over 0.4-0.6 s, ladders climb at a set speed with rungs 0.3 m apart.
 */
export interface ParkourConfig {
  // ---- vault ------------------------------------------------------------------------
  /** Lowest and highest obstacle top above the feet that is vaulted, metres. */
  vaultMinM: number;
  vaultMaxM: number;
  /** Deepest obstacle (along the run) that is vaulted rather than climbed, metres. */
  vaultMaxDepthM: number;
  /** Slowest run (along the facing) that turns a jump press into a vault, m/s. */
  vaultMinSpeedMps: number;
  /** How far ahead of the body an obstacle is looked for, metres (plus `vaultLookAheadS` of speed). */
  vaultReachM: number;
  vaultLookAheadS: number;
  /** The move's length: fixed, whatever the obstacle, seconds. */
  vaultS: number;
  /** Share of the entry speed the vault keeps (through the move and after it). */
  vaultKeep: number;
  /** How far the feet clear the obstacle's top, metres. */
  vaultClearM: number;
  /** A vault never drops Henry further than this below his feet (a parapet over a street is not vaulted), metres. */
  vaultMaxDropM: number;
  // ---- mantle -----------------------------------------------------------------------
  /** Highest ledge pulled up onto, measured from the ground stood or jumped from, metres. */
  mantleMaxM: number;
  /** How far ahead a ledge may be to be grabbed, metres (from the body's surface). */
  mantleReachM: number;
  /** Highest ledge above the feet the hands reach while airborne, metres. */
  mantleHandsM: number;
  /** Falling faster than this, the hands miss the edge (no catch out of a fall), m/s. */
  mantleCatchFallMps: number;
  /** Duration of a mantle: base plus per metre climbed, seconds. */
  mantleBaseS: number;
  mantlePerMS: number;
  /** Share of the move spent pulling up (the rest goes forward onto the ledge). */
  mantlePullShare: number;
  // ---- ladders ----------------------------------------------------------------------
  /** Climbing speed up and down, m/s. */
  ladderClimbMps: number;
  /** Distance between rungs (one hand or foot every rung), metres. */
  ladderRungM: number;
  /** Distance from the wall at which the body hangs on the ladder (centre), metres. */
  ladderStandoffM: number;
  /** How far in front of the ladder Henry may stand and still grab it, metres. */
  ladderGrabM: number;
  /** Facing within this of the ladder's direction to grab it, radians. */
  ladderFacingRad: number;
  /** Push off a ladder with a jump: back from the wall and up, m/s. */
  ladderJumpBackMps: number;
  ladderJumpUpMps: number;
  /** Stepping off at the top: duration, seconds, and how far onto the roof, metres. */
  ladderTopS: number;
  ladderTopInM: number;
  // ---- jumps and leaps --------------------------------------------------------------
  /** Horizontal speed a jump carries into the air at most, m/s (air control cannot exceed it). */
  jumpCarryMps: number;
  /** From this horizontal speed up a jump is a running leap, m/s. */
  leapMinSpeedMps: number;
  /** A leap's apex above the takeoff, metres, and the horizontal speed it carries, m/s. */
  leapApexM: number;
  leapCarryMps: number;
  /**
   * The edge assist: a jump pressed at a run with a drop this close ahead waits for the
   * edge and leaps from it (never higher than a jump), metres.
   */
  leapAssistM: number;
  /** Coyote grace also ends after this much horizontal travel past the edge, metres. */
  coyoteMaxM: number;
  // ---- landing roll and fall damage ---------------------------------------------------
  /** Impact speed from which a landing hurts, m/s (a 3.1 m fall). */
  fallSafeMps: number;
  /** Impact speed from which a landing kills, rolled or not, m/s (a 10 m fall). */
  fallDeadlyMps: number;
  /** Damage of a landing just under the deadly speed (a full health bar is 100). */
  fallMaxDamage: number;
  /** From this impact speed a crouch at landing rolls, m/s. */
  rollMinMps: number;
  /** Crouch pressed up to this long before touching down rolls, seconds. */
  rollWindowS: number;
  /** Share of the fall damage a roll takes (0.5 halves it). */
  rollDamageShare: number;
  rollS: number;
  /** Share of the horizontal speed a roll keeps, and the least speed it rolls at, m/s. */
  rollKeep: number;
  rollMinSpeedMps: number;
  /** Eye height at the bottom of the roll, metres. */
  rollEyeM: number;
  /** A hard landing without a roll: how long the legs are locked, seconds, and the speed kept. */
  stumbleS: number;
  stumbleKeep: number;
}

export const DEFAULT_PARKOUR: ParkourConfig = {
  vaultMinM: 0.45,
  vaultMaxM: 1.25,
  vaultMaxDepthM: 1.6,
  vaultMinSpeedMps: 3,
  vaultReachM: 1.3,
  vaultLookAheadS: 0.12,
  vaultS: 0.32,
  vaultKeep: 0.85,
  vaultClearM: 0.12,
  vaultMaxDropM: 5,
  mantleMaxM: 2.05,
  mantleReachM: 0.7,
  mantleHandsM: 2.1,
  mantleCatchFallMps: 3,
  mantleBaseS: 0.3,
  mantlePerMS: 0.12,
  mantlePullShare: 0.65,
  ladderClimbMps: 2,
  ladderRungM: 0.3,
  ladderStandoffM: 0.42,
  ladderGrabM: 0.75,
  ladderFacingRad: (70 * Math.PI) / 180,
  ladderJumpBackMps: 3,
  ladderJumpUpMps: 2.5,
  ladderTopS: 0.45,
  ladderTopInM: 0.75,
  jumpCarryMps: 3.9,
  leapMinSpeedMps: 6.5,
  leapApexM: 0.45,
  leapCarryMps: 5.4,
  leapAssistM: 1.6,
  coyoteMaxM: 0.3,
  fallSafeMps: 7.8,
  fallDeadlyMps: 14,
  fallMaxDamage: 100,
  rollMinMps: 6,
  rollWindowS: 0.3,
  rollDamageShare: 0.5,
  rollS: 0.5,
  rollKeep: 0.9,
  rollMinSpeedMps: 3,
  rollEyeM: 0.8,
  stumbleS: 0.35,
  stumbleKeep: 0.3,
};

/**
 * Health a landing costs at `impactMps` (0 up to `fallSafeMps`, linear to `fallMaxDamage`
 * at `fallDeadlyMps`, a roll takes `rollDamageShare` of that); at or above the deadly
 * speed it is everything, rolled or not (Infinity).
 */
export function fallDamage(impactMps: number, rolled: boolean, c: ParkourConfig = DEFAULT_PARKOUR): number {
  if (impactMps >= c.fallDeadlyMps) return Number.POSITIVE_INFINITY;
  if (impactMps <= c.fallSafeMps) return 0;
  const d = (c.fallMaxDamage * (impactMps - c.fallSafeMps)) / (c.fallDeadlyMps - c.fallSafeMps);
  return rolled ? d * c.rollDamageShare : d;
}
