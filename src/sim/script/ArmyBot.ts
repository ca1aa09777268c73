import type { NavGrid } from "../ai/NavGrid";
import type { TelekinesisView } from "../ai/Telekinetic";
import type { MercView, PickupView } from "../combat/CombatView";
import { DMath } from "../core/DMath";
import { Buttons, type InputCmd } from "../input/InputCmd";
import type { DirectorGoal } from "./Director";
import type { BotEnemy, BotSenses, BotWeapon } from "../bot/BotSenses";
import { type DodgeConfig, ThrowDodger } from "./ThrowDodger";

/** The autopilot's dodge on the roof: it sprints across the throw's line. */
const ARMY_DODGE: DodgeConfig = { maxS: 2.2, sprint: true, rangeM: 60 };
const PATH_MAX = 96;
/** Re-plan the route at most this often, ticks. */
const REPLAN_TICKS = 30;
const WAYPOINT_M = 0.9;
/** Below this many rounds (magazine and spare) it fetches ammunition when nothing is in sight. */
const LOW_AMMO = 40;
/** It walks to pickups no farther than this, metres; gives one up after this long, ticks. */
const PICKUP_RANGE_M = 35;
const PICKUP_GIVE_UP_TICKS = 360;

/** An enemy the bot can aim at: a mercenary's view, or the telekinetic while his guard is down. */
type Target = BotEnemy;

/**
 * The army piece's own behaviour for the set-piece bot: the enemies it shoots include
 * Akan while his barrier is down; it sidesteps every telegraphed throw; and it walks the
 * roof along the navigation grid (the central block, the sunken deck and the helipad's
 * steps stand between most places and most others).
 */
export class ArmyBot {
  readonly enemies: readonly Target[];
  private readonly dodger = new ThrowDodger(ARMY_DODGE);
  private readonly path = new Int32Array(PATH_MAX);
  private pathLen = 0;
  private pathIdx = 0;
  private goalNode = -1;
  private planAge = REPLAN_TICKS;
  /** Where it walks this tick (written by the goal readers, no allocation). */
  private readonly target = { x: 0, z: 0 };
  /** Whether Henry could stand at (x, z): a nav cell is there. */
  private readonly footing = (x: number, z: number): boolean => this.nav.nearest(x, z, 0) >= 0;
  /** The pickup slot it is walking to, how long it has, and one it gave up on. */
  private pickupSlot = -1;
  private pickupTicks = 0;
  private skipSlot = -1;
  private readonly ammo: Ammo = { rounds: 0, rifleRounds: -1 };

  constructor(
    mercs: readonly MercView[],
    private readonly tk: TelekinesisView,
    private readonly nav: NavGrid,
    private readonly pickups: readonly PickupView[],
  ) {
    const akan = tk.akan;
    const proxy: Target = {
      get alive() {
        return akan.phase !== "beaten";
      },
      get active() {
        return akan.exposed;
      },
      position: akan.position,
      get yawRad() {
        return akan.yawRad;
      },
      crouched: false,
      // His throws are no muzzle flash: a player sees the glow, not a shot.
      sinceShotTicks: Number.MAX_SAFE_INTEGER,
      center: {
        get x() {
          return akan.position.x;
        },
        get y() {
          return akan.position.y + 1.2;
        },
        get z() {
          return akan.position.z;
        },
      },
    };
    this.enemies = [...mercs, proxy];
  }

  /**
   * What the eyes should follow this tick: the thing the telekinetic lifts, while no enemy
   * is in the sights (a player watches the glow to know where to step); null otherwise.
   */
  watchPoint(fighting: boolean): { x: number; y: number; z: number } | null {
    const t = this.tk.throw;
    return !fighting && t.stage !== "none" && t.stage !== "flight" ? t.position : null;
  }

  /** Adjusts the set-piece bot's command for this tick: a dodge first, else a route round obstacles. */
  after(goal: DirectorGoal, s: BotSenses, cmd: InputCmd, fighting: boolean): void {
    const p = s.player.position;
    if (this.dodger.apply(this.tk.throw, p, this.footing, cmd)) return;
    // Changing guns is the core's WeaponCare; out of rounds, a fight is no place to stand: fetch some.
    const a = readAmmo(s, this.ammo);
    const dry = a.rounds === 0;
    if (fighting && !dry) return;
    if (this.wantsPickup(goal, p, a) || this.goalPoint(goal, s, p)) this.route(this.target.x, this.target.z, p, cmd);
  }

