import { Body, Box, Vec3 } from "cannon-es";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import { CollisionGroups } from "../physics/CollisionGroups";
import type { MercStateName } from "../combat/CombatView";
import { MERC } from "./MercConfig";
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

const PATH_MAX = 64;
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
  state: MercStateId = MercState.patrol;
  stateS = 0;
  fight = 0;
  homeX = 0;
  homeZ = 0;
  homeYaw = 0;
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
  role = "merc";

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

  /** Plans a path to node `goal` unless the current plan already leads there and is fresh. */
  planTo(nav: NavGrid, goal: number): void {
    if (goal < 0) return;
    if (goal === this.goal && this.repathS > 0 && this.pathIdx < this.pathLen) return;
    this.goal = goal;
    this.repathS = MERC.repathS;
    this.pathLen = nav.findPath(nav.nearest(this.x, this.z), goal, this.path);
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
      const s = Math.min(speedMps, d / FIXED_DT) / d;
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
    h.bool(this.active).bool(this.alive).num(this.x).num(this.y).num(this.z).num(this.yaw).num(this.health);
    h.u32v(this.state).num(this.stateS).bool(this.sees).bool(this.knows).num(this.knowX).num(this.knowZ);
    h.num(this.unseenS).num(this.reactionS).u32v(this.burstLeft).num(this.fireCooldownS).num(this.staggerS);
    h.bool(this.retreated).bool(this.crouched).num(this.idleS).num(this.corpseS);
    h.bool(this.fireTurn).num(this.turnS).num(this.waitS);
    h.u32v(this.pathLen).u32v(this.pathIdx).u32v(this.goal >>> 0).num(this.repathS);
    if (this.active && !this.alive) {
      const b = this.body;
      h.num(b.position.x).num(b.position.y).num(b.position.z);
      h.num(b.quaternion.x).num(b.quaternion.y).num(b.quaternion.z).num(b.quaternion.w);
      h.num(b.velocity.x).num(b.velocity.y).num(b.velocity.z);
    }
  }
}
