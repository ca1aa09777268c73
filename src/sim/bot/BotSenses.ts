import type { Anchor, Level } from "../world/Level";
import type { ChaseSenses } from "./ChaseFollower";

type V3 = { x: number; y: number; z: number };

/** An enemy as a player sees one: where it is, which way it faces, whether it just fired. */
export interface BotEnemy {
  alive: boolean;
  active: boolean;
  /** Feet and body centre, metres. */
  position: V3;
  center: V3;
  yawRad: number;
  crouched: boolean;
  /** Ticks since it last fired: a muzzle flash a player sees (large when never). */
  sinceShotTicks: number;
}

/** A gun Henry carries, as a player knows it (the HUD shows the one in hand). */
export interface BotWeapon {
  id: "pistol" | "rifle";
  magazine: number;
  reserve: number;
}

/** An ammo box or a dropped gun lying where Henry can see it. */
export interface BotPickup {
  active: boolean;
  kind: "ammo" | "weapon";
  weapon: BotWeapon["id"];
  position: V3;
}

/**
 * What the bot can see: only what a player's eyes, HUD and screen would tell them (the red
 * edges of the screen are health; a player remembers which guns they picked up).
 */
export interface BotSenses {
  player: {
    position: V3;
    velocity: V3;
    eyeHeightM: number;
    dead?: boolean;
    /** 0..1: what the screen's red edges and the heartbeat say. Default 1. */
    health01?: number;
  };
  /** Rounds in the magazine of the weapon in hand (the HUD shows it); undefined when unarmed. */
  magazine?: number;
  /** The gun in hand, or null (unarmed, or holding a prop). */
  weapon?: BotWeapon["id"] | null;
  /** Every gun Henry owns with its rounds. Default: none known. */
  weapons?: readonly BotWeapon[];
  /** A reload is under way (the HUD shows it). */
  reloading?: boolean;
  enemies: readonly BotEnemy[];
  /** Ammo boxes and dropped guns. Default: none. */
  pickups?: readonly BotPickup[];
  /** Line of sight between two points (through the level's solid geometry). */
  canSee(ax: number, ay: number, az: number, bx: number, by: number, bz: number): boolean;
  anchor(name: string): Anchor | undefined;
  /** The level's static geometry (what a player sees of stairs, ladders, cover). */
  level?: Level;
  /** Which panes of glass are broken, in the glass's order (a player sees the holes). */
  glassBroken?: Uint8Array;
  /** Loose props, in `level.props` order: where they lie (a player sees them). */
  props?: readonly { position: V3 }[];
  /** What Henry carries to throw: "none", a prop kind or "grenade" (his hands show it). */
  holding?: string;
  /** In a chase: the line to run and the courier (what a player sees of him). */
  chase?: Omit<ChaseSenses, "position" | "velocity">;
}

/** How the bot plays; angles in degrees, times in seconds, distances in metres. */
export interface BotConfig {
  /** Fastest turn of the head, like a quick wrist: degrees per second. */
  turnDegPerS: number;
  /** Fires only when the aim is this close to the target. */
  fireWithinDeg: number;
  /** Seconds without progress before it jumps. */
  stuckS: number;
  /** Ignores enemies further than this, metres. */
  engageM: number;
  /** Seconds between a new enemy coming into view and the first shot at it. */
  reactS: number;
}

/** A good player, not an aimbot: a human flick, a moment to react to each new target. */
export const DEFAULT_BOT: BotConfig = { turnDegPerS: 300, fireWithinDeg: 2.5, stuckS: 0.6, engageM: 45, reactS: 0.35 };
