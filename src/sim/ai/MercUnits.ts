import type { DamageCause } from "../core/SimEvent";
import { DMath } from "../core/DMath";
import { MERC } from "./MercConfig";

import type { ArmyUnit } from "../../content/army";

/** The kinds of mercenary: the ordinary rifleman, and the heavier units the army brings later. */
export type MercUnit = ArmyUnit;
export const MERC_UNITS: readonly MercUnit[] = ["rifleman", "shield", "gunner"];

/** How a unit differs from the rifleman; units in the names. */
export interface MercUnitConfig {
  health: number;
  /** Multiplies every walking and running speed. */
  speedScale: number;
  burstShots: number;
  burstIntervalS: number;
  burstPauseMinS: number;
  burstPauseMaxS: number;
  /** Multiplies the difficulty's aim error (a machine gun sprays). */
  aimErrorScale: number;
  /** Share of a bullet's damage a riot shield stops when the round comes from the front cone. */
  frontArmour01: number;
  /** Cosine of the half-angle of that front cone. */
  frontConeCos: number;
  /** Stays on the firing line instead of taking cover or flanking. */
  holdsGround: boolean;
  /** Walks at Henry while shooting, down to `advanceToM`, metres (0: never advances). */
  advanceToM: number;
}

export const UNITS: Record<MercUnit, MercUnitConfig> = {
  rifleman: {
    health: MERC.health,
    speedScale: 1,
    burstShots: MERC.burstShots,
    burstIntervalS: MERC.burstIntervalS,
    burstPauseMinS: MERC.burstPauseMinS,
    burstPauseMaxS: MERC.burstPauseMaxS,
    aimErrorScale: 1,
    frontArmour01: 0,
    frontConeCos: 1,
    holdsGround: false,
    advanceToM: 0,
  },
  // A riot shield: bullets from the front barely hurt; flank him, punch him or blow him up.
  shield: {
    health: 130,
    speedScale: 0.7,
    burstShots: 2,
    burstIntervalS: 0.2,
    burstPauseMinS: 1.4,
    burstPauseMaxS: 2.2,
    aimErrorScale: 1.2,
    frontArmour01: 0.75,
    frontConeCos: DMath.cos((65 * Math.PI) / 180),
    holdsGround: true,
    advanceToM: 7,
  },
  // A machine gunner: long, loose bursts that pin Henry down; slow and hard to drop.
  gunner: {
    health: 230,
    speedScale: 0.75,
    burstShots: 9,
    burstIntervalS: 0.085,
    burstPauseMinS: 1.8,
    burstPauseMaxS: 2.6,
    aimErrorScale: 1.7,
    frontArmour01: 0,
    frontConeCos: 1,
    holdsGround: true,
    advanceToM: 0,
  },
};

/**
 * The damage a hit does to a unit: a shield stops most of a bullet that comes at its
 * face (the round travels along (dx, dz), the merc faces `yawRad`); fists and blasts go round it.
 */
export function unitDamage(unit: MercUnit, yawRad: number, amount: number, cause: DamageCause, dx: number, dz: number): number {
  const u = UNITS[unit];
  if (u.frontArmour01 <= 0 || cause !== "bullet") return amount;
  const l = DMath.hypot(dx, dz);
  if (l < 1e-6) return amount;
  // The round comes from the front when it travels against the facing (-sin yaw, -cos yaw).
  const against = (DMath.sin(yawRad) * dx + DMath.cos(yawRad) * dz) / l;
  return against > u.frontConeCos ? amount * (1 - u.frontArmour01) : amount;
}
