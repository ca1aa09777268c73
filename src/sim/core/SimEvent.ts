import type { BarkKind } from "../../content/barks";
import type { Cue } from "../../content/script";
import type { Surface, Vec3Tuple } from "../world/Level";
import type { MoveKind } from "../player/ForcedMove";

/** Who did or took something: 0 is Henry, any other number a mercenary's id. */
export type ActorId = number;
export const HENRY: ActorId = 0;

/** What a round, a fist or a blast hurt. */
export type DamageCause = "bullet" | "melee" | "explosion" | "throw" | "fall";

/**
 * Events as data, pushed by the core into its ring and drained by view, audio, UI and
 * the rig's signal builder. Positions are world metres, angles radians.
 */
export type SimEvent =
  /** Feet back on the ground; `rolled` when a crouch turned it into a landing roll. */
  | { kind: "landed"; tick: number; impactSpeedMps: number; surface: Surface; rolled?: boolean }
  /** A parkour verb began (vault, mantle, ladder, leap, roll ...), or "none": let go of a ladder. */
  | { kind: "move"; tick: number; move: MoveKind }
  /** A hand or foot on the next rung of a ladder (one every rung spacing climbed). */
  | { kind: "rung"; tick: number; up: boolean }
  | { kind: "jumped"; tick: number }
  | { kind: "blast"; tick: number; position: Vec3Tuple; strength: number }
  | { kind: "recoil"; tick: number; pitchRad: number; yawRad: number }
  | { kind: "respawned"; tick: number }
  /**
   * A round fired (hitscan). `to` is where it stopped; `hit` what it stopped on. For
   * Henry's shots `recoilPitchRad`/`recoilYawRad` are the punch the rig plays.
   */
  | {
      kind: "shot";
      tick: number;
      shooter: ActorId;
      weapon: "pistol" | "rifle";
      from: Vec3Tuple;
      to: Vec3Tuple;
      hit: "enemy" | "henry" | "prop" | "world" | "none";
      normal: Vec3Tuple;
      surface: Surface | null;
      recoilPitchRad: number;
      recoilYawRad: number;
    }
  | { kind: "reload"; tick: number; weapon: "pistol" | "rifle"; phase: "start" | "end"; magazine: number; reserve: number }
  | { kind: "weaponSwitch"; tick: number; weapon: "pistol" | "rifle" }
  /** Henry's punch; `hit` is what the knuckles met. */
  | { kind: "melee"; tick: number; hit: "enemy" | "prop" | "glass" | "none"; position: Vec3Tuple }
  /** Henry grabbed a prop (`prop` index) or a grenade (`prop` -1). */
  | { kind: "grab"; tick: number; prop: number; what: string }
  | { kind: "throw"; tick: number; prop: number; what: string; speedMps: number }
  | { kind: "pickup"; tick: number; item: "ammo" | "weapon"; weapon: "pistol" | "rifle"; rounds: number; position: Vec3Tuple }
  | { kind: "explosion"; tick: number; position: Vec3Tuple; radiusM: number; innerRadiusM: number; strength: number }
  /**
   * Someone was hurt. `from` is where the harm came from (the shooter, the blast); for
   * Henry, `bearingRad` is that direction relative to his facing (0 ahead, +π/2 left).
   */
  | {
      kind: "damage";
      tick: number;
      target: ActorId;
      amount: number;
      health01: number;
      cause: DamageCause;
      from: Vec3Tuple;
      bearingRad: number;
      /** For a thrown prop: its speed when it struck, m/s. */
      impactSpeedMps?: number;
    }
  | { kind: "killed"; tick: number; target: ActorId; by: ActorId; cause: DamageCause; position: Vec3Tuple }
  | { kind: "checkpoint"; tick: number; name: string }
  /** A set-piece cue for presentation: a line, the operator, the time of day, actors, shake. */
  | { kind: "cue"; tick: number; cue: Cue }
  | { kind: "alerted"; tick: number; merc: ActorId; position: Vec3Tuple }
  /** A mercenary of the army came in: out of a lift, up the stairs or over the parapet on a rope. */
  | { kind: "reinforcement"; tick: number; merc: ActorId; unit: "rifleman" | "shield" | "gunner"; entry: "lift" | "stairs" | "rope"; position: Vec3Tuple }
  /**
   * The telekinetic's throw, one event per stage: `lift` starts the telegraph (the object
   * trembles, rises and glows), `lock` fixes its path, `release` lets it fly, `impact`
   * ends it (`hitHenry` when it struck him), `cancel` drops it (Akan was hit).
   */
  | {
      kind: "telekinesis";
      tick: number;
      stage: "lift" | "lock" | "release" | "impact" | "cancel";
      throwId: number;
      what: "car" | "vent" | "crate" | "rifle";
      position: Vec3Tuple;
      hitHenry: boolean;
    }
  /** A heavy throw broke a barrier Henry could hide behind (`box` indexes the level's boxes). */
  | { kind: "coverBroken"; tick: number; box: number; position: Vec3Tuple }
  /** Henry's round or fist met the telekinetic: his barrier turned it (`hurt` false) or it hurt him. */
  | { kind: "akanHit"; tick: number; hurt: boolean; health01: number; position: Vec3Tuple }

  /** A mercenary calls out to his squad (in Russian): `line` is the dialogue line he says, `position` his head. */
  | { kind: "bark"; tick: number; merc: ActorId; bark: BarkKind; line: string; position: Vec3Tuple }
  /**
   * A pane of glass broke (`pane` in the glass's order, `box` in the level's): `position`
   * is its centre, `hit` where it was struck, `sizeM` its width and height.
   */
  | {
      kind: "glass";
      tick: number;
      pane: number;
      box: number;
      position: Vec3Tuple;
      hit: Vec3Tuple;
      cause: DamageCause | "sprint";
      sizeM: [number, number];
    }
  /** An extinguisher burst into a cloud that blocks sight for `lifeS`. */
  | { kind: "cloud"; tick: number; position: Vec3Tuple; radiusM: number; lifeS: number };
