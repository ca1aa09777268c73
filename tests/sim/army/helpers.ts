import { ARMY_WAVES } from "../../../src/content/army";
import type { Cue, SetPieceDef } from "../../../src/content/script";
import type { Difficulty } from "../../../src/sim/ai/MercConfig";
import type { SimEvent } from "../../../src/sim/core/SimEvent";
import { type CoreSim, createSim } from "../../../src/sim/createSim";
import type { InputCmd } from "../../../src/sim/input/InputCmd";
import { makeTowerLevel } from "../../../src/sim/world/levels/tower";

/**
 * The tower roof with a one-beat script: the cues of its start beat (for example, Akan
 * joining the fight at the helipad), and nothing else: the army's waves exist (the
 * spawner is there) but none comes unless a cue calls it.
 */
export function roofSim(start: Cue[], difficulty: Difficulty = "normal", spawn = "spawn", seed = 1): CoreSim {
  const script: SetPieceDef = {
    id: "army",
    title: "test",
    level: "tower",
    timeOfDay: "night",
    operator: "stuntman",
    parTimeS: 1,
    budgetS: 600,
    telekinetic: true,
    army: ARMY_WAVES,
    sources: ["outside"],
    beats: [{ id: "start", when: { kind: "start" }, cues: start }],
  };
  const level = makeTowerLevel(seed);
  return createSim({ level: { ...level, spawn }, seed, difficulty, piece: "army", script });
}

/** Akan joins the fight on the helipad at once. */
export const AKAN_JOINS: Cue[] = [{ kind: "telekinetic", phase: "join", anchor: "akan.helipad" }];

/** Steps up to `n` ticks with a command source (stopping once `until` holds), collecting events. */
export function play(sim: CoreSim, n: number, next: (cmd: InputCmd) => void, cmd: InputCmd, until: () => boolean = () => false): SimEvent[] {
  const into: SimEvent[] = [];
  for (let i = 0; i < n && !until(); i++) {
    next(cmd);
    sim.step(cmd);
    sim.events.drain((e) => into.push(e));
  }
  return into;
}

export function ofKind<K extends SimEvent["kind"]>(events: SimEvent[], kind: K): Extract<SimEvent, { kind: K }>[] {
  return events.filter((e) => e.kind === kind) as Extract<SimEvent, { kind: K }>[];
}

/** Per throw id: the tick its telegraph began and the tick it flew (-1 if it never did). */
export function throwTimings(events: SimEvent[]): { id: number; what: string; liftTick: number; releaseTick: number }[] {
  const out = new Map<number, { id: number; what: string; liftTick: number; releaseTick: number }>();
  for (const e of ofKind(events, "telekinesis")) {
    if (e.stage === "lift") out.set(e.throwId, { id: e.throwId, what: e.what, liftTick: e.tick, releaseTick: -1 });
    if (e.stage === "release") {
      const t = out.get(e.throwId);
      if (t) t.releaseTick = e.tick;
    }
  }
  return [...out.values()];
}
