import { Body, Box, Vec3 } from "cannon-es";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import { CollisionGroups } from "../physics/CollisionGroups";
import { hashBody } from "../physics/PhysicsWorld";
import type { MercStateName } from "../combat/CombatView";
import { MERC } from "./MercConfig";
import { type MercUnit, UNITS } from "./MercUnits";
import type { NavGrid } from "./NavGrid";
import { DMath } from "../core/DMath";

export const MercState = {
  patrol: 0,
  alert: 1,
  chase: 2,
  shoot: 3,
  cover: 4,
  flank: 5,
  retreat: 6,
  search: 7,
  dead: 8,
} as const;
/** What a mercenary was posted to do: the usual fighter, hold a post, or rush Henry (see GuardRoles). */
export const MercRole = { free: 0, hold: 1, rush: 2 } as const;
export type MercRoleId = (typeof MercRole)[keyof typeof MercRole];

export type MercStateId = (typeof MercState)[keyof typeof MercState];
export const MERC_STATE_NAMES: readonly MercStateName[] = [
  "patrol",
  "alert",
  "chase",
  "shoot",
  "cover",
  "flank",
  "retreat",
  "search",
  "dead",
];

// Room for a walk across a tower floor and up its stairs at half-metre cells.
const PATH_MAX = 512;
const ARRIVE_M = 0.35;

/**
 * One mercenary: a kinematic box the brain steers along the nav grid while alive, turned
 * into a dynamic body that tumbles when it dies. All of its state is plain numbers, hashed.
 */
export class Merc {
  readonly body: Body;
  active = false;
  alive = false;
  x = 0;
  y = 0;
  z = 0;
  yaw = 0;
  health = MERC.health;
  /** Rifleman, riot shield or machine gunner (the army brings the heavier ones). */
  unit: MercUnit = "rifleman";
  state: MercStateId = MercState.patrol;
  stateS = 0;
  fight = 0;
  homeX = 0;
  homeZ = 0;
  /** Height of the home node (its floor in a tower), metres. */
  homeY = 0;
  homeYaw = 0;
  /** Posted role (a holder keeps to home, a rusher runs at Henry). */
  role: MercRoleId = MercRole.free;
  /** Where a holder falls back to, once (a post a floor up). */
  hasFallback = false;
  fallX = 0;
  fallY = 0;
  fallZ = 0;
  /** A rusher's time until his next blow, seconds. */
  strikeCooldownS = 0;
  sees = false;
  knows = false;
  knowX = 0;
  knowY = 0;
  knowZ = 0;
  unseenS = 0;
  reactionS = 0;
  burstLeft = MERC.burstShots;
  fireCooldownS = 0;
  staggerS = 0;
  retreated = false;
  crouched = false;
  idleS = 0;
  sinceShotTicks = 1 << 20;
  corpseS = 0;
  /** Holds one of the few turns to shoot at Henry (`allocateFireTurns`); time held, time waited, seconds. */
  fireTurn = false;
  turnS = 0;
  waitS = 0;
  readonly path = new Int32Array(PATH_MAX);
  pathLen = 0;
  pathIdx = 0;
  goal = -1;
  repathS = 0;
  /** Desired planar velocity this tick, m/s. */
  vx = 0;
  vz = 0;
  /** Where its weapon points (presentation only: never read by the core, not hashed). */
  aimX = 0;
  aimY = 0;
  aimZ = 0;
  /** Which outfit presentation dresses it in (a fight's spawn may name one). */
  outfit = "merc";

  constructor(readonly index: number, readonly id: number) {
    this.body = new Body({
      type: Body.KINEMATIC,
      mass: 0,
      collisionFilterGroup: CollisionGroups.enemy,
      collisionFilterMask: CollisionGroups.player | CollisionGroups.prop,
      allowSleep: false,
      angularDamping: 0.4,
      linearDamping: 0.05,
    });
    this.body.addShape(new Box(new Vec3(MERC.radiusM, MERC.heightM / 2, MERC.radiusM * 0.8)));
  }

