import { DMath } from "../core/DMath";
import { Buttons } from "../input/InputCmd";
import { BOT_PRIORITY, type BotBehaviour, type BotTick } from "./BotBehaviour";
import type { BotEnemy } from "./BotSenses";

/**
 * Does what the director's waiting beat asks: go to an anchor, look at one, press a button,
 * walk a distance, or (a fight with nobody in sight) close in on the nearest enemy.
 */
export class FollowGoal implements BotBehaviour {
  readonly name = "followGoal";
  readonly priority = BOT_PRIORITY.followGoal;
  private pressToggle = false;

  act(t: BotTick): boolean {
    const { goal, senses: s, cmd, hands, eye } = t;
    if (goal.kind === "fight") {
      const e = nearestEnemy(s.enemies, eye.x, eye.z);
      if (e) hands.walkTo(e.center.x, e.center.z, eye.x, eye.z, cmd, 2, false);
    } else if (goal.kind === "goto") {
      const a = s.anchor(goal.anchor);
      if (a) hands.walkTo(a.position[0], a.position[2], eye.x, eye.z, cmd, 0, true);
    } else if (goal.kind === "look") {
      const a = s.anchor(goal.anchor);
      if (a) hands.aimAt(a.position[0], a.position[1], a.position[2], eye.x, eye.y, eye.z);
    } else if (goal.kind === "press") {
      // A press is an edge: alternate so each press is a fresh one.
      this.pressToggle = !this.pressToggle;
      if (this.pressToggle) cmd.buttons |= Buttons[goal.button];
    } else if (goal.kind === "walk") {
      cmd.moveY = 1;
    }
    return true;
  }
}

/** The nearest living enemy on stage, seen or not (the script says where the fight is). */
export function nearestEnemy(enemies: readonly BotEnemy[], x: number, z: number): BotEnemy | null {
  let best: BotEnemy | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const e of enemies) {
    if (!e.active || !e.alive) continue;
    const d = DMath.hypot(e.center.x - x, e.center.z - z);
    if (d < bestD) {
      best = e;
      bestD = d;
    }
  }
  return best;
}
