import { analyzeTrace, type TraceAnalysis } from "../../rig/analysis";
import { defaultComfort } from "../../rig/comfort";
import { PARKOUR_COURSE_TICKS, ParkourCourseStepper, parkourSegments, runParkourCourse } from "../../rig/parkourCourse";
import type { RigSettings } from "../../rig/schema";
import { COURSE_TICKS, type CourseDriver, type CourseSegment, CourseStepper, courseSegments, runStandardCourse } from "../../rig/standardCourse";
import { TraceRing } from "../../rig/TraceRing";
import type { Level } from "../../sim/world/Level";
import { makeCourseLevel } from "../../sim/world/levels/course";
import { makeParkourCourseLevel } from "../../sim/world/levels/parkourCourse";

/** A course the Lab loops, stepped tick by tick with the body's path along it (for the camera). */
export interface CoursePath extends CourseDriver {
  /** Distance along the course's straight line after the last tick, metres. */
  readonly alongM: number;
  /** Feet height relative to the start, metres. */
  readonly heightM: number;
  /** Back to the start. */
  reset(): void;
}

export type LabCourseId = "standard" | "parkour";
export const LAB_COURSE_IDS: readonly LabCourseId[] = ["standard", "parkour"];

/** One of the rig's pinned courses as the Lab plays it: its level, its stepper, its figures. */
export interface LabCourse {
  id: LabCourseId;
  title: string;
  ticks: number;
  segments: CourseSegment[];
  level(): Level;
  /** A fresh stepper; `explosionM` moves the standard course's closing blast (the parkour course has none). */
  stepper(explosionM: number): CoursePath;
  /** The whole course's figures with `settings`: the same run as `npm run rig -- analyze` (default comfort, seed 1). */
  figures(settings: RigSettings, explosionM: number): { figures: TraceAnalysis; ring: TraceRing };
}

function figuresOf(run: { trace: Parameters<typeof analyzeTrace>[0] & Parameters<typeof TraceRing.fromTrace>[0] }) {
  return { figures: analyzeTrace(run.trace), ring: TraceRing.fromTrace(run.trace) };
}

/** The rig's two pinned courses (src/rig/README.md), each on a level laid out along it. */
export const LAB_COURSES: Record<LabCourseId, LabCourse> = {
  standard: {
    id: "standard",
    title: "Standard course",
    ticks: COURSE_TICKS,
    segments: courseSegments(),
    level: makeCourseLevel,
    stepper: (explosionM) => new CourseStepper(1, explosionM),
    figures: (s, explosionM) => figuresOf(runStandardCourse(s, { comfort: defaultComfort(), explosionDistanceM: explosionM })),
  },
  parkour: {
    id: "parkour",
    title: "Parkour course",
    ticks: PARKOUR_COURSE_TICKS,
    segments: parkourSegments(),
    level: makeParkourCourseLevel,
    stepper: () => new ParkourCourseStepper(),
    figures: (s) => figuresOf(runParkourCourse(s, { comfort: defaultComfort() })),
  },
};