  setState(s: MercStateId): void {
    if (this.state === s) return;
    this.state = s;
    this.stateS = 0;
    this.pathLen = 0;
    this.pathIdx = 0;
    this.goal = -1;
  }

  /** Plans a path to node `goal` unless the current plan already leads there (or near enough, on a fine grid) and is fresh. */
  planTo(nav: NavGrid, goal: number): void {
    if (goal < 0) return;
    const same = goal === this.goal || nav.within(goal, this.goal, nav.goalSlackM);
    if (same && this.repathS > 0 && this.pathIdx < this.pathLen) return;
    this.goal = goal;
    this.repathS = MERC.repathS;
    this.pathLen = nav.findPath(nav.nearest(this.x, this.z, 6, this.y), goal, this.path);
    this.pathIdx = 0;
  }

  /** Whether the path is walked to its end. */
  get arrived(): boolean {
    return this.pathIdx >= this.pathLen;
  }

  /** Steers along the path at `speedMps`; sets the desired velocity and eases y to the nodes. */
  follow(nav: NavGrid, speedMps: number, faceMove: boolean): void {
    this.vx = 0;
    this.vz = 0;
    while (this.pathIdx < this.pathLen) {
      const n = this.path[this.pathIdx];
      const dx = nav.nodeX(n) - this.x;
      const dz = nav.nodeZ(n) - this.z;
      const d = DMath.hypot(dx, dz);
      if (d < ARRIVE_M) {
        this.pathIdx++;
        continue;
      }
      const s = Math.min(speedMps * UNITS[this.unit].speedScale, d / FIXED_DT) / d;
      this.vx = dx * s;
      this.vz = dz * s;
      const ty = nav.nodeY(n);
      this.y += Math.max(-3 * FIXED_DT, Math.min(3 * FIXED_DT, ty - this.y));
      if (faceMove) this.turnTo(DMath.atan2(-dx, -dz));
      return;
    }
  }

  /** Turns toward `yaw` at the turn rate; returns the remaining error, radians. */
  turnTo(yaw: number): number {
    let d = yaw - this.yaw;
    d = DMath.atan2(DMath.sin(d), DMath.cos(d));
    const max = MERC.turnRadPerS * FIXED_DT;
    this.yaw += Math.max(-max, Math.min(max, d));
    this.yaw = DMath.atan2(DMath.sin(this.yaw), DMath.cos(this.yaw));
    return Math.abs(d) - Math.min(Math.abs(d), max);
  }

  hashInto(h: Hasher): void {
    h.str(this.unit).bool(this.active).bool(this.alive).num(this.x).num(this.y).num(this.z).num(this.yaw).num(this.health).num(this.homeY);
    h.u32v(this.state).num(this.stateS).bool(this.sees).bool(this.knows).num(this.knowX).num(this.knowZ);
    h.num(this.unseenS).num(this.reactionS).u32v(this.burstLeft).num(this.fireCooldownS).num(this.staggerS);
    h.bool(this.retreated).bool(this.crouched).num(this.idleS).num(this.corpseS);
    h.bool(this.fireTurn).num(this.turnS).num(this.waitS);
    h.u32v(this.role).bool(this.hasFallback).num(this.homeX).num(this.homeZ).num(this.strikeCooldownS);
    h.u32v(this.pathLen).u32v(this.pathIdx).u32v(this.goal >>> 0).num(this.repathS);
    // Where it goes back to, which fight it belongs to, its route and walk velocity; the
    // bot reads sinceShotTicks (a mercenary that just fired is the one to answer).
    h.u32v(this.fight).num(this.homeX).num(this.homeZ).num(this.homeYaw).num(this.knowY);
    h.u32v(this.sinceShotTicks).num(this.vx).num(this.vz);
    h.num(this.aimX).num(this.aimY).num(this.aimZ).num(this.fallX).num(this.fallY).num(this.fallZ);
    for (let i = 0; i < PATH_MAX; i++) h.u32v(this.path[i] >>> 0);
    if (this.active && !this.alive) hashBody(h, this.body);
  }
}
