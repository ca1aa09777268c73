import { type PieceId, pieceTitle } from "../content/pieces";
import { PIECE_IDS } from "../content/pieceIds";
import { CinemaOverlay } from "../ui/CinemaOverlay";

/** What cinema asks of the app. */
export interface CinemaHost {
  readonly root: HTMLElement;
  /** Loads and starts a piece under the autopilot, in cinema. */
  playPiece(piece: PieceId): Promise<void>;
  /** Pauses or resumes quietly; returns whether it is now paused. */
  togglePause(): boolean;
  /** Opens "Render video" for the piece playing now. */
  openRender(): void;
  showTitle(): void;
  /** The name of the rig's operator now ("Stuntman"), or null. */
  operatorName(): string | null;
  /** Says something went wrong (a piece would not load). */
  fail(e: unknown): void;
}

/** Inputs that end an attract loop or count as activity on the title screen. */
const INPUT_EVENTS = ["keydown", "mousedown", "mousemove", "wheel", "touchstart", "pointerdown"] as const;
/** An attract loop ignores input for this long after it starts (the mouse settling), ms. */
const ATTRACT_GRACE_MS = 800;

/**
 * Cinema mode: the pieces play themselves in story order (or the one asked for) under the
 * autopilot, the operators changing shot by shot as the scripts say, each opening on a
 * title card; the HUD is hidden, subtitles stay, and a small overlay offers pause, skip,
 * "Render this" and the title. As an attract loop (after a minute idle on the title) it
 * loops the pieces with no overlay, and any input returns to the title.
 */
export class Cinema {
  private index = 0;
  private readonly overlay: CinemaOverlay;
  private readonly startedMs = performance.now();
  private disposed = false;

  constructor(
    private readonly host: CinemaHost,
    readonly pieces: readonly PieceId[],
    readonly attract: boolean,
  ) {
    this.overlay = new CinemaOverlay(host.root, {
      pause: () => this.overlay.setPaused(host.togglePause()),
      skip: () => this.next(),
      render: () => host.openRender(),
      title: () => host.showTitle(),
    });
    if (attract) for (const e of INPUT_EVENTS) window.addEventListener(e, this.onInput, { capture: true });
  }

  /** The piece playing now. */
  get piece(): PieceId {
    return this.pieces[this.index];
  }

  /** Starts the first piece. */
  start(): Promise<void> {
    return this.play(0);
  }

  private async play(i: number): Promise<void> {
    this.index = i;
    const piece = this.pieces[i];
    await this.host.playPiece(piece);
    if (this.disposed) return;
    const number = PIECE_IDS.indexOf(piece) + 1;
    this.overlay.titleCard(`${number} · ${pieceTitle(piece)}`, this.attract ? "HEADCAM plays itself. Press any key for the title screen." : "HEADCAM, a first-person chase through Moscow");
    this.overlay.setPaused(false);
    if (!this.attract) this.overlay.wake();
  }

  /** The piece playing ended (or was skipped): the next one, or back to the first in an attract loop, or the title. */
  next(): void {
    const i = this.index + 1;
    if (i < this.pieces.length) this.play(i).catch((e) => this.host.fail(e));
    else if (this.attract) this.play(0).catch((e) => this.host.fail(e));
    else this.host.showTitle();
  }

  /** Plays the current piece again from its start. */
  restart(): void {
    this.play(this.index).catch((e) => this.host.fail(e));
  }

  /** Every frame: what plays and who holds the camera. */
  frame(): void {
    const op = this.host.operatorName();
    this.overlay.setNow(`${pieceTitle(this.piece)}${op ? ` · camera: ${op}` : ""}`);
  }

  private readonly onInput = (e: Event): void => {
    if (performance.now() - this.startedMs < ATTRACT_GRACE_MS) return;
    e.preventDefault();
    e.stopPropagation();
    this.host.showTitle();
  };

  dispose(): void {
    this.disposed = true;
    for (const e of INPUT_EVENTS) window.removeEventListener(e, this.onInput, { capture: true });
    this.overlay.dispose();
  }
}

/**
 * Calls `onIdle` after `idleMs` without input (the title screen's attract loop); any input
 * starts the wait again. `stop` ends the watch.
 */
export class IdleWatch {
  private timer = 0;

  constructor(
    private readonly idleMs: number,
    private readonly onIdle: () => void,
  ) {}

  start(): void {
    this.stop();
    for (const e of INPUT_EVENTS) window.addEventListener(e, this.restart, { capture: true, passive: true });
    this.restart();
  }

  private readonly restart = (): void => {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.stop();
      this.onIdle();
    }, this.idleMs);
  };

  stop(): void {
    clearTimeout(this.timer);
    for (const e of INPUT_EVENTS) window.removeEventListener(e, this.restart, { capture: true });
  }
}
