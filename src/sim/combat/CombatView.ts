import type { Difficulty } from "../ai/MercConfig";

/** A mercenary's state names, as presentation reads them. */
export type MercStateName = "patrol" | "alert" | "chase" | "shoot" | "cover" | "flank" | "retreat" | "search" | "dead";

/** One mercenary slot as presentation reads it (owned by the core; copy what you keep). */
export interface MercView {
  id: number;
  /** Spawned and not cleaned up (a corpse is active until it is removed). */
  active: boolean;
  alive: boolean;
  /** Feet, metres. */
  position: { x: number; y: number; z: number };
  /** Body centre and orientation (a corpse tumbles). */
  center: { x: number; y: number; z: number };
  quaternion: { x: number; y: number; z: number; w: number };
  yawRad: number;
  state: MercStateName;
  health01: number;
  crouched: boolean;
  staggered: boolean;
  /** Ticks since this mercenary last fired (large when never). */
  sinceShotTicks: number;
  /**
   * Read-only, for presentation (not hashed; the core never reads them back): the planar
   * velocity it moves at (m/s), whether it has its weapon on Henry and the point it aims
   * at (Henry's chest, where its rounds go before their error; the last known place when
   * unseen), seconds until it may fire again, and its role (which outfit the view dresses
   * it in; "merc" unless a fight says otherwise).
   */
  velocity: { x: number; z: number };
  aiming: boolean;
  aimAt: { x: number; y: number; z: number };
  readyInS: number;
  role: string;
}

export interface GrenadeView {
  active: boolean;
  /** Thrown with the fuse burning. */
  live: boolean;
  held: boolean;
  position: { x: number; y: number; z: number };
}

export interface PickupView {
  active: boolean;
  kind: "ammo" | "weapon";
  weapon: "pistol" | "rifle";
  position: { x: number; y: number; z: number };
}

/** Counts of the run, as `npm run sim` prints them. */
export interface CombatStats {
  shotsFired: number;
  hits: number;
  kills: number;
  deaths: number;
}

export interface CombatView {
  difficulty: Difficulty;
  mercs: readonly MercView[];
  grenades: readonly GrenadeView[];
  pickups: readonly PickupView[];
  stats: CombatStats;
}
