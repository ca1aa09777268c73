import type { RecordedAudio } from "../../audio/RecordedAudio";

/**
 * One run drawn into a rendered video: a replayed take in the game, or a Lab run. It steps
 * at the core's 60 Hz tick and draws with its own View on its own canvas, at a render
 * scale of 1, offline (nothing of it is on screen).
 */
export interface FootageShot {
  /** The canvas the shot's View draws into (read right after `draw`, before anything awaits). */
  readonly canvas: HTMLCanvasElement;
  /** Shown above the picture when two shots share a video ("A: Stuntman"); null alone. */
  readonly label: string | null;
  /** Ticks stepped so far. */
  readonly tick: number;
  /** The last tick the shot can reach (its take's length). */
  readonly endTick: number;
  /** The mix of what it played, for the soundtrack; null for a silent shot (the Lab's course). */
  readonly audio: RecordedAudio | null;
  /** Compiles the shaders before the first frame. */
  prepare(): Promise<void>;
  /** Steps the run until `tick` (or its end). */
  advanceTo(tick: number): void;
  /** Draws the newest tick; `dtS` is the video's frame interval. */
  draw(dtS: number): void;
  /** The subtitle on screen now, or null (none, or the player turned them off). */
  subtitle(): { speaker: string; text: string } | null;
  dispose(): void;
}