  /** The nearest pickup worth the walk: when short of rounds, without a rifle, or with nothing else to do. */
  private wantsPickup(goal: DirectorGoal, p: { x: number; y: number; z: number }, a: Ammo): boolean {
    // Between waves it stocks up; once Akan is beaten there is nothing left to fight.
    const idle = goal.kind === "wait" && this.tk.akan.phase !== "beaten";
    const rifleLow = a.rifleRounds < LOW_AMMO;
    const needy = goal.kind === "fight" && rifleLow;
    if (!idle && !needy && a.rounds > 0) return false;
    let best = -1;
    let bestD = PICKUP_RANGE_M;
    for (let i = 0; i < this.pickups.length; i++) {
      const v = this.pickups[i];
      if (!v.active || i === this.skipSlot || Math.abs(v.position.y - p.y) > 1.5) continue;
      if (v.kind === "weapon" && !rifleLow) continue;
      const d = DMath.hypot(v.position.x - p.x, v.position.z - p.z);
      if (d < bestD) {
        best = i;
        bestD = d;
      }
    }
    // One it cannot reach (behind a wreck, on a ledge) is given up after a while.
    this.pickupTicks = best === this.pickupSlot ? this.pickupTicks + 1 : 0;
    this.pickupSlot = best;
    if (best >= 0 && this.pickupTicks > PICKUP_GIVE_UP_TICKS) {
      this.skipSlot = best;
      return false;
    }
    if (best < 0) return false;
    this.target.x = this.pickups[best].position.x;
    this.target.z = this.pickups[best].position.z;
    return true;
  }

  /** Where the goal wants Henry to walk: an anchor, or the nearest enemy standing. */
  private goalPoint(goal: DirectorGoal, s: BotSenses, p: { x: number; z: number }): boolean {
    if (goal.kind === "goto") {
      const a = s.anchor(goal.anchor);
      if (!a) return false;
      this.target.x = a.position[0];
      this.target.z = a.position[2];
      return true;
    }
    if (goal.kind !== "fight") return false;
    let best: Target | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const e of s.enemies) {
      if (!e.active || !e.alive) continue;
      const d = DMath.hypot(e.center.x - p.x, e.center.z - p.z);
      if (d < bestD) {
        best = e;
        bestD = d;
      }
    }
    // With no one to go for, Akan standing with no opening: close in on him (fists get through his barrier).
    const a = this.tk.akan;
    const at = best ? best.center : a.phase === "join" || a.phase === "panic" ? a.position : null;
    if (!at) return false;
    this.target.x = at.x;
    this.target.z = at.z;
    return true;
  }

  /** Walks toward (tx, tz) along the nav grid: points the move axes at the next waypoint. */
  private route(tx: number, tz: number, p: { x: number; z: number }, cmd: InputCmd): void {
    const goal = this.nav.nearest(tx, tz, 4);
    if (goal < 0) return;
    this.planAge++;
    if (goal !== this.goalNode || this.planAge >= REPLAN_TICKS || this.pathIdx >= this.pathLen) {
      this.goalNode = goal;
      this.planAge = 0;
      this.pathLen = this.nav.findPath(this.nav.nearest(p.x, p.z, 4), goal, this.path);
      this.pathIdx = 0;
    }
    while (this.pathIdx < this.pathLen) {
      const n = this.path[this.pathIdx];
      const dx = this.nav.nodeX(n) - p.x;
      const dz = this.nav.nodeZ(n) - p.z;
      const d = DMath.hypot(dx, dz);
      if (d < WAYPOINT_M && this.pathIdx < this.pathLen - 1) {
        this.pathIdx++;
        continue;
      }
      if (d < 0.3) return;
      const s = DMath.sin(cmd.yawRad);
      const c = DMath.cos(cmd.yawRad);
      cmd.moveX = (dx * c - dz * s) / d;
      cmd.moveY = (-dx * s - dz * c) / d;
      cmd.buttons |= Buttons.sprint;
      return;
    }
  }
}

interface Ammo {
  /** Rounds of the gun in hand and its spares (as the HUD shows them). */
  rounds: number;
  /** The rifle's rounds if Henry carries one, -1 if not. */
  rifleRounds: number;
}

/** What Henry has left, from the guns a player remembers picking up (written into `out`, no allocation). */
function readAmmo(s: BotSenses, out: Ammo): Ammo {
  const ws: readonly BotWeapon[] = s.weapons ?? [];
  out.rounds = 0;
  out.rifleRounds = -1;
  for (const w of ws) {
    if (w.id === s.weapon) out.rounds = w.magazine + w.reserve;
    if (w.id === "rifle") out.rifleRounds = w.magazine + w.reserve;
  }
  return out;
}
