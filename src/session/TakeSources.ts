import { type Take, TakeRecorder, takeCmdToInput } from "../sim/input/Take";
import type { InputCmd } from "../sim/input/InputCmd";
import type { Sim } from "../sim/SimTypes";
import type { PieceId } from "../content/pieces";
import type { Difficulty } from "../sim/ai/MercConfig";
import { SIM_BUILD } from "../sim/build";
import { createSim } from "../sim/createSim";
import { PieceAutopilot } from "../sim/script/PieceAutopilot";
import { levelForPiece } from "../sim/world/levels/index";
import { GameSession } from "./GameSession";
import type { CmdSource, StepObserver } from "./StepObserver";

/** Plays a take's commands back, one per tick; `done` turns true after the last. */
export class TakePlayer implements CmdSource {
  private index = 0;

  constructor(readonly take: Take) {}

  get done(): boolean {
    return this.index >= this.take.cmds.length;
  }

  next(_sim: Sim, cmd: InputCmd): void {
    const c = this.take.cmds[this.index];
    if (c) takeCmdToInput(c, cmd);
    else {
      cmd.moveX = cmd.moveY = 0;
      cmd.buttons = 0;
    }
    this.index++;
  }
}

/** Records every stepped command of a session as a take. */
export class TakeRecording implements StepObserver {
  readonly recorder: TakeRecorder;

  constructor(piece: PieceId, seed: number, difficulty: Difficulty) {
    this.recorder = new TakeRecorder(piece, seed, SIM_BUILD, difficulty);
  }

  afterStep(_sim: Sim, cmd: InputCmd): void {
    this.recorder.push(cmd);
  }
}

/**
 * The autopilot's run of a piece as a take: the core stepped headless (no rig, no view)
 * under the set-piece bot until the script finishes or `maxTicks` pass. Replaying it gives
 * the same run, so a video of the autopilot is a video of a take like any other.
 */
export function autopilotTake(piece: PieceId, seed: number, difficulty: Difficulty, maxTicks: number): Take {
  const level = levelForPiece(piece, seed);
  if (!level) throw new Error(`the set piece "${piece}" is not built yet`);
  const sim = createSim({ level, seed, difficulty, piece });
  const pilot = new PieceAutopilot(sim);
  const session = new GameSession({ piece, sim, source: { next: (_s, cmd) => void pilot.next(cmd) }, autopilot: true });
  const recording = new TakeRecording(piece, seed, difficulty);
  session.observe(recording);
  try {
    while (sim.tick < maxTicks && !sim.script?.finished) session.step();
  } finally {
    session.dispose();
  }
  return recording.recorder.toTake();
}
