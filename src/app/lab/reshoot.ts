import { analyzeTrace } from "../../rig/analysis";
import type { RigSettings } from "../../rig/schema";
import type { InputCmd } from "../../sim/input/InputCmd";
import type { Level } from "../../sim/world/Level";
import type { AbResult } from "./LabApi";
import type { LabCourse } from "./LabCourses";
import { LAB_DT_S, SimRunner } from "./runners";
import { TraceRing } from "../../rig/TraceRing";

/** A free-play take's trace with `settings`: the commands replayed through a fresh core. */
export function takeTrace(level: Level, cmds: readonly InputCmd[], settings: RigSettings): TraceRing {
  const ring = new TraceRing(Math.max(1, cmds.length));
  const run = new SimRunner(level, settings, { cmds });
  try {
    while (!run.done) {
      run.step();
      ring.push(run.pose);
    }
  } finally {
    run.dispose();
  }
  return ring;
}

/**
 * Re-shoots one take with two rigs: the course (cmds null) or a free-play take. The core
 * never reads the rig, so both runs see the same motion; only the camera differs.
 */
export function reshoot(
  level: Level,
  course: LabCourse,
  cmds: readonly InputCmd[] | null,
  a: RigSettings,
  b: RigSettings,
  explosionM: number,
): { result: AbResult; aRing: TraceRing; bRing: TraceRing } {
  if (cmds === null) {
    const ra = course.figures(a, explosionM);
    const rb = course.figures(b, explosionM);
    return { result: { a: ra.figures, b: rb.figures, ticks: ra.ring.length, take: "course" }, aRing: ra.ring, bRing: rb.ring };
  }
  const aRing = takeTrace(level, cmds, a);
  const bRing = takeTrace(level, cmds, b);
  const result = {
    a: analyzeTrace(aRing.toTraceInput(LAB_DT_S)),
    b: analyzeTrace(bRing.toTraceInput(LAB_DT_S)),
    ticks: cmds.length,
    take: "free-play take",
  };
  return { result, aRing, bRing };
}
