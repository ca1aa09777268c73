import { DMath } from "../core/DMath";
import { Buttons } from "../input/InputCmd";
import type { BotBehaviour, BotTick } from "./BotBehaviour";

/** Above fighting with the gun (50), below a throw (60). */
export const BRAWL_PRIORITY = 55;
/** An enemy this close (horizontally) gets the metal knuckles, metres (the punch reaches 1.8). */
const BRAWL_M = 1.7;

/**
 * Close in, a player punches: a guard within arm's reach (a rusher going for Henry's head)
 * gets the metal knuckles, which stagger him, rather than a shot from the hip.
 */
export class Brawl implements BotBehaviour {
  readonly name = "brawl";
  readonly priority = BRAWL_PRIORITY;

  act(t: BotTick): boolean {
    const e = t.visible[0];
    const { eye, hands, cmd } = t;
    if (!e || DMath.hypot(e.center.x - eye.x, e.center.z - eye.z) > BRAWL_M) return false;
    if (hands.aimAt(e.center.x, e.center.y + 0.3, e.center.z, eye.x, eye.y, eye.z) || DMath.hypot(e.center.x - eye.x, e.center.z - eye.z) < 1.2) hands.press(cmd, Buttons.melee);
    return true;
  }
}
