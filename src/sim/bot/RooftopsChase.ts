import { BOT_PRIORITY, type BotBehaviour, type BotTick } from "./BotBehaviour";
import { ChaseFollower, type ChaseSenses } from "./ChaseFollower";

/** How far the legs move up or down before Henry counts as in the air, m/s. */
const AIRBORNE_MPS = 0.3;

/**
 * The rooftops' chase: while the director asks for a chase, run the fastest line with the
 * parkour verbs and go for the courier (`ChaseFollower`). It sits above the fight and the
 * pickups so that mid-flight over a gap the legs come first (a player keeps pushing
 * forward), and on the ground it lets the fight take the tick whenever an enemy is in
 * sight: the guards still get shot, and rounds are picked up only when every gun is dry.
 */
export class RooftopsChase implements BotBehaviour {
  readonly name = "rooftopsChase";
  readonly priority = BOT_PRIORITY.scavenge + 5;
  private readonly follower = new ChaseFollower();
  private view: ChaseSenses | null = null;

  act(t: BotTick): boolean {
    const s = t.senses;
    const chase = s.chase;
    if (t.goal.kind !== "chase" || !chase) return false;
    const flying = Math.abs(s.player.velocity.y) > AIRBORNE_MPS;
    if (!flying && t.visible.length > 0) return false;
    // Made once, reading through to the senses (nothing allocated per tick).
    this.view ??= {
      position: s.player.position,
      velocity: s.player.velocity,
      get line() {
        return chase.line;
      },
      courier: chase.courier,
      canSee: (x, y, z) => chase.canSee(x, y, z),
    };
    const f = this.follower;
    f.next(this.view, t.cmd);
    t.hands.aimAt(f.targetX, t.eye.y, f.targetZ, t.eye.x, t.eye.y, t.eye.z);
    t.hands.pitch = 0;
    return true;
  }
}
