import { DMath } from "../core/DMath";
import { WEAPONS } from "../combat/CombatConfig";
import { BOT_PRIORITY, type BotBehaviour, type BotTick } from "./BotBehaviour";
import type { BotPickup, BotWeapon } from "./BotSenses";

/** With nobody in sight, walks this far out of its way for rounds it has room for, metres. */
const DETOUR_M = 12;
/** Out of rounds altogether, goes this far for any, even under fire, metres. */
const DRY_REACH_M = 35;

/**
 * Picks up what the fights leave: a dropped rifle or an ammo box in reach when nobody is
 * in sight and there is room for the rounds, and the nearest of either, under fire if need
 * be, when every gun is empty. (The street's last fight killed the bot with both guns dry
 * while two boxes and several rifles lay a few metres off its path.)
 */
export class Scavenge implements BotBehaviour {
  readonly name = "scavenge";
  readonly priority = BOT_PRIORITY.scavenge;

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
    for (const p of s.pickups) {
      if (!p.active || Math.abs(p.position.y - s.player.position.y) > 1.5 || !wanted(p, s.weapons)) continue;
      const d = DMath.hypot(p.position.x - t.eye.x, p.position.z - t.eye.z);
      if (d < bestD && s.canSee(t.eye.x, t.eye.y, t.eye.z, p.position.x, p.position.y + 0.2, p.position.z)) {
        best = p;
        bestD = d;
      }
    }
    if (!best) return false;
    t.hands.walkTo(best.position.x, best.position.z, t.eye.x, t.eye.z, t.cmd, 0, true);
    return true;
  }
}

/** Whether walking over it gives rounds: a gun not carried, or one with room in its reserve. */
function wanted(p: BotPickup, weapons: readonly BotWeapon[]): boolean {
  const w = weapons.find((x) => x.id === p.weapon);
  return !w || w.reserve < WEAPONS[p.weapon].reserveMax;
}
