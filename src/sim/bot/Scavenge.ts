import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { WEAPONS } from "../combat/CombatConfig";
import { BOT_PRIORITY, type BotBehaviour, type BotTick } from "./BotBehaviour";
import type { BotPickup, BotWeapon } from "./BotSenses";

/** With nobody in sight, walks this far out of its way for rounds it has room for, metres. */
const DETOUR_M = 12;
/** Out of rounds altogether, goes this far for any, even under fire, metres. */
const DRY_REACH_M = 35;
/** Gives up on a pickup it has come no nearer to in this long (something in the way), seconds. */
const GIVE_UP_S = 2;
/** Knee height: the straight line to a pickup must be clear here to walk it, metres. */
const KNEE_M = 0.5;
const MAX_IGNORED = 16;

/**
 * Picks up what the fights leave: a dropped rifle or an ammo box in reach when nobody is
 * in sight and there is room for the rounds, and the nearest of either, under fire if need
 * be, when every gun is empty. (The street's last fight killed the bot with both guns dry
 * while two boxes and several rifles lay a few metres off its path.)
 */
export class Scavenge implements BotBehaviour {
  readonly name = "scavenge";
  readonly priority = BOT_PRIORITY.scavenge;
  /** Pickups given up on (street seed 12: a rifle behind a parked car held the bot for 200 s). */
  private readonly ignoredX: number[] = [];
  private readonly ignoredZ: number[] = [];
  private target: BotPickup | null = null;
  private nearestM = 0;
  private noGainS = 0;

  act(t: BotTick): boolean {
    const s = t.senses;
    if (!s.pickups || !s.weapons || s.weapons.length === 0) return false;
    let rounds = 0;
    for (const w of s.weapons) rounds += w.magazine + w.reserve;
    const dry = rounds === 0;
    if (!dry && t.visible.length > 0) return false;
    const reach = dry ? DRY_REACH_M : DETOUR_M;
    let best: BotPickup | null = null;
    let bestD = reach;
    const feet = s.player.position.y;
    for (const p of s.pickups) {
      if (!p.active || Math.abs(p.position.y - feet) > 1.5 || !wanted(p, s.weapons) || this.ignored(p)) continue;
      const d = DMath.hypot(p.position.x - t.eye.x, p.position.z - t.eye.z);
      if (d >= bestD) continue;
      // Seen, and nothing in the way of walking straight there (a car it could see over).
      if (!s.canSee(t.eye.x, t.eye.y, t.eye.z, p.position.x, p.position.y + 0.2, p.position.z)) continue;
      if (!s.canSee(t.eye.x, feet + KNEE_M, t.eye.z, p.position.x, feet + KNEE_M, p.position.z)) continue;
      best = p;
      bestD = d;
    }
    if (!best) {
      this.target = null;
      return false;
    }
    if (best !== this.target || bestD < this.nearestM - 0.3) {
      this.target = best;
      this.nearestM = bestD;
      this.noGainS = 0;
    } else {
      this.noGainS += FIXED_DT;
      if (this.noGainS > GIVE_UP_S) {
        this.ignore(best);
        this.target = null;
        return false;
      }
    }
    t.hands.walkTo(best.position.x, best.position.z, t.eye.x, t.eye.z, t.cmd, 0, true);
    return true;
  }

  private ignored(p: BotPickup): boolean {
    for (let i = 0; i < this.ignoredX.length; i++) {
      if (DMath.hypot(p.position.x - this.ignoredX[i], p.position.z - this.ignoredZ[i]) < 0.3) return true;
    }
    return false;
  }

  private ignore(p: BotPickup): void {
    if (this.ignoredX.length >= MAX_IGNORED) {
      this.ignoredX.shift();
      this.ignoredZ.shift();
    }
    this.ignoredX.push(p.position.x);
    this.ignoredZ.push(p.position.z);
  }
}

/** Whether walking over it gives rounds: a gun not carried, or one with room in its reserve. */
function wanted(p: BotPickup, weapons: readonly BotWeapon[]): boolean {
  const w = weapons.find((x) => x.id === p.weapon);
  return !w || w.reserve < WEAPONS[p.weapon].reserveMax;
}
