import { describe, expect, it } from "vitest";
import { LAB_COURSES } from "../../../src/app/lab/LabCourses";
import { CourseRunner } from "../../../src/app/lab/runners";
import { TraceRing } from "../../../src/rig/TraceRing";
import { analyzeTrace } from "../../../src/rig/analysis";
import { loadPreset } from "../../../src/rig/presets";
import { COURSE_TICKS, CourseStepper, runStandardCourse } from "../../../src/rig/standardCourse";
import { Rig } from "../../../src/rig/Rig";
import { COURSE_EDGE_M, COURSE_LANDING_M, makeCourseLevel } from "../../../src/sim/world/levels/course";
import { PARKOUR_COURSE_TICKS, ParkourCourseStepper, runParkourCourse } from "../../../src/rig/parkourCourse";
import { PARKOUR_COURSE } from "../../../src/sim/world/levels/parkourCourse";

describe("the Lab's course", () => {
  for (const [id, run, ticks] of [
    ["standard", runStandardCourse, COURSE_TICKS],
    ["parkour", runParkourCourse, PARKOUR_COURSE_TICKS],
  ] as const) {
    it(`the ${id} course loops live with the same figures as npm run rig -- analyze, on the first loop and the next`, () => {
      const s = loadPreset("stuntman");
      const cli = analyzeTrace(run(s).trace);
      const live = new CourseRunner(s, [0, 2, 0], LAB_COURSES[id], 5, true);
      for (let loop = 0; loop < 2; loop++) {
        const ring = new TraceRing(ticks);
        for (let i = 0; i < ticks; i++) {
          live.step();
          ring.push(live.pose);
        }
        expect(analyzeTrace(ring.toTraceInput(1 / 60))).toEqual(cli);
      }
    });
  }

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

  it("the parkour course's level puts each obstacle where the course makes its move", () => {
    const c = new ParkourCourseStepper();
    const rig = new Rig({ settings: loadPreset("off") });
    const startOf: Record<string, { alongM: number; heightM: number }> = {};
    for (let i = 0; i < PARKOUR_COURSE_TICKS; i++) {
      const before = { alongM: c.alongM, heightM: c.heightM };
      c.prepare(rig, i, loadPreset("off"));
      rig.step(c.signals, 1 / 60);
      startOf[c.segments[c.segment].label] ??= before;
    }
    const P = PARKOUR_COURSE;
    // The vault starts short of the box and clears it; the pull starts at the ledge's foot.
    expect(P.vaultFaceM - startOf["vault 1 m"].alongM).toBeGreaterThan(0.5);
    expect(P.vaultFaceM - startOf["vault 1 m"].alongM).toBeLessThan(1.2);
    expect(P.ledgeFaceM - startOf["mantle 2 m"].alongM).toBeCloseTo(0.35, 0);
    expect(startOf["walk 2 m"].heightM).toBeCloseTo(P.ledgeM, 2);
    expect(P.ladderWallM - startOf["climb 4 m"].alongM).toBeCloseTo(0.42, 1);
    expect(startOf["3.5 m gap"].heightM).toBeCloseTo(P.ladderTopM, 2);
    expect(Math.abs(startOf["3.5 m gap"].alongM - P.gapNearM)).toBeLessThan(0.2);
    expect(P.gapFarM - P.gapNearM).toBeCloseTo(3.5, 6);
    expect(Math.abs(startOf["4 m drop"].alongM - P.dropEdgeM)).toBeLessThan(0.1);
    expect(c.heightM).toBeCloseTo(P.lowerDeckM, 2);
  });
});
