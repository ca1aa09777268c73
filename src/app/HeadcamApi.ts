import type { CameraPose } from "../view/View";

/** Options of `headcam.start` (all optional; the URL's values are the defaults). */
export interface StartOptions {
  piece?: string;
  rig?: string;
  autopilot?: boolean;
  seed?: number;
  speed?: number;
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
}

export interface HeadcamStats {
  frames: number;
  frameMs: { median: number; p95: number };
  drawCalls: number;
  triangles: number;
  geometries: number;
  textures: number;
}

/** The automation API on `window.headcam` (README: "Automation API"). */
export interface HeadcamApi {
  start(opts?: StartOptions): Promise<void>;
  state(): HeadcamState;
  stats(): HeadcamStats;
  pieces(): { id: string; title: string; available: boolean }[];
  /** The current run as a take (its format: src/sim/README.md, "Input and takes") and the core's state hash at its last tick; null on the title. */
  take(): { take: import("../sim/input/Take").Take; stateHash: string } | null;
  /** Replays a take given as JSON text; rejects with the reason when the file is refused. */
  replay(text: string): Promise<void>;
  /** Dev and test hook: loads a level of the registry by id (street, airlab, office-kit ...), optionally at a time of day and under autopilot. */
  loadLevel?(id: string, opts?: { timeOfDay?: "dawn" | "morning" | "midday" | "afternoon" | "dusk" | "night"; autopilot?: boolean; seed?: number }): Promise<void>;
  /** Ends the run and frees its level. */
  quit?(): void;
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
