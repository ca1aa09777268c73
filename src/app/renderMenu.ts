import { type PieceId, pieceTitle, scriptOf } from "../content/pieces";
import { PRESET_IDS } from "../rig/presets";
import { footageName } from "../session/footage";
import type { Take } from "../sim/input/Take";
import { renderPanel } from "../ui/RenderPanel";
import { downloadBlob } from "../ui/takeFiles";
import type { RenderOptions } from "./HeadcamApi";

/** What the game's "Render video" renders and how. */
export interface RenderMenuRun {
  piece: PieceId;
  /** The current run's take; null in cinema, which renders the autopilot's whole run of the piece. */
  take: Take | null;
  seed: number;
  /** The preset the URL pinned, offered first. */
  pinnedRig: string | null;
  render(opts: RenderOptions): Promise<Blob>;
  /** The live picture stops drawing while a video renders (true), and starts again (false). */
  setRendering(on: boolean): void;
}

/**
 * The game's "Render video" panel (pause menu, cinema's bar): the run's take or, in cinema,
 * the piece's autopilot run, with the pieces' operators or any preset pinned; the finished
 * WebM downloads as `headcam-<piece>-<rig>-seed<n>.webm`.
 */
export function renderMenu(run: RenderMenuRun, onClose: () => void): HTMLElement {
  const rigs: [string, string][] = [["script", "The set piece's operators"], ...PRESET_IDS.map((id) => [id, `${id} (pinned)`] as [string, string])];
  const pinned = rigs.findIndex(([v]) => v === run.pinnedRig);
  if (pinned > 0) rigs.unshift(rigs.splice(pinned, 1)[0]);
  return renderPanel({
    what: run.take ? `${pieceTitle(run.piece)}, this run so far` : `${pieceTitle(run.piece)}, the autopilot's whole run`,
    rigs,
    onClose,
    run: async (c, onProgress, signal) => {
      const source = run.take ? { take: run.take } : { piece: run.piece, autopilot: true, seed: run.seed };
      const opts: RenderOptions = { ...source, rig: c.rig === "script" ? undefined : c.rig, width: c.widthPx, height: c.heightPx, fps: c.fps, fromS: c.fromS, seconds: c.seconds ?? undefined, onProgress, signal };
      run.setRendering(true);
      try {
        const blob = await run.render(opts);
        const rig = c.rig === "script" ? (run.pinnedRig ?? scriptOf(run.piece)?.operator ?? "director") : c.rig;
        const name = footageName(run.piece, rig, run.take?.seed ?? run.seed);
        downloadBlob(blob, name);
        return { name, bytes: blob.size };
      } finally {
        run.setRendering(false);
      }
    },
  });
}
