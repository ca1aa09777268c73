import { DMath } from "../core/DMath";
import type { InputCmd } from "../input/InputCmd";
import type { DirectorGoal } from "./Director";
import type { BotBehaviour, BotTick } from "../bot/BotBehaviour";
import { BotHands } from "../bot/BotHands";
import { type BotConfig, type BotEnemy, type BotSenses, DEFAULT_BOT } from "../bot/BotSenses";
import { Engage } from "../bot/Engage";
import { FollowGoal } from "../bot/FollowGoal";
import { Scavenge } from "../bot/Scavenge";
import { WeaponCare } from "../bot/WeaponCare";

export type { BotConfig, BotSenses } from "../bot/BotSenses";
export { DEFAULT_BOT } from "../bot/BotSenses";

/** The behaviours every set piece's bot has, fresh for one bot. */
export function coreBehaviours(): BotBehaviour[] {
  return [new WeaponCare(), new Scavenge(), new Engage(), new FollowGoal()];
}

/**
 * The autopilot for set pieces: plays through InputCmds only, exactly what a player's
 * hands could produce. Each tick it sees what a player would (`BotSenses`) and runs its
 * behaviours from the highest priority down until one takes the tick: the core ones
 * (guns, fight, follow the director's goal) and any a set piece adds (`pieceBehaviours`).
 */
export class SetPieceBot {
  readonly hands: BotHands;
  private readonly behaviours: BotBehaviour[];
  private readonly visible: BotEnemy[] = [];
  private readonly visibleD: number[] = [];
  private readonly t: { -readonly [K in keyof BotTick]: BotTick[K] };
  /** The behaviour that took the last tick ("none" when none did). */
  acted = "none";

  constructor(
    startYawRad: number,
    readonly config: BotConfig = DEFAULT_BOT,
    extra: readonly BotBehaviour[] = [],
  ) {
    this.hands = new BotHands(startYawRad, config);
    // Stable: equal priorities keep their order, a piece's own before the core's.
    this.behaviours = [...extra, ...coreBehaviours()].sort((a, b) => b.priority - a.priority);
    this.t = {
      goal: { kind: "wait" },
      senses: null as unknown as BotSenses,
      cmd: null as unknown as InputCmd,
      hands: this.hands,
      config,
      eye: { x: 0, y: 0, z: 0 },
      visible: this.visible,
      tick: -1,
    };
  }

  /** Writes this tick's command for the director's goal. */
  next(goal: DirectorGoal, s: BotSenses, cmd: InputCmd): InputCmd {
    cmd.moveX = 0;
    cmd.moveY = 0;
    cmd.buttons = 0;
    const t = this.t;
    t.goal = goal;
    t.senses = s;
    t.cmd = cmd;
    t.tick++;
    const p = s.player;
    t.eye.x = p.position.x;
    t.eye.y = p.position.y + p.eyeHeightM;
    t.eye.z = p.position.z;
    this.see(s);
    this.acted = "none";
    for (const b of this.behaviours) {
      if (b.act(t)) {
        this.acted = b.name;
        break;
      }
    }
    return this.hands.finish(cmd);
  }

  /** Living enemies in sight within `engageM`, nearest first (no allocation). */
  private see(s: BotSenses): void {
    const { x, y, z } = this.t.eye;
    const vis = this.visible;
    const dist = this.visibleD;
    vis.length = 0;
    dist.length = 0;
    for (const e of s.enemies) {
      if (!e.active || !e.alive) continue;
      const d = DMath.hypot(e.center.x - x, e.center.z - z);
      if (d >= this.config.engageM || !s.canSee(x, y, z, e.center.x, e.center.y, e.center.z)) continue;
      let i = vis.length;
      vis.push(e);
      dist.push(d);
      while (i > 0 && dist[i - 1] > d) {
        vis[i] = vis[i - 1];
        dist[i] = dist[i - 1];
        i--;
      }
      vis[i] = e;
      dist[i] = d;
    }
  }
}
