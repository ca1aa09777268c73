import type { Difficulty } from "./MercConfig";

/** What the telekinetic can throw. */
export type ThrowKind = "car" | "vent" | "crate" | "rifle";

export interface ThrowableConfig {
  speedMps: number;
  /** Damage when it strikes Henry on normal (scaled like the mercenaries' rounds on other difficulties). */
  damage: number;
  /** Radius of the sphere that strikes, metres. */
  radiusM: number;
  /** Heavy throws break barriers, and lifting one drops Akan's guard. */
  heavy: boolean;
  /** Push a strike gives Henry, m/s. */
  knockMps: number;
}

/** The telekinetic's rules; units in the names. */
export interface TelekineticConfig {
  /**
   * Blows it takes to beat him: each round that reaches him with his guard down is one, and
   * so is each punch (whatever the weapon: the rule reads the same to every player).
   */
  blows: number;
  /**
   * The telegraph on normal, seconds: the object trembles, rises (glowing, with a rising
   * sound) and is held charged; their sum is the warning before it flies.
   */
  trembleS: number;
  riseS: number;
  chargeS: number;
  /** Multiplies the telegraph and the pause between throws per difficulty (never under 0.8 s of warning). */
  warnScale: Record<Difficulty, number>;
  gapScale: Record<Difficulty, number>;
  /** The aim (the path shown on the floor) locks this long before release, seconds. */
  lockBeforeReleaseS: number;
  /** How far above its rest an object rises before it flies, metres. */
  riseM: number;
  /** Seconds from one release to the next lift: while he joins, while he panics. */
  gapJoinS: number;
  gapPanicS: number;
  /** He throws only what is this far from Henry at least and at most, metres. */
  minThrowDistM: number;
  maxThrowDistM: number;
  /** A thrown object flies at most this far before it drops, metres. */
  maxFlightM: number;
  throwables: Record<ThrowKind, ThrowableConfig>;
  /** Each round his barrier turns pushes his next lift back by this, up to the maximum, seconds. */
  suppressPerHitS: number;
  suppressMaxS: number;
  /** A hit that hurts him makes him drop what he lifts and reel this long, seconds. */
  staggerS: number;
  /** He panics at or below this share of his blows left (the script calls it through the group "akan.calm"). */
  panicHealth01: number;
  /** Seconds to float from one stand to the next (down from the balcony). */
  moveS: number;
  /** His body: half extents, metres. */
  halfWidthM: number;
  heightM: number;
  /** Fists get through his barrier at this reach, metres. */
  meleeReachM: number;
}

export const TELEKINETIC: TelekineticConfig = {
  blows: 6,
  trembleS: 0.3,
  riseS: 0.4,
  chargeS: 0.3,
  warnScale: { easy: 1.3, normal: 1, hard: 0.85 },
  gapScale: { easy: 1.3, normal: 1, hard: 0.8 },
  lockBeforeReleaseS: 0.6,
  riseM: 2.6,
  gapJoinS: 2.4,
  gapPanicS: 1.5,
  minThrowDistM: 9,
  maxThrowDistM: 55,
  maxFlightM: 70,
  throwables: {
    car: { speedMps: 15, damage: 50, radiusM: 1.2, heavy: true, knockMps: 6 },
    vent: { speedMps: 16, damage: 40, radiusM: 0.85, heavy: true, knockMps: 5 },
    crate: { speedMps: 19, damage: 25, radiusM: 0.5, heavy: false, knockMps: 3 },
    rifle: { speedMps: 24, damage: 14, radiusM: 0.35, heavy: false, knockMps: 1 },
  },
  suppressPerHitS: 0.2,
  suppressMaxS: 1.5,
  staggerS: 1.2,
  panicHealth01: 0.5,
  moveS: 3,
  halfWidthM: 0.32,
  heightM: 1.9,
  meleeReachM: 2.2,
};

/** The whole warning before a throw flies on a difficulty, seconds. */
export function warnS(c: TelekineticConfig, d: Difficulty): number {
  return (c.trembleS + c.riseS + c.chargeS) * c.warnScale[d];
}
