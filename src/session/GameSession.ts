import type { PieceId } from "../content/pieces";
import { copyCmd, type InputCmd, neutralCmd } from "../sim/input/InputCmd";
import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import type { Level } from "../sim/world/Level";
import { Interpolator } from "./Interpolator";

/** Something that writes the next tick's command: the player's hands or the autopilot. */
export interface CmdSource {
  next(sim: Sim, cmd: InputCmd): void;
}

/**
 * Watches the core step by step (the rig driver, audio, the take recorder ...): every
 * event of the step first, then the step itself.
 */
export interface StepObserver {
  onEvent?(e: SimEvent, sim: Sim): void;
  afterStep?(sim: Sim, cmd: InputCmd): void;
}

/**
 * One run of a set piece: the core, the interpolation buffers and whatever watches the
 * steps. The app makes a new session on start and restart and disposes the old one.
 */
export class GameSession {
  readonly interp: Interpolator;
  readonly cmd: InputCmd = neutralCmd();
  /** The command of the last step (the view reads its look angles under autopilot). */
  readonly lastCmd: InputCmd = neutralCmd();
  private readonly observers: StepObserver[] = [];

  constructor(
    readonly piece: PieceId,
    readonly level: Level,
    readonly sim: Sim,
    public source: CmdSource,
    readonly autopilot: boolean,
  ) {
    this.interp = new Interpolator(sim);
    this.lastCmd.yawRad = sim.player.yawRad;
    this.cmd.yawRad = sim.player.yawRad;
  }

  observe(o: StepObserver): void {
    this.observers.push(o);
  }

  /** Runs one fixed step with the source's command. */
  step(): void {
    this.source.next(this.sim, this.cmd);
    this.sim.step(this.cmd);
    copyCmd(this.cmd, this.lastCmd);
    // The session is the ring's one reader; it hands each event to every observer.
    this.sim.events.drain(this.dispatch);
    for (const o of this.observers) o.afterStep?.(this.sim, this.cmd);
    this.interp.push();
  }

  private readonly dispatch = (e: SimEvent): void => {
    if (e.kind === "respawned") this.interp.snap();
    for (const o of this.observers) o.onEvent?.(e, this.sim);
  };

  dispose(): void {
    this.sim.dispose();
    this.observers.length = 0;
  }
}
