import type { TraceAnalysis } from "../../rig/analysis";
import type { RigSettings } from "../../rig/schema";
import type { QualitySetting } from "../../view/quality/QualityLevels";
import type { CameraEffect, CameraSwitches } from "./LabCamera";
import type { Refusal, Slot } from "./LabSettings";

/** Both sides of an A/B re-shoot of one take. */
export interface AbResult {
  a: TraceAnalysis;
  b: TraceAnalysis;
  /** Length of the take, ticks (60 per second). */
  ticks: number;
  /** "course" or "free-play take". */
  take: string;
}

/**
 * The Lab's automation surface, `window.headcam.lab` (only in `?mode=lab`). Tests and
 * demos drive the Lab through it; every call does what the matching control does.
 */
export interface LabApi {
  /** A copy of a slot's settings (the slot being edited by default). */
  settings(slot?: Slot): RigSettings;
  /** The slot being edited and played. */
  slot(): Slot;
  select(slot: Slot): void;
  /** What the X key does: edit and play the other slot. */
  toggle(): void;
  copyToOther(): void;
  /** Sets "layer.param" on the edited slot; the errors naming the field, or null. */
  setParam(path: string, value: unknown): Refusal;
  /** A built-in id or "user:<name>". */
  loadPreset(value: string): Refusal;
  saveAs(name: string): Refusal;
  /** The figures of the last full course with the edited slot (null in free play until 20 s are in). */
  figures(): TraceAnalysis | null;
  /** The last re-shoot's figures, or null. */
  abFigures(): AbResult | null;
  /** Re-shoots the take (the course, or the recorded free-play take) with A and then B. */
  reshoot(): AbResult;
  exportJson(): string;
  importJson(text: string): Refusal;
  shareUrl(): string;
  mode(): "course" | "free";
  setMode(mode: "course" | "free"): void;
  /** The course that loops: the rig's standard course or its parkour course (each on its own level). */
  course(): "standard" | "parkour";
  setCourse(id: "standard" | "parkour"): void;
  setExplosionDistance(m: number): void;
  /** Share of non-background pixels of the live and the A/B plot (0 = blank). */
  plotInk(): { live: number; ab: number };
  /** Number of traces drawn on the A/B plot (2 after a re-shoot). */
  abTraceCount(): number;
  /** The lines of the error box now shown (empty when none). */
  errors(): string[];
  /** A slot's camera-image switches (the edited slot by default). */
  camera(slot?: Slot): CameraSwitches;
  /** Turns one camera effect of the edited slot on or off. */
  setCameraEffect(effect: CameraEffect, on: boolean): void;
  /** Pins the Lab's quality level, or auto. */
  setQuality(q: QualitySetting): void;
  /** A heavy head hit on the camera (tearing, a dropped frame, a cracked lens); `repairCamera` clears the crack. */
  breakCamera(): void;
  repairCamera(): void;
}
