import type { PieceId } from "../../../src/content/pieces";
import type { Difficulty } from "../../../src/sim/ai/MercConfig";
import { type CoreSim, createSim } from "../../../src/sim/createSim";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { PieceAutopilot } from "../../../src/sim/script/PieceAutopilot";
import { levelForPiece } from "../../../src/sim/world/levels/index";

/** A set piece's sim with the autopilot that plays it. */
export function pieceSim(piece: PieceId, seed = 1, difficulty: Difficulty = "normal"): { sim: CoreSim; pilot: PieceAutopilot } {
  const sim = createSim({ level: levelForPiece(piece, seed)!, seed, piece, difficulty });
  return { sim, pilot: new PieceAutopilot(sim) };
}

/** Puts Henry's feet at (x, z) on the ground, standing still. */
export function placeHenry(sim: CoreSim, x: number, z: number): void {
  const b = sim.internals.combat.henry.body;
  b.position.x = x;
  b.position.z = z;
  b.velocity.set(0, 0, 0);
}

/** Runs the autopilot `ticks` ticks (fewer if the piece ends), calling `each` after every tick. */
export function fly(sim: CoreSim, pilot: PieceAutopilot, ticks: number, each?: () => void): void {
  const cmd = neutralCmd();
  for (let i = 0; i < ticks && !sim.script?.finished; i++) {
    sim.step(pilot.next(cmd));
    sim.events.clear();
    each?.();
  }
}
