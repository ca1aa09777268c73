/**
 * Tuning of the walking and running cycle; units in the names. The walking step follows
 * the bodies reference's fit to human data (about 110 steps a minute at 1.3 m/s, 140 at
 * 2 m/s), a little shorter so a figure of these proportions walks without dropping low.
 */
export const GAIT = {
  /**
   * Step length (one step per pi of phase): walking base + perMps * v; running (above
   * runFromMps) it lengthens faster, runPerMps, so the cadence stays a runner's (about
   * 170 to 195 steps a minute); clamped to min..max.
   */
  stepBaseM: 0.4,
  stepPerMps: 0.2,
  stepRunFromMps: 2,
  stepRunPerMps: 0.27,
  stepMinM: 0.3,
  stepMaxM: 2.2,
  /** Steps shorten when the body moves sideways or backwards (factor on L). */
  stepSideScale: 0.55,
  stepBackScale: 0.8,
  /** Share of the cycle a foot is on the ground: walking, and running (with flight). */
  dutyWalk: 0.6,
  dutyRun: 0.38,
  dutySprint: 0.23,
  /** Below this speed the gait is a walk, above the second a run (blended between), m/s. */
  walkMaxMps: 1.7,
  runMinMps: 3.2,
  sprintMps: 7,
  /** Share of the stance travel a foot lands ahead of its hip (the rest it pushes behind): walking, running. */
  frontShareWalk: 0.42,
  frontShareRun: 0.32,
  /** The most a foot lands ahead of its hip, metres. */
  frontMaxM: 0.5,
  /** The swinging foot is over its spot by this share of the swing, then only comes down. */
  overShare: 0.85,
  /** The swing is highest this far along it (early: the heel kicks up behind). */
  swingPeakAt: 0.4,
  /** A lifted foot lets the pelvis ride this much higher per metre it is off the ground. */
  liftSlackPerM: 4,
  /** Peak swing height: walking, and running, metres. */
  liftWalkM: 0.08,
  liftRunM: 0.3,
  /** Toes up at heel strike and heel up at toe-off, radians. */
  heelStrikeRad: 0.3,
  toeOffRad: 0.8,
  toeOffRunRad: 1.15,
  /** Share of the stance rolling over the heel at the start, and the toe at the end. */
  heelShare: 0.14,
  toeShare: 0.5,
  /** Vertical bob of the pelvis: walking (low at double support), running (low mid-stance), metres. */
  bobWalkM: 0.025,
  bobRunM: 0.05,
  /** The pelvis stands this far below its rest height so the knees never lock, metres. */
  standDropM: 0.006,
  /** How far the pelvis sinks in a crouch, metres. */
  crouchDropM: 0.36,
  /** The pelvis never sinks lower than this above the feet, metres. */
  pelvisMinM: 0.42,
  /** The pelvis stays low enough for each planted leg to reach at this share of its length. */
  reachShare: 0.99,
  /** Half the distance between the feet when standing, metres. */
  stanceHalfM: 0.11,
  /** Standing still, a foot this far from where it belongs (or turned this much) steps, m / rad. */
  idleErrM: 0.2,
  idleYawErrRad: 0.6,
  /** Pace of those corrective steps, steps per second. */
  idleStepsPerS: 2.6,
  /** Slower than this counts as standing still, m/s. */
  moveMinMps: 0.12,
  /** How fast a foot in the air settles when the cycle stops, per second. */
  settlePerS: 14,
  /** Forward lean: walking and at full run, radians. */
  leanWalkRad: 0.04,
  leanRunRad: 0.2,
  /** Pelvis roll toward the stance leg and yaw with the swinging leg, radians. */
  pelvisRollRad: 0.06,
  pelvisYawRad: 0.1,
} as const;

export type GaitTuning = typeof GAIT;

/** One step's length at a ground speed, metres (share it with anything that needs a cadence). */
export function stepLengthM(speedMps: number): number {
  const run = Math.max(0, speedMps - GAIT.stepRunFromMps);
  const L = GAIT.stepBaseM + GAIT.stepPerMps * (speedMps - run) + GAIT.stepRunPerMps * run;
  return L < GAIT.stepMinM ? GAIT.stepMinM : L > GAIT.stepMaxM ? GAIT.stepMaxM : L;
}

/** Share of the cycle a foot is on the ground at a speed. */
export function dutyAt(speedMps: number, run01: number): number {
  const sprint = Math.min(1, Math.max(0, (speedMps - GAIT.runMinMps) / (GAIT.sprintMps - GAIT.runMinMps)));
  const run = GAIT.dutyRun + (GAIT.dutySprint - GAIT.dutyRun) * sprint;
  return GAIT.dutyWalk + (run - GAIT.dutyWalk) * run01;
}

/** 0 at a walk, 1 at a run, blended between. */
export function runShare(speedMps: number): number {
  const t = (speedMps - GAIT.walkMaxMps) / (GAIT.runMinMps - GAIT.walkMaxMps);
  return t <= 0 ? 0 : t >= 1 ? 1 : t * t * (3 - 2 * t);
}
