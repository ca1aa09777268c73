import type { CameraPose, RenderFigures } from "../view/View";

/** Options of `headcam.start` (all optional; the URL's values are the defaults). */
export interface StartOptions {
  piece?: string;
  rig?: string;
  autopilot?: boolean;
  /** The run's seed, a whole number from 0 to 4294967295 (anything else rejects). */
  seed?: number;
  speed?: number;
}

/** How far a render has got (`render`'s `onProgress`); `etaS` is the wall time left at the pace so far. */
export interface RenderProgress {
  frame: number;
  frames: number;
  elapsedS: number;
  etaS: number;
}

/**
 * Options of `headcam.render` (all optional). The take: `take` (a take's JSON text or
 * object), else the autopilot's run of `piece` (with `autopilot: true`), else the current
 * run's take. The rig: a preset id or rig settings pinned for the whole take; by default
 * the set piece's operators, shot by shot (or the preset pinned by the URL).
 */
export interface RenderOptions {
  take?: string | import("../sim/input/Take").Take;
  piece?: string;
  autopilot?: boolean;
  seed?: number;
  rig?: string | import("../rig/schema").RigSettings;
  /** Pixels, even, up to 1920x1080 (default 1280x720). */
  width?: number;
  height?: number;
  /** 30 or 60 (default 30). */
  fps?: number;
  /** Game time of the first frame, seconds (default 0). */
  fromS?: number;
  /** Length, seconds (default: to the end of the take). */
  seconds?: number;
  onProgress?: (p: RenderProgress) => void;
  /** Aborting stops the render between frames: it rejects with an AbortError and leaves nothing behind. */
  signal?: AbortSignal;
}

export interface HeadcamState {
  mode: "title" | "play" | "lab" | "cinema";
  piece: string | null;
  tick: number;
  paused: boolean;
  finished: boolean;
  /** `move`: the parkour move under way ("none", "vault", "mantle", "ladder", "leap", "roll" ...). */
  player: { position: [number, number, number]; velocity: [number, number, number]; grounded: boolean; move: string };
  camera: CameraPose;
  subtitle: { speaker: string; text: string } | null;
  objective: string | null;
  audio: "running" | "suspended" | "off";
  /** During the whole day: its pieces in order, the one on now (`piece`), and each finished one's split; null otherwise. */
  day?: { title: string; pieces: string[]; index: number; splits: { piece: string; seconds: number; completed: boolean }[] } | null;
  /** On a piece with an army: how many are alive now, the most allowed at once, the waves called so far. */
  army?: { alive: number; cap: number; waves: number } | null;
  /** On a piece with the telekinetic: his phase, the stage of his throw and where the thing is (null when none), whether his guard is down. */
  telekinetic?: { phase: string; throw: string; exposed: boolean; object: [number, number, number] | null } | null;
}

export interface HeadcamStats {
  frames: number;
  frameMs: { median: number; p95: number };
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
  /**
   * The quality rendered at: the level and render scale (auto's choice under `auto`), the
   * setting that chose them, render passes of the last frame, the sun's shadow map edge
   * (0: off), multisampling, decoration pieces drawn, cracks on the lens and frames dropped
   * by a destroyed camera.
   */
  quality: RenderFigures["quality"] & Omit<RenderFigures, "quality" | "exposure">;
  /** The exposure meter: metered scene luminance (linear; null before the first reading), the correction in stops, readings so far, and the adapter's clock (s). */
  exposure: { luminance: number | null; ev: number; readings: number; clockS: number };
}

/** The automation API on `window.headcam` (README: "Automation API"). */
export interface HeadcamApi {
  start(opts?: StartOptions): Promise<void>;
  state(): HeadcamState;
  stats(): HeadcamStats;
  pieces(): { id: string; title: string; available: boolean }[];
  /**
   * The current run as a take and the core's state hash at its last tick; null on the title.
   * The take file is `.take` (`JSON.stringify(headcam.take().take)`: what "Save this take"
   * writes and `replay`, `npm run sim -- --take` read); its format: README, "Take files".
   */
  take(): { take: import("../sim/input/Take").Take; stateHash: string } | null;
  /** Replays a take given as JSON text; rejects with the reason when the file is refused. */
  replay(text: string): Promise<void>;
  /** Dev and test hook: loads a level of the registry by id (street, airlab, office-kit ...), optionally at a time of day and under autopilot. */
  loadLevel?(id: string, opts?: { timeOfDay?: "dawn" | "morning" | "midday" | "afternoon" | "dusk" | "night"; autopilot?: boolean; seed?: number; spawn?: string }): Promise<void>;
  /** Ends the run and frees its level. */
  quit?(): void;
  /**
   * Renders a take to a WebM video (VP9 or VP8, Opus), frame by frame from the replay with
   * the offline-rendered mix; rejects naming the problem (a bad option, no WebCodecs).
   */
  render?(opts?: RenderOptions): Promise<Blob>;
  /**
   * Dev and test hook: holds the run (paused, no menu; frames keep drawing the held moment)
   * after running `ticks` more fixed steps at once (0: hold where it is). For frame-exact
   * screenshots of a moment (a vault, a mantle). `release()` lets it go on.
   */
  hold?(ticks?: number): void;
  release?(): void;
}

declare global {
  interface Window {
    headcam: HeadcamApi;
  }
}
