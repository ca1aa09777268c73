import type { CoreSim } from "../createSim";
import { Autopilot } from "../input/Autopilot";
import type { InputCmd } from "../input/InputCmd";
import { WEAPON_IDS } from "../combat/CombatConfig";
import { ArmyBot } from "./ArmyBot";
import { type BotSenses, SetPieceBot } from "./SetPieceBot";

/**
 * The autopilot of `autopilot=1` and `npm run sim -- --autopilot`: the set-piece bot
 * where a script runs (it follows the director and fights), the plain walker elsewhere.
 * Either way it only writes InputCmds.
 */
export class PieceAutopilot {
  private readonly bot: SetPieceBot | null;
  private readonly walker: Autopilot;
  private readonly senses: BotSenses;
  /** The army piece's own behaviour (dodging throws, Akan as a target, routes round the roof). */
  private readonly army: ArmyBot | null;

  constructor(private readonly sim: CoreSim) {
    this.walker = new Autopilot(sim);
    const combat = sim.internals.combat;
    this.bot = sim.internals.script ? new SetPieceBot(sim.player.yawRad) : null;
    const tk = sim.telekinesis;
    this.army =
      tk && this.bot
        ? new ArmyBot(sim.combat.mercs, tk, combat.nav, (n) => sim.level.anchors[n], sim.combat.pickups, () => {
            const a = combat.arsenal;
            const rifle = WEAPON_IDS.indexOf("rifle");
            return {
              rounds: sim.player.magazine + sim.player.reserve,
              rifleRounds: a.has("rifle") ? a.magazine[rifle] + a.reserve[rifle] : -1,
              onRifle: sim.player.weapon === "rifle",
            };
          })
        : null;
    this.senses = {
      player: sim.player,
      enemies: this.army?.enemies ?? sim.combat.mercs,
      canSee: (ax, ay, az, bx, by, bz) => combat.los.clear(ax, ay, az, bx, by, bz),
      anchor: (n) => sim.level.anchors[n],
      get magazine() {
        return sim.player.weapon ? sim.player.magazine : undefined;
      },
    };
  }

  /** Writes this tick's command. */
  next(cmd: InputCmd): InputCmd {
    const script = this.sim.internals.script;
    if (!this.bot || !script) return this.walker.next(cmd);
    const goal = script.goal();
    this.bot.next(goal, this.senses, cmd);
    const army = this.army;
    if (army) {
      // The look first: the feet's moves are written relative to it.
      const w = army.watchPoint(this.bot.engaged);
      if (w) this.bot.glance(w.x, w.y, w.z, this.senses, cmd);
      army.after(goal, this.senses, cmd, this.bot.engaged);
    }
    return cmd;
  }
}
