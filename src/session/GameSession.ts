import type { PieceId } from "../content/pieces";
import { copyCmd, type InputCmd, neutralCmd } from "../sim/input/InputCmd";
import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import { Interpolator } from "./Interpolator";
import type { RigDriver } from "./RigDriver";
import type { CmdSource, StepObserver } from "./StepObserver";

export interface SessionOptions {
  /** The set piece whose script runs, or null for free play on a level (the Lab, a dev level). */
  piece: PieceId | null;
  sim: Sim;
  source: CmdSource;
  /** The commands come from the autopilot or a take, not the player's hands (the view then looks along them). */
  autopilot: boolean;
  /** The camera rig stepped with the core; none for a run that only needs the core. */
  rig?: RigDriver | null;
}

/**
 * One run: the core, the rig driven from it, the interpolation buffers and whatever watches
 * the steps. The game, the Rig Lab, the command-line tools and the tests all step the core
 * through it, so they all see the same order of events; `writeSessionFrame` turns it into a
 * frame. The app makes a new session on start and restart and disposes the old one.
 */
export class GameSession {
  readonly piece: PieceId | null;
  readonly sim: Sim;
  source: CmdSource;
  readonly autopilot: boolean;
  readonly rig: RigDriver | null;
  readonly interp: Interpolator;
  readonly cmd: InputCmd = neutralCmd();
  /** The command of the last step (the view reads its look angles under autopilot). */
  readonly lastCmd: InputCmd = neutralCmd();
  private readonly observers: StepObserver[] = [];

  constructor(opts: SessionOptions) {
    this.piece = opts.piece;
    this.sim = opts.sim;
    this.source = opts.source;
    this.autopilot = opts.autopilot;
    this.rig = opts.rig ?? null;
    this.interp = new Interpolator(this.sim);
    this.lastCmd.yawRad = this.sim.player.yawRad;
    this.cmd.yawRad = this.sim.player.yawRad;
  }

  /** Adds a watcher; they run in the order added, after the rig. */
  observe(o: StepObserver): void {
    this.observers.push(o);
  }

  /** Runs one fixed step with the source's command. */
  step(): void {
    this.source.next(this.sim, this.cmd);
    this.sim.step(this.cmd);
    copyCmd(this.cmd, this.lastCmd);
    // The session is the ring's one reader; it hands each event to the rig, then every observer.
    this.sim.events.drain(this.dispatch);
    // The rig steps first, so its footsteps reach the observers within the same step.
    this.rig?.afterStep(this.sim);
    for (const o of this.observers) o.afterStep?.(this.sim, this.cmd);
    this.interp.push();
  }

  private readonly dispatch = (e: SimEvent): void => {
    if (e.kind === "respawned") this.interp.snap();
    this.rig?.onEvent(e, this.sim);
    for (const o of this.observers) o.onEvent?.(e, this.sim);
  };

  dispose(): void {
    this.sim.dispose();
    this.observers.length = 0;
  }
}
