import { DAY_ID, DAY_TITLE, type DaySplit } from "../content/day";
import { type PieceId, pieceTitle, scriptOf } from "../content/pieces";
import type { GameSession } from "../session/GameSession";
import type { SettingsStore } from "../settings/SettingsStore";
import { ticksToSeconds } from "../sim/core/time";
import type { TimeOfDay } from "../sim/world/Level";
import type { DayCardFigures } from "../ui/Credits";

/** How the card between two pieces names their moment of the day. */
const WHEN: Record<TimeOfDay, string> = {
  dawn: "Dawn",
  morning: "Morning",
  midday: "Midday",
  afternoon: "Afternoon",
  dusk: "Dusk",
  night: "Night",
};

/**
 * A whole day in progress (`piece=day`): the playable pieces in story order, which one is
 * on, and what each finished one took. Each piece runs as its own session from its start
 * (health full again, its own checkpoints); the day keeps the splits and the totals.
 */
export class DayRun {
  index = 0;
  readonly splits: DaySplit[] = [];
  private shotsFired = 0;
  private hits = 0;
  private camerasDestroyed = 0;

  constructor(readonly pieces: readonly PieceId[]) {
    if (pieces.length === 0) throw new Error("a day needs at least one playable set piece");
  }

  get current(): PieceId {
    return this.pieces[this.index];
  }

  /** Whether the piece on now is the day's last. */
  get last(): boolean {
    return this.index >= this.pieces.length - 1;
  }

  /** Keeps the finished piece's split and counts (once per piece, whatever calls it again). */
  record(session: GameSession): void {
    const piece = this.current;
    if (this.splits.some((s) => s.piece === piece)) return;
    const sim = session.sim;
    const finished = sim.script?.finished ?? false;
    this.splits.push({ piece, seconds: ticksToSeconds(sim.script?.finishTick ?? sim.tick), completed: finished });
    this.shotsFired += sim.combat.stats.shotsFired;
    this.hits += sim.combat.stats.hits;
    this.camerasDestroyed += sim.camerasDestroyed;
  }

  /** Moves on to the next piece; returns it (null after the last). */
  advance(): PieceId | null {
    if (this.last) return null;
    this.index++;
    return this.current;
  }

  /** The card between pieces: the moment of the day and the title of what comes next. */
  transition(): { when: string; title: string; index: number; count: number } {
    const script = scriptOf(this.current);
    return { when: script ? WHEN[script.timeOfDay] : "", title: pieceTitle(this.current), index: this.index + 1, count: this.pieces.length };
  }

  /**
   * The day's end card, after keeping a new best day (a player's run that finished every
   * piece; the autopilot sets no records).
   */
  finish(settings: SettingsStore, autopilot: boolean): DayCardFigures {
    const seconds = this.splits.reduce((t, s) => t + s.seconds, 0);
    const all = this.splits.length === this.pieces.length && this.splits.every((s) => s.completed);
    const best = settings.get().bestTimesS[DAY_ID];
    if (all && !autopilot && (best === undefined || seconds < best)) {
      settings.update({ bestTimesS: { ...settings.get().bestTimesS, [DAY_ID]: Math.round(seconds * 10) / 10 } });
    }
    return {
      seconds,
      bestSeconds: settings.get().bestTimesS[DAY_ID] ?? null,
      splits: this.splits.map((s) => ({ title: pieceTitle(s.piece), seconds: s.seconds, completed: s.completed })),
      shotsFired: this.shotsFired,
      hits: this.hits,
      camerasDestroyed: this.camerasDestroyed,
    };
  }

  /** What `headcam.state().day` reports. */
  view(): { title: string; pieces: PieceId[]; index: number; splits: DaySplit[] } {
    return { title: DAY_TITLE, pieces: [...this.pieces], index: this.index, splits: this.splits.map((s) => ({ ...s })) };
  }
}
