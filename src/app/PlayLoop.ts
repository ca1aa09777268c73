import type { GameSession } from "../session/GameSession";
import { createViewFrame, type LensSwitches, type Look, type ViewFrame, writeSessionFrame } from "../session/ViewFrame";
import type { View } from "../view/View";
import { FixedLoop } from "./FixedLoop";
import { FrameStats } from "./FrameStats";
import type { Presenter } from "./Presenter";

/**
 * The game's animation frame, apart from the wiring: how many fixed steps the wall time
 * owes, stepping the session by them, then the frame the view draws (the session's frame,
 * each presenter's touches, the render). The Lab has its own runs but the same loop and
 * the same frame path.
 */
export class PlayLoop {
  private readonly loop = new FixedLoop();
  readonly stats = new FrameStats();
  readonly frame: ViewFrame = createViewFrame();
  private lastMs = -1;

  /** Fast-forward factor, 1..20 (`speed=` in the URL): more fixed steps per frame, the same core. */
  set speed(v: number) {
    this.loop.speed = v;
  }

  /** Forgets the time spent away (a load, a pause), so it never comes back as a burst of steps. */
  reset(): void {
    this.loop.reset();
    this.lastMs = -1;
  }

  /** Wall seconds since the previous animation frame (0 on the first after a reset). */
  elapsed(nowMs: number): number {
    const s = this.lastMs < 0 ? 0 : (nowMs - this.lastMs) / 1000;
    this.lastMs = nowMs;
    return s;
  }

  /**
   * Steps `session` by the fixed ticks `frameS` wall seconds owe, stopping early when
   * `halted()` says so (a take ran out, the piece ended). Records the frame time.
   * @returns true when the set piece's script finished during these steps.
   */
  advance(session: GameSession, frameS: number, halted: () => boolean): boolean {
    const steps = this.loop.advance(frameS);
    let finished = false;
    for (let i = 0; i < steps && !halted(); i++) {
      session.step();
      if (session.sim.script?.finished) {
        finished = true;
        break;
      }
    }
    this.stats.record(frameS * 1000);
    return finished;
  }

  /**
   * Assembles this frame from the session (blended by the loop's alpha; the newest state
   * while paused), lets each presenter add its part, and draws it.
   */
  draw(view: View, session: GameSession, presenters: readonly Presenter[], paused: boolean, hands: Look, lens: Readonly<LensSwitches>, frameS: number): void {
    const alpha = paused ? 1 : this.loop.alpha;
    const f = this.frame;
    writeSessionFrame(f, session, alpha, hands, lens);
    for (const p of presenters) p.frame?.(alpha, f, frameS);
    view.render(f);
  }
}
