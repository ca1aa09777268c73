import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { Buttons } from "../input/InputCmd";
import { BOT_PRIORITY, type BotBehaviour, type BotTick } from "./BotBehaviour";
import type { BotEnemy } from "./BotSenses";

/**
 * Shoots what is in sight: faces the nearest enemy at a human turn rate, waits a moment
 * to react to each new one, fires when on target, and side-steps as a player does under fire.
 */
export class Engage implements BotBehaviour {
  readonly name = "engage";
  readonly priority = BOT_PRIORITY.engage;
  private fireHeld = false;
  private strafeTicks = 0;
  private lastTarget: BotEnemy | null = null;
  private reactTicks = 0;

  act(t: BotTick): boolean {
    const target = t.visible[0];
    if (!target) return false;
    const { cmd, eye, senses: s } = t;
    const onTarget = t.hands.aimAt(target.center.x, target.center.y + 0.2, target.center.z, eye.x, eye.y, eye.z);
    if (target !== this.lastTarget) {
      this.lastTarget = target;
      this.reactTicks = Math.round(t.config.reactS / FIXED_DT);
    }
    if (this.reactTicks > 0) this.reactTicks--;
    else if (s.magazine === 0) cmd.buttons |= Buttons.reload;
    else if (onTarget) {
      // Alternate press and release: every press is an edge, for single-shot weapons too.
      this.fireHeld = !this.fireHeld;
      if (this.fireHeld) cmd.buttons |= Buttons.fire;
    }
    // Side-step every second or so, as a player does under fire.
    this.strafeTicks++;
    cmd.moveX = DMath.sin(this.strafeTicks * 0.1) > 0 ? 0.6 : -0.6;
    return true;
  }
}
