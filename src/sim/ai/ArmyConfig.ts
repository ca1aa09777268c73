import type { Difficulty } from "./MercConfig";

/** The pacing of the army on the tower roof; units in the names. */
export interface ArmyConfig {
  /** Never more mercenaries alive at once than this, per difficulty. */
  aliveCap: Record<Difficulty, number>;
  /** While the telekinetic throws the roof at Henry, fewer: the boss and his throws are the fight. */
  aliveCapWithBoss: Record<Difficulty, number>;
  /** Seconds between two arrivals at intensity 0 (calm) and at intensity 1 (full combat). */
  calmIntervalS: number;
  hotIntervalS: number;
  /** Before a wave's first arrival: at least this long after the call, seconds ... */
  breatherS: number;
  /** ... plus this long per point of damage Henry took during the wave before, up to the maximum. */
  breatherPerDamageS: number;
  breatherMaxS: number;
  /** After Henry's restart at a checkpoint, no arrival for this long, seconds. */
  afterRestartS: number;
  /** No arrivals while Henry's health is under this share; they resume once it is back over `resumeHealth01`. */
  holdHealth01: number;
  resumeHealth01: number;
  /** Ways in nearer Henry than this are not used, metres. */
  minEntryDistM: number;
  /** How long an arrival takes before the mercenary can act (doors, climbing over the parapet), seconds. */
  arriveS: { lift: number; stairs: number; rope: number };
  /** Ammunition boxes are put back at empty pickup anchors when a wave is called. */
  restockAmmo: boolean;
}

export const ARMY: ArmyConfig = {
  aliveCap: { easy: 4, normal: 6, hard: 8 },
  aliveCapWithBoss: { easy: 3, normal: 4, hard: 6 },
  calmIntervalS: 3.2,
  hotIntervalS: 1.3,
  breatherS: 2,
  breatherPerDamageS: 0.06,
  breatherMaxS: 9,
  afterRestartS: 4,
  holdHealth01: 0.3,
  resumeHealth01: 0.6,
  minEntryDistM: 12,
  arriveS: { lift: 1.1, stairs: 0.6, rope: 1.5 },
  restockAmmo: true,
};

/** The kind of a way in, from its anchor name ("lift.west" is a lift). */
export function entryKind(anchor: string): "lift" | "stairs" | "rope" {
  if (anchor.startsWith("lift")) return "lift";
  if (anchor.startsWith("rope")) return "rope";
  return "stairs";
}
