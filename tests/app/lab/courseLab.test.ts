import { describe, expect, it } from "vitest";
import { CourseRunner } from "../../../src/app/lab/runners";
import { TraceRing } from "../../../src/rig/TraceRing";
import { analyzeTrace } from "../../../src/rig/analysis";
import { loadPreset } from "../../../src/rig/presets";
import { COURSE_TICKS, CourseStepper, runStandardCourse } from "../../../src/rig/standardCourse";
import { Rig } from "../../../src/rig/Rig";
import { COURSE_EDGE_M, COURSE_LANDING_M, makeCourseLevel } from "../../../src/sim/world/levels/course";

describe("the Lab's course", () => {
  it("a live loop gives the same figures as npm run rig -- analyze, on the first loop and the next", () => {
    const s = loadPreset("stuntman");
    const cli = analyzeTrace(runStandardCourse(s).trace);
    const run = new CourseRunner(s, [0, 2, 0], 5, true);
    for (let loop = 0; loop < 2; loop++) {
      const ring = new TraceRing(COURSE_TICKS);
      for (let i = 0; i < COURSE_TICKS; i++) {
        run.step();
        ring.push(run.pose);
      }
      expect(analyzeTrace(ring.toTraceInput(1 / 60))).toEqual(cli);
    }
  });

  it("the level's drop sits where the course walks off it, and the landing where it lands", () => {
    const c = new CourseStepper();
    const rig = new Rig({ settings: loadPreset("off") });
    let edge = -1;
    for (let i = 0; i < COURSE_TICKS; i++) {
      const before = c.alongM;
      c.prepare(rig, i, loadPreset("off"));
      rig.step(c.signals, 1 / 60);
      if (edge < 0 && c.segment === 5) edge = before;
    }
    expect(Math.abs(edge - COURSE_EDGE_M)).toBeLessThan(0.1);
    expect(Math.abs(c.alongM - COURSE_LANDING_M)).toBeLessThan(0.1);
    const level = makeCourseLevel();
    expect(level.anchors.start.position[1]).toBe(2);
    expect(level.anchors.edge.position[2]).toBe(-COURSE_EDGE_M);
  });
});
