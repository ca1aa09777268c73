import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { Buttons } from "../input/InputCmd";
import type { BotBehaviour, BotTick } from "./BotBehaviour";

/** Above fighting (50): a grab or a throw takes the tick. */
export const THROW_PRIORITY = 60;

/** When the bot picks something up to throw; units in the names. */
export interface ThrowPropsConfig {
  /** Props within this of Henry's feet can be reached (horizontally), metres. */
  reachM: number;
  /** Heaviest prop worth lifting, kg. */
  maxMassKg: number;
  /** An enemy in sight within this range (and beyond the minimum) is worth a throw, metres. */
  maxRangeM: number;
  minRangeM: number;
  /** Seconds between one throw and reaching for the next thing. */
  cooldownS: number;
  /** Held this long with nobody to throw at, it goes anyway, seconds. */
  holdS: number;
}

export const THROW_PROPS: ThrowPropsConfig = { reachM: 1.9, maxMassKg: 25, maxRangeM: 18, minRangeM: 3, cooldownS: 9, holdS: 3 };

/**
 * Throws what lies to hand, as the film's hero does: with a guard in sight at a throwing
 * distance and a chair, a monitor, a printer, a plant or an extinguisher within reach, the
 * bot looks at it and picks it up, then aims at the guard and throws.
 */
export class ThrowProps implements BotBehaviour {
  readonly name = "throwProps";
  readonly priority = THROW_PRIORITY;
  private cooldownS = 0;
  private heldS = 0;

  constructor(readonly config: ThrowPropsConfig = THROW_PROPS) {}

  act(t: BotTick): boolean {
    const { senses: s, cmd, hands, eye } = t;
    const c = this.config;
    const holding = s.holding ?? "none";
    if (holding !== "none" && holding !== "grenade") {
      this.heldS += FIXED_DT;
      this.cooldownS = c.cooldownS;
      const e = t.visible[0];
      if (e) {
        if (hands.aimAt(e.center.x, e.center.y + 0.4, e.center.z, eye.x, eye.y, eye.z)) hands.press(cmd, Buttons.fire);
        return true;
      }
      if (this.heldS > c.holdS) hands.press(cmd, Buttons.fire);
      return false;
    }
    this.heldS = 0;
    if (this.cooldownS > 0) {
      this.cooldownS -= FIXED_DT;
      return false;
    }
    const e = t.visible[0];
    if (!e || !s.props || !s.level) return false;
    const d = DMath.hypot(e.center.x - eye.x, e.center.z - eye.z);
    if (d > c.maxRangeM || d < c.minRangeM) return false;
    const feet = s.player.position;
    let best = -1;
    let bestD = c.reachM;
    for (let i = 0; i < s.props.length; i++) {
      const p = s.props[i].position;
      const kind = s.level.props[i]?.kind;
      if (!kind || kind === "barrel" || s.level.props[i].massKg > c.maxMassKg) continue;
      const dd = DMath.hypot(p.x - feet.x, p.z - feet.z);
      if (dd < bestD && p.y > feet.y - 0.2 && p.y < feet.y + 1.3) {
        best = i;
        bestD = dd;
      }
    }
    if (best < 0) return false;
    const p = s.props[best].position;
    if (hands.aimAt(p.x, p.y, p.z, eye.x, eye.y, eye.z)) hands.press(cmd, Buttons.use);
    return true;
  }
}
