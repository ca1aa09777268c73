/** The courier's pace, moves and patience; metres, seconds, m/s. */
export interface CourierConfig {
  /** Running speed with Henry close behind, at a middle distance, and far back. */
  panicMps: number;
  runMps: number;
  farMps: number;
  /** Henry closer than this: panic; further than `farM`: he slows, looks back more. */
  panicM: number;
  farM: number;
  /** His moves: slower and clumsier than Henry's, so fast lines close the gap. */
  vaultS: number;
  mantleS: number;
  ladderMps: number;
  leapMps: number;
  /** A leap's rise over the higher of its two ends, metres. */
  leapApexM: number;
  rollS: number;
  /** Looking back over his shoulder: every so often (plus up to `lookJitterS`), for so long. */
  lookEveryS: number;
  lookJitterS: number;
  lookS: number;
  /** While Henry is under fire and at least this far back, he waits behind his guards. */
  hideFromM: number;
  /** Getting away: Jimmy's first warning past `warnM`, his second past `warn2M`, lost past `lostM` for `lostAfterS`. */
  warnM: number;
  warn2M: number;
  lostM: number;
  lostAfterS: number;
  /** How far ahead of a restarting Henry he is put back on his line. */
  restartLeadM: number;
  /** Henry catches him within this (horizontally, and `catchUpM` in height) with a punch, or sprinting into him. */
  catchM: number;
  catchUpM: number;
  tackleM: number;
  tackleMps: number;
  /** The device's pulse rate in his hand, and faster in Henry's, Hz. */
  pulseHz: number;
  heldPulseHz: number;
}

export const DEFAULT_COURIER: CourierConfig = {
  panicMps: 7.4,
  runMps: 6.6,
  farMps: 5.2,
  panicM: 10,
  farM: 26,
  vaultS: 0.55,
  mantleS: 1.05,
  ladderMps: 1.6,
  leapMps: 5,
  leapApexM: 0.55,
  rollS: 0.6,
  lookEveryS: 3,
  lookJitterS: 1.5,
  lookS: 0.7,
  hideFromM: 14,
  warnM: 32,
  warn2M: 44,
  lostM: 55,
  lostAfterS: 2.5,
  restartLeadM: 12,
  catchM: 1.5,
  catchUpM: 1.5,
  tackleM: 1.0,
  tackleMps: 5.5,
  pulseHz: 0.9,
  heldPulseHz: 1.6,
};
