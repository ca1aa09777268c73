import type { CoreSim } from "../createSim";
import { Autopilot } from "../input/Autopilot";
import type { InputCmd } from "../input/InputCmd";
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

  constructor(private readonly sim: CoreSim) {
    this.walker = new Autopilot(sim);
    const combat = sim.internals.combat;
    this.bot = sim.internals.script ? new SetPieceBot(sim.player.yawRad) : null;
    this.senses = {
      player: sim.player,
      enemies: sim.combat.mercs,
      canSee: (ax, ay, az, bx, by, bz) => combat.los.clear(ax, ay, az, bx, by, bz),
      anchor: (n) => sim.level.anchors[n],
      chase: sim.internals.script
        ? {
            get line() {
              return sim.internals.script?.chaseLine ?? [];
            },
            courier: sim.internals.script.courier,
            canSee: (x, y, z) => combat.los.clear(sim.player.position.x, sim.player.position.y + sim.player.eyeHeightM, sim.player.position.z, x, y, z),
          }
        : undefined,
      get magazine() {
        return sim.player.weapon ? sim.player.magazine : undefined;
      },
    };
  }

  /** Writes this tick's command. */
  next(cmd: InputCmd): InputCmd {
    const script = this.sim.internals.script;
    if (!this.bot || !script) return this.walker.next(cmd);
    return this.bot.next(script.goal(), this.senses, cmd);
  }
}
