import { DMath } from "../core/DMath";
import { Buttons } from "../input/InputCmd";
import type { BotBehaviour, BotTick } from "./BotBehaviour";
import { nearestEnemy } from "./FollowGoal";
import { NavRoute } from "./NavRoute";

/** Between fighting (50) and plain following (10): walking takes the route when the script says go. */
export const ROUTE_PRIORITY = 20;
/** Glass this close ahead and Henry this slow: a fist goes through it, metres and m/s. */
const PUNCH_GLASS_M = 1.4;
const PUNCH_BELOW_MPS = 4;
/** In a fight with nobody in sight, close in to this distance, metres. */
const CLOSE_IN_M = 2;

/**
 * Where the director says go (or where the fight is), walks there the way a player who
 * knows the building would: along its floors and up its stairs (a route planned over the
 * level), at a run, through glass: a sprint breaks a pane, and where Henry meets one
 * slowly he punches it. Falls through to the plain follower when no route exists.
 */
export class WalkTheRoute implements BotBehaviour {
  readonly name = "walkTheRoute";
  readonly priority = ROUTE_PRIORITY;
  private route: NavRoute | null = null;
  private readonly to = { x: 0, y: 0, z: 0 };
  private readonly wp = { x: 0, y: 0, z: 0 };

  act(t: BotTick): boolean {
    const { goal, senses: s, cmd, hands, eye } = t;
    if ((goal.kind !== "goto" && goal.kind !== "fight") || !s.level) return false;
    this.route ??= new NavRoute(s.level);
    if (s.glassBroken) this.route.sync(s.glassBroken);
    const feet = s.player.position;
    let stopM = 0;
    if (goal.kind === "goto") {
      const a = s.anchor(goal.anchor);
      if (!a) return false;
      this.to.x = a.position[0];
      this.to.y = a.position[1];
      this.to.z = a.position[2];
    } else {
      const e = nearestEnemy(s.enemies, eye.x, eye.z);
      if (!e) return false;
      this.to.x = e.position.x;
      this.to.y = e.position.y;
      this.to.z = e.position.z;
      stopM = CLOSE_IN_M;
    }
    if (stopM > 0 && DMath.hypot3(this.to.x - feet.x, this.to.y - feet.y, this.to.z - feet.z) < stopM) return false;
    if (!this.route.steer(feet, this.to, this.wp)) return false;
    const v = s.player.velocity;
    if (this.route.glassAhead(feet, this.wp) < PUNCH_GLASS_M && DMath.hypot(v.x, v.z) < PUNCH_BELOW_MPS) hands.press(cmd, Buttons.melee);
    hands.walkTo(this.wp.x, this.wp.z, eye.x, eye.z, cmd, 0, true);
    return true;
  }
}
