import { type Take, TakeRecorder, takeCmdToInput } from "../sim/input/Take";
import type { InputCmd } from "../sim/input/InputCmd";
import type { Sim } from "../sim/SimTypes";
import type { PieceId } from "../content/pieces";
import type { Difficulty } from "../sim/ai/MercConfig";
import { SIM_BUILD } from "../sim/build";
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
