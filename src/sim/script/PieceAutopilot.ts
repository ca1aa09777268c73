import type { CoreSim } from "../createSim";
import { Autopilot } from "../input/Autopilot";
import type { InputCmd } from "../input/InputCmd";
import { pieceBehaviours } from "../bot/pieceBehaviours";
import type { BotWeapon } from "../bot/BotSenses";
import { WEAPON_IDS } from "../combat/CombatConfig";
import { ArmyBot } from "./ArmyBot";
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
  /** The army piece's own behaviour (dodging throws, Akan as a target, routes round the roof). */
  private readonly army: ArmyBot | null;
  private readonly weapons: BotWeapon[] = [];

  constructor(private readonly sim: CoreSim) {
    this.walker = new Autopilot(sim);
    const combat = sim.internals.combat;
    const script = sim.internals.script;
    this.bot = script ? new SetPieceBot(sim.player.yawRad, DEFAULT_BOT, pieceBehaviours(script.pieceId)) : null;
    const tk = sim.telekinesis;
    this.army = tk && this.bot ? new ArmyBot(sim.combat.mercs, tk, combat.nav, sim.combat.pickups) : null;
    this.senses = {
      player: sim.player,
      enemies: this.army?.enemies ?? sim.combat.mercs,
      // What the eyes see: through glass, not through a wall or a cloud of powder.
      canSee: (ax, ay, az, bx, by, bz) => combat.canSee(ax, ay, az, bx, by, bz),
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
      glassBroken: sim.combat.glass.broken,
      props: sim.props,
      get holding() {
        return sim.player.holding;
      },
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
    const goal = script.goal();
    this.bot.next(goal, this.senses, cmd);
    const army = this.army;
    if (army) {
      // The look first: the feet's moves are written relative to it.
      const engaged = this.bot.acted === "engage";
      const w = army.watchPoint(engaged);
      if (w) this.bot.glance(w.x, w.y, w.z, this.senses, cmd);
      army.after(goal, this.senses, cmd, engaged);
    }
    return cmd;
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
