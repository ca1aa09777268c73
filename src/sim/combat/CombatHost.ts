import type { Body } from "cannon-es";
import type { DifficultyConfig } from "../ai/MercConfig";
import type { LosGrid } from "../ai/LosGrid";
import type { NavGrid } from "../ai/NavGrid";
import type { EventRing } from "../core/EventRing";
import type { Rng } from "../core/Rng";
import type { ActorId, DamageCause, SimEvent } from "../core/SimEvent";
import type { PhysicsWorld } from "../physics/PhysicsWorld";
import type { CombatStats } from "./CombatView";
import type { ExplosionConfig, WeaponId } from "./CombatConfig";
import type { Glass } from "./Glass";

/** What Henry's state looks like to the combat systems. */
export interface HenryRef {
  body: Body;
  crouched: boolean;
  dead: boolean;
  yawRad: number;
  pitchRad: number;
  eyeHeightM: number;
}

/**
 * The shared services of one sim's combat: the worlds to query, the seeded generator, the
 * event ring, and the verbs that cross systems (hurt someone, blow something up). Passed
 * to each system instead of being looked up, so every system is testable alone.
 */
export interface CombatHost {
  readonly physics: PhysicsWorld;
  readonly los: LosGrid;
  readonly nav: NavGrid;
  readonly rng: Rng;
  readonly events: EventRing<SimEvent>;
  readonly tick: number;
  readonly difficulty: DifficultyConfig;
  readonly stats: CombatStats;
  readonly henry: HenryRef;
  /** The level's breakable panes. */
  readonly glass: Glass;
  /** Whether a line of sight a→b is clear: the level (glass is seen through) and any cloud. */
  canSee(ax: number, ay: number, az: number, bx: number, by: number, bz: number): boolean;
  /** Hurts Henry from a source position. */
  damageHenry(amount: number, fx: number, fy: number, fz: number, cause: DamageCause): void;
  /** Hurts the mercenary whose body this is; a kill tumbles the body along (dx, dy, dz) with `pushNs`. */
  damageMerc(
    index: number,
    amount: number,
    by: ActorId,
    cause: DamageCause,
    dx: number,
    dy: number,
    dz: number,
    pushNs: number,
    impactSpeedMps?: number,
  ): void;
  /** Mercenary index of a body, or -1. */
  mercOfBody(body: Body): number;
  /** Damages a red barrel prop (it goes off past its health). */
  damageProp(prop: number, amount: number): void;
  explode(x: number, y: number, z: number, cfg: ExplosionConfig): void;
  /** Henry made a noise mercenaries within `radiusM` hear. */
  noise(x: number, y: number, z: number, radiusM: number): void;
  dropWeapon(weapon: WeaponId, x: number, y: number, z: number): void;
}
