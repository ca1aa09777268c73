import { DMath } from "../core/DMath";
/**
 * Every tuning number of combat, with its unit in its name. Angles in radians inside the
 * core; the `deg` helper only makes the table readable.
 */
const deg = (d: number): number => (d * Math.PI) / 180;

export type WeaponId = "pistol" | "rifle";
export const WEAPON_IDS: readonly WeaponId[] = ["pistol", "rifle"];

export interface WeaponConfig {
  id: WeaponId;
  /** Damage of one body hit (a head hit doubles it). */
  damage: number;
  /** Shortest time between two shots, seconds. */
  fireIntervalS: number;
  /** Holding the trigger keeps firing. */
  automatic: boolean;
  magazine: number;
  /** Most spare rounds Henry can carry. */
  reserveMax: number;
  reloadS: number;
  /** Half-angle of the cone a shot lands in (hip fire), radians. */
  spreadRad: number;
  /** Spread multiplier while aiming (right mouse). */
  aimSpreadScale: number;
  rangeM: number;
  /** The rig's punch per shot (presentation), radians. */
  recoilPitchRad: number;
  recoilYawRad: number;
  /** Aim kick per shot in the core: the muzzle climbs and recovers, radians. */
  aimKickRad: number;
  /** Push given to a prop a round hits, N·s. */
  impulseNs: number;
  /** Rounds an ammo pickup or a dropped weapon gives. */
  pickupRounds: number;
}

export const WEAPONS: Record<WeaponId, WeaponConfig> = {
  pistol: {
    id: "pistol",
    damage: 34,
    fireIntervalS: 0.18,
    automatic: false,
    magazine: 12,
    reserveMax: 72,
    reloadS: 1.2,
    spreadRad: deg(1.0),
    aimSpreadScale: 0.4,
    rangeM: 80,
    recoilPitchRad: deg(2.6),
    recoilYawRad: deg(0.8),
    aimKickRad: deg(0.5),
    impulseNs: 6,
    pickupRounds: 24,
  },
  rifle: {
    id: "rifle",
    damage: 26,
    fireIntervalS: 0.1,
    automatic: true,
    magazine: 30,
    reserveMax: 150,
    reloadS: 2.0,
    spreadRad: deg(1.5),
    aimSpreadScale: 0.4,
    rangeM: 150,
    recoilPitchRad: deg(1.7),
    recoilYawRad: deg(0.9),
    aimKickRad: deg(0.35),
    impulseNs: 10,
    pickupRounds: 30,
  },
};

export interface PlayerCombatConfig {
  maxHealth: number;
  /** Seconds without a hit before health comes back. */
  regenDelayS: number;
  regenPerS: number;
  /** How fast the aim kick recovers, rad/s. */
  aimKickRecoverRadPerS: number;
  /** Seconds between death and the restart at the last checkpoint. */
  deathRestartS: number;
  startWeapon: WeaponId;
  startReserve: number;
  /**
   * A restart at a checkpoint gives each gun a full magazine and at least this many spare
   * rounds per hit the fight's remaining mercenaries need (3: a third of shots hitting).
   */
  restartRoundsPerHit: number;
}

export const PLAYER_COMBAT: PlayerCombatConfig = {
  maxHealth: 100,
  regenDelayS: 4,
  regenPerS: 20,
  aimKickRecoverRadPerS: deg(8),
  deathRestartS: 2.5,
  startWeapon: "pistol",
  startReserve: 36,
  restartRoundsPerHit: 3,
};

export interface MeleeConfig {
  rangeM: number;
  /** Cosine of the half-angle of the cone the knuckles reach. */
  coneCos: number;
  damage: number;
  /** Speed a punch gives the body it lands on, m/s (props get mass times this, capped). */
  knockMps: number;
  /** Most push a punch gives a prop, N·s. */
  maxPropImpulseNs: number;
  staggerS: number;
  cooldownS: number;
}

export const MELEE: MeleeConfig = {
  rangeM: 1.8,
  coneCos: DMath.cos(deg(40)),
  damage: 40,
  knockMps: 3,
  maxPropImpulseNs: 60,
  staggerS: 0.9,
  cooldownS: 0.45,
};

export interface ThrowConfig {
  /** Props farther than this from the eye cannot be grabbed, metres. */
  reachM: number;
  /** Heaviest prop Henry lifts, kg. */
  maxMassKg: number;
  /** The push of a throw, N·s: light props fly faster, clamped to the speeds below. */
  throwImpulseNs: number;
  minSpeedMps: number;
  maxSpeedMps: number;
  /** Where a held prop floats: ahead of and below the eye, metres. */
  holdForwardM: number;
  holdDownM: number;
  /** damage = damagePerSqrtKgMps · √mass · max(0, speed − harmlessSpeedMps). */
  damagePerSqrtKgMps: number;
  harmlessSpeedMps: number;
  /** A thrown prop stops being a weapon after this long, seconds. */
  armedS: number;
}

export const THROW: ThrowConfig = {
  reachM: 2.4,
  maxMassKg: 25,
  throwImpulseNs: 200,
  minSpeedMps: 9,
  maxSpeedMps: 18,
  holdForwardM: 0.75,
  holdDownM: 0.35,
  damagePerSqrtKgMps: 2,
  harmlessSpeedMps: 2,
  armedS: 3,
};

/** Damage a thrown prop does: `damagePerSqrtKgMps · √mass · max(0, speed − harmlessSpeedMps)`. */
export function thrownDamage(massKg: number, speedMps: number, c: ThrowConfig = THROW): number {
  return c.damagePerSqrtKgMps * Math.sqrt(massKg) * Math.max(0, speedMps - c.harmlessSpeedMps);
}

export interface ExplosionConfig {
  /** Nothing beyond this is touched, metres. */
  radiusM: number;
  /** Full effect inside this, then linear down to zero at `radiusM`, metres. */
  innerRadiusM: number;
  damage: number;
  /** Push at full effect on a prop or a body, N·s. */
  impulseNs: number;
  /** Rig impulse strength at the source (presentation reads it). */
  strength: number;
}

export const BARREL_BLAST: ExplosionConfig = { radiusM: 9, innerRadiusM: 2, damage: 150, impulseNs: 700, strength: 1.2 };
export const GRENADE_BLAST: ExplosionConfig = { radiusM: 7, innerRadiusM: 1.5, damage: 130, impulseNs: 450, strength: 1 };

/** Falloff of an explosion at distance `dM`: 1 inside the inner radius, linear to 0 at the radius. */
export function blastFalloff(dM: number, c: ExplosionConfig): number {
  if (dM >= c.radiusM) return 0;
  if (dM <= c.innerRadiusM) return 1;
  return (c.radiusM - dM) / (c.radiusM - c.innerRadiusM);
}

export interface GrenadeConfig {
  fuseS: number;
  massKg: number;
  radiusM: number;
}
export const GRENADE: GrenadeConfig = { fuseS: 2.0, massKg: 0.5, radiusM: 0.07 };

/** Damage a red barrel takes before it goes off. */
export const BARREL_HEALTH = 30;
/** Henry is a near-indestructible cyborg: explosions hurt him by this share. */
export const HENRY_BLAST_SCALE = 0.6;
