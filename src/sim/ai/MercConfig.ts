import { DMath } from "../core/DMath";
const deg = (d: number): number => (d * Math.PI) / 180;

export type Difficulty = "easy" | "normal" | "hard";
export const DIFFICULTIES: readonly Difficulty[] = ["easy", "normal", "hard"];

/** What the difficulty setting scales: enemy accuracy, reaction time and damage. */
export interface DifficultyConfig {
  /** Standard deviation of a mercenary's aim error per axis, radians. */
  aimErrorRad: number;
  /** Longest time from first seeing Henry to the first shot, seconds. */
  reactionS: number;
  /** Damage of one enemy round that hits Henry. */
  damage: number;
  /** Most mercenaries shooting at Henry at once; the rest aim and move (`allocateFireTurns`). */
  maxShooters: number;
}

export const DIFFICULTY: Record<Difficulty, DifficultyConfig> = {
  easy: { aimErrorRad: deg(2.6), reactionS: 0.9, damage: 5, maxShooters: 2 },
  normal: { aimErrorRad: deg(1.6), reactionS: 0.6, damage: 8, maxShooters: 2 },
  hard: { aimErrorRad: deg(1.0), reactionS: 0.4, damage: 12, maxShooters: 3 },
};

/** A mercenary's body, senses and habits; units in the names. */
export interface MercConfig {
  health: number;
  radiusM: number;
  heightM: number;
  eyeM: number;
  walkSpeedMps: number;
  runSpeedMps: number;
  turnRadPerS: number;
  sightRangeM: number;
  /** Cosine of the half-angle of the sight cone. */
  sightConeCos: number;
  /** Henry closer than this is noticed whatever the facing, metres. */
  nearSenseM: number;
  hearShotM: number;
  /** Perception runs once every this many ticks per mercenary, staggered by index. */
  perceptionPeriodTicks: number;
  /** Re-plan a path at most this often, seconds. */
  repathS: number;
  /** Shoot from here or closer; farther, close in, metres. */
  engageRangeM: number;
  burstShots: number;
  burstIntervalS: number;
  /** Pause between bursts: min and max, seconds. */
  burstPauseMinS: number;
  burstPauseMaxS: number;
  /** Below this share of health a mercenary retreats (once). */
  retreatHealth01: number;
  /** How long a mercenary looks around where Henry was last seen, seconds. */
  searchS: number;
  /** Seconds spent shooting from one spot before moving (cover or flank). */
  holdS: number;
  /** Henry's round hits within this of a mercenary's axis, metres (hit test only). */
  hitRadiusM: number;
  /** Henry counts as hit by a round passing within this of his axis, metres. */
  henryHitRadiusM: number;
  /** A dead body stays this long before it is cleaned up, seconds. */
  corpseS: number;
  massKg: number;
}

export const MERC: MercConfig = {
  health: 100,
  radiusM: 0.3,
  heightM: 1.8,
  eyeM: 1.6,
  walkSpeedMps: 1.8,
  runSpeedMps: 4.6,
  turnRadPerS: deg(400),
  sightRangeM: 34,
  sightConeCos: DMath.cos(deg(60)),
  nearSenseM: 3,
  hearShotM: 45,
  perceptionPeriodTicks: 6,
  repathS: 0.6,
  engageRangeM: 22,
  burstShots: 3,
  burstIntervalS: 0.12,
  burstPauseMinS: 0.9,
  burstPauseMaxS: 1.6,
  retreatHealth01: 0.35,
  searchS: 6,
  holdS: 3,
  hitRadiusM: 0.32,
  henryHitRadiusM: 0.35,
  corpseS: 30,
  massKg: 80,
};

/** Most mercenaries alive or lying at once; most corpses with physics at once. */
export const MAX_MERCS = 32;
export const MAX_CORPSES = 10;
