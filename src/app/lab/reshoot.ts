import { analyzeTrace, type TraceAnalysis } from "../../rig/analysis";
import { defaultComfort } from "../../rig/comfort";
import type { RigSettings } from "../../rig/schema";
import { runStandardCourse } from "../../rig/standardCourse";
import type { InputCmd } from "../../sim/input/InputCmd";
import type { Level } from "../../sim/world/Level";
import type { AbResult } from "./LabApi";
import { LAB_DT_S, SimRunner } from "./runners";
import { TraceRing } from "../../rig/TraceRing";

/**
 * The figures of the standard course (src/rig/README.md) with `settings`: the same run as `npm run rig --
 * analyze` (default comfort envelope, seed 1), with the explosion at `explosionM`.
 */
export function courseFigures(settings: RigSettings, explosionM: number): { figures: TraceAnalysis; ring: TraceRing } {
  const { trace } = runStandardCourse(settings, { comfort: defaultComfort(), explosionDistanceM: explosionM });
  return { figures: analyzeTrace(trace), ring: TraceRing.fromTrace(trace) };
}

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
  cmds: readonly InputCmd[] | null,
  a: RigSettings,
  b: RigSettings,
  explosionM: number,
): { result: AbResult; aRing: TraceRing; bRing: TraceRing } {
  if (cmds === null) {
    const ra = courseFigures(a, explosionM);
    const rb = courseFigures(b, explosionM);
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
