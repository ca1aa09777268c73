import type { SimEvent } from "../sim/core/SimEvent";
import type { InputCmd } from "../sim/input/InputCmd";
import type { Sim } from "../sim/SimTypes";

/** Something that writes the next tick's command: the player's hands, the autopilot or a take. */
export interface CmdSource {
  next(sim: Sim, cmd: InputCmd): void;
}

/**
 * Watches the core step by step (audio, presenters, the take recorder ...): every
 * event of the step first, then the step itself.
 */
export interface StepObserver {
  onEvent?(e: SimEvent, sim: Sim): void;
  afterStep?(sim: Sim, cmd: InputCmd): void;
}
