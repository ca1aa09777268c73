/**
 * Why a run pauses: the pause menu (Esc, Start), the window lost focus, the tab was hidden,
 * the mouse lock was lost, or a test holds it (`headcam.hold()`).
 */
export type PauseReason = "menu" | "blur" | "hidden" | "lock" | "hold";

/** What a pause request comes to: nothing, a quiet pause that ends by itself, or the pause menu. */
export type PauseOutcome = "ignored" | "silent" | "menu";

/**
 * The pause rules as a small state machine. A player's run (play without autopilot) pauses
 * on window blur, a hidden tab and a lost pointer lock, and shows the pause menu; the Lab,
 * cinema, autopilot and replays pause only while the tab is hidden, quietly, and go on by
 * themselves when it shows again. The menu pauses any run. The app applies the outcome
 * (menus, sound, the mouse); this only decides.
 */
export class PauseState {
  paused = false;
  reason: PauseReason | null = null;

  /**
   * Asks to pause.
   * @param playerRun true for a player's own run, which pauses on any loss of focus.
   */
  request(reason: PauseReason, playerRun: boolean): PauseOutcome {
    if (this.paused) return "ignored";
    if (reason !== "hidden" && reason !== "menu" && !playerRun) return "ignored";
    this.paused = true;
    this.reason = reason;
    return reason === "hidden" && !playerRun ? "silent" : "menu";
  }

  /** Whether the tab showing again ends this pause by itself (a quiet pause for a hidden tab). */
  endsWhenVisible(playerRun: boolean): boolean {
    return this.paused && this.reason === "hidden" && !playerRun;
  }

  /** Pauses with no menu and no way back but a new run (the graphics context is gone). */
  freeze(): void {
    this.paused = true;
    this.reason = null;
  }

  /** Held by a test or a demo: paused without a menu until `release`. */
  hold(): void {
    if (this.paused && this.reason !== "hold") return;
    this.paused = true;
    this.reason = "hold";
  }

  /** Ends a hold; returns whether there was one. */
  release(): boolean {
    if (!this.paused || this.reason !== "hold") return false;
    this.clear();
    return true;
  }

  /** Pauses with no menu until `clear` (cinema's own pause button). */
  quiet(): void {
    this.paused = true;
    this.reason = null;
  }

  /** Running again (resume, a new run). */
  clear(): void {
    this.paused = false;
    this.reason = null;
  }
}
