import type { CoreSim } from "../createSim";
import { Autopilot } from "../input/Autopilot";
import type { InputCmd } from "../input/InputCmd";
import { pieceBehaviours } from "../bot/pieceBehaviours";
import type { BotWeapon } from "../bot/BotSenses";
import { WEAPON_IDS } from "../combat/CombatConfig";
import { type BotSenses, DEFAULT_BOT, SetPieceBot } from "./SetPieceBot";

/**
 * The autopilot of `autopilot=1` and `npm run sim -- --autopilot`: the set-piece bot
 * where a script runs (it follows the director and fights, with whatever its piece adds),
 * the plain walker elsewhere. Either way it only writes InputCmds.
 */
export class PieceAutopilot {
  readonly bot: SetPieceBot | null;
  private readonly walker: Autopilot;
  private readonly senses: BotSenses;
  private readonly weapons: BotWeapon[] = [];

  constructor(private readonly sim: CoreSim) {
    this.walker = new Autopilot(sim);
    const combat = sim.internals.combat;
    const script = sim.internals.script;
    this.bot = script ? new SetPieceBot(sim.player.yawRad, DEFAULT_BOT, pieceBehaviours(script.pieceId)) : null;
    this.senses = {
      player: sim.player,
      enemies: sim.combat.mercs,
      canSee: (ax, ay, az, bx, by, bz) => combat.los.clear(ax, ay, az, bx, by, bz),
      anchor: (n) => sim.level.anchors[n],
      chase: script
        ? {
            get line() {
              return script.chaseLine;
            },
            courier: script.courier,
            canSee: (x, y, z) => combat.los.clear(sim.player.position.x, sim.player.position.y + sim.player.eyeHeightM, sim.player.position.z, x, y, z),
          }
        : undefined,
      level: sim.level,
      get magazine() {
        return sim.player.weapon ? sim.player.magazine : undefined;
      },
      get weapon() {
        return sim.player.weapon;
      },
      get reloading() {
        return sim.player.reload01 >= 0;
      },
      weapons: this.weapons,
      pickups: sim.combat.pickups,
    };
  }

  /** Writes this tick's command. */
  next(cmd: InputCmd): InputCmd {
    const script = this.sim.internals.script;
    if (!this.bot || !script) return this.walker.next(cmd);
    this.readWeapons();
    return this.bot.next(script.goal(), this.senses, cmd);
  }

  /** The guns Henry owns with their rounds, as a player remembers them (no allocation once filled). */
  private readWeapons(): void {
    const a = this.sim.internals.combat.arsenal;
    let n = 0;
    for (let i = 0; i < WEAPON_IDS.length; i++) {
      if (!a.owned[i]) continue;
      if (n === this.weapons.length) this.weapons.push({ id: WEAPON_IDS[i], magazine: 0, reserve: 0 });
      const w = this.weapons[n];
      w.id = WEAPON_IDS[i];
      w.magazine = a.magazine[i];
      w.reserve = a.reserve[i];
      n++;
    }
    this.weapons.length = n;
  }
}
