import { cloneRigSettings } from "../../rig/settings";
import type { RigSettings } from "../../rig/schema";
import { footageName, frameCount, validateFootage } from "../../session/footage";
import type { InputCmd } from "../../sim/input/InputCmd";
import type { Level } from "../../sim/world/Level";
import type { RenderChoice, RenderPanelProgress } from "../../ui/RenderPanel";
import { panelsFor } from "../footage/Compositor";
import type { LabCourse } from "./LabCourses";
import { LabShot } from "./LabShot";
import { CourseRunner, SimRunner } from "./runners";

/** What the Lab renders: its level and course, the take (null: the course), the blast distance and the two slots. */
export interface LabFootageSource {
  level: Level;
  course: LabCourse;
  cmds: readonly InputCmd[] | null;
  explosionM: number;
  a: RigSettings;
  b: RigSettings;
}

/** The rig choices of the Lab's "Render video": one slot, or both side by side. */
export function labRigChoices(a: RigSettings, b: RigSettings): [string, string][] {
  return [
    ["A", `A: ${a.name}`],
    ["B", `B: ${b.name}`],
    ["AB", `A and B side by side (${a.name} | ${b.name})`],
  ];
}

/**
 * Renders the Lab's take (the course or a free-play take) with slot A, slot B, or both side
 * by side and labelled, to a WebM. The footage code loads here, on first use.
 */
export async function renderLab(src: LabFootageSource, c: RenderChoice, onProgress: (p: RenderPanelProgress) => void, signal: AbortSignal): Promise<{ blob: Blob; name: string }> {
  const v = validateFootage({ width: c.widthPx, height: c.heightPx, fps: c.fps, fromS: c.fromS, seconds: c.seconds ?? undefined });
  if (!v.ok) throw new Error(v.errors.join("; "));
  const spec = v.spec;
  const endTick = src.cmds ? src.cmds.length : src.course.ticks;
  const frames = frameCount(spec, endTick);
  if (frames < 1) throw new Error(`from: ${spec.fromS} s is past the end of the take`);
  const slots = c.rig === "AB" ? (["A", "B"] as const) : c.rig === "B" ? (["B"] as const) : (["A"] as const);
  const panels = panelsFor(slots.length === 2 ? 2 : 1, spec.widthPx, spec.heightPx);
  const shots = slots.map((slot, i) => {
    const s = cloneRigSettings(slot === "A" ? src.a : src.b);
    const runner = src.cmds ? new SimRunner(src.level, s, { cmds: src.cmds }) : new CourseRunner(s, src.level.anchors.start.position, src.course, src.explosionM, false);
    return new LabShot(runner, src.level, endTick, panels[i].widthPx, panels[i].heightPx, slots.length === 2 ? `${slot}: ${s.name}` : null);
  });
  try {
    const { renderFootage } = await import("../footage/renderFootage");
    const r = await renderFootage(shots, spec, frames, { onProgress, signal });
    const rig = slots.map((s) => (s === "A" ? src.a : src.b).name).join("-vs-");
    return { blob: r.blob, name: footageName(src.cmds ? "lab-take" : "lab-course", rig, 1) };
  } finally {
    for (const s of shots) s.dispose();
  }
}
