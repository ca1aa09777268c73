import { WEAPONS } from "../combat/CombatConfig";
import { Buttons } from "../input/InputCmd";
import { BOT_PRIORITY, type BotBehaviour, type BotTick } from "./BotBehaviour";
import type { BotWeapon } from "./BotSenses";

/** Out of a fight, a magazine at or below this share of full is topped up. */
const TOP_UP_BELOW_01 = 0.5;

const rounds = (w: BotWeapon): number => w.magazine + w.reserve;

/**
 * Looks after the guns as a player does: never stands in a fight with an empty one while
 * another has rounds, takes the rifle while it has rounds, and reloads while nobody is in
 * sight rather than in the middle of a fight. Adds buttons; never takes the tick.
 */
export class WeaponCare implements BotBehaviour {
  readonly name = "weaponCare";
  readonly priority = BOT_PRIORITY.weaponCare;

  act(t: BotTick): boolean {
    const s = t.senses;
    const inHand = s.weapons?.find((w) => w.id === s.weapon);
    if (!inHand || !s.weapons) return false;
    const dry = rounds(inHand) === 0;
    const other = s.weapons.find((w) => w.id !== inHand.id && rounds(w) > 0 && (dry || w.id === "rifle"));
    if (other) {
      // Next weapon cycles; with more than two guns it lands on the wanted one within a few presses.
      t.hands.press(t.cmd, Buttons.weaponNext);
      return false;
    }
    if (!s.reloading && t.visible.length === 0 && inHand.reserve > 0 && inHand.magazine <= WEAPONS[inHand.id].magazine * TOP_UP_BELOW_01) {
      t.hands.press(t.cmd, Buttons.reload);
    }
    return false;
  }
}
