import type { TraceAnalysis } from "../../rig/analysis";
import type { LabLayout } from "../../ui/lab/LabLayout";
import type { LabPanel } from "../../ui/lab/LabPanel";
import type { AbResult } from "./LabApi";
import type { LabCamera } from "./LabCamera";
import type { LabSettings } from "./LabSettings";

/**
 * What the Lab's panel controls and its automation API act on: the settings slots, the
 * page's messages and the runs. `LabApp` is one; the helpers see only this, so they stay
 * out of the Lab's insides and import nothing that imports them.
 */
export interface LabHost {
  readonly settings: LabSettings;
  /** The camera image's effect switches per slot. */
  readonly camera: LabCamera;
  /** The page: error box, notes, file picker and downloads. */
  readonly layout: Pick<LabLayout, "error" | "note" | "errorLines" | "pickFile" | "download">;
  /** The panel: shows what was accepted after a change or a refusal. */
  readonly panel: Pick<LabPanel, "show" | "showCamera">;
  readonly runMode: "course" | "free";
  /** The course that loops (the standard course or the parkour course). */
  readonly courseId: "standard" | "parkour";
  /** The figures of the last full course (or 20 s of play) with the edited slot. */
  readonly figures: TraceAnalysis | null;
  /** The last A/B re-shoot, or null. */
  readonly ab: { result: AbResult } | null;
  setMode(mode: "course" | "free"): void;
  setCourse(id: "standard" | "parkour"): void;
  setExplosion(distanceM: number): void;
  /** Starts a fresh free-play run to re-shoot. */
  record(): void;
  /** Re-shoots the take with A and B. */
  reshootAb(): AbResult;
  /** Opens "Render video" over the view. */
  openRender(): void;
  /** Imports a preset file's text, reporting a refusal on the page. */
  importText(text: string, fileName: string): void;
  /** Share of inked pixels of the live and the A/B plot. */
  ink(): { live: number; ab: number };
}
