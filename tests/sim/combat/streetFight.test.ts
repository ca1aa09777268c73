import { describe, expect, it } from "vitest";
import { createSim } from "../../../src/sim/createSim";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { levelForPiece } from "../../../src/sim/world/levels/index";
import { fightBot } from "./fightBot";

function runFirstFight(): { hash: string; kills: number; shots: number; hits: number; checkpoint: boolean } {
  const level = levelForPiece("street", 1);
  if (!level) throw new Error("no street");
  const sim = createSim({ level, seed: 1 });
  const a = sim.level.anchors["fight.1"];
  if (!a) throw new Error("the street has no fight.1 anchor");
  const cmd = neutralCmd();
  let checkpoint = false;
  for (let i = 0; i < 60 * 25; i++) {
    fightBot(sim, [a.position[0], a.position[2] - 20], cmd);
    sim.step(cmd);
    sim.events.drain((e) => {
      if (e.kind === "checkpoint" && e.name === "fight.1") checkpoint = true;
    });
  }
  const s = sim.combat.stats;
  const out = { hash: sim.stateHash(), kills: s.kills, shots: s.shotsFired, hits: s.hits, checkpoint };
  sim.dispose();
  return out;
}

describe("the street's first fight", () => {
  it("a scripted take kills its mercenaries and is deterministic (same hash twice)", () => {
    const a = runFirstFight();
    const b = runFirstFight();
    expect(a.kills).toBeGreaterThanOrEqual(3);
    expect(a.checkpoint).toBe(true);
    expect(a.hits).toBeGreaterThan(0);
    expect(a.shots).toBeGreaterThanOrEqual(a.hits);
    expect(b).toEqual(a);
  });
});
