import { type CoreSim, createSim } from "../../../src/sim/createSim";
import type { Difficulty } from "../../../src/sim/ai/MercConfig";
import type { SimEvent } from "../../../src/sim/core/SimEvent";
import { type ArenaOptions, makeArena } from "../../../src/sim/combat/testArena";
import { Buttons, type InputCmd, neutralCmd } from "../../../src/sim/input/InputCmd";

export function arenaSim(opts: ArenaOptions = {}, difficulty: Difficulty = "normal"): CoreSim {
  return createSim({ level: makeArena(opts), seed: 1, fights: [], difficulty });
}

export function press(...buttons: (keyof typeof Buttons)[]): InputCmd {
  const c = neutralCmd();
  for (const b of buttons) c.buttons |= Buttons[b];
  return c;
}

/** Steps `n` ticks with `cmd`, collecting events. */
export function steps(sim: CoreSim, cmd: InputCmd, n: number, into: SimEvent[] = []): SimEvent[] {
  for (let i = 0; i < n; i++) {
    sim.step(cmd);
    sim.events.drain((e) => into.push(e));
  }
  return into;
}

export function ofKind<K extends SimEvent["kind"]>(events: SimEvent[], kind: K): Extract<SimEvent, { kind: K }>[] {
  return events.filter((e) => e.kind === kind) as Extract<SimEvent, { kind: K }>[];
}
