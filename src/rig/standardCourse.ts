/**
 * The standard course (src/rig/README.md), driven headlessly: 60 Hz, 1,200 ticks (20 s) of kinematic
 * signals synthesised from the course description: stand 1 s; walk 10 m at 4.5 m/s;
 * sprint 20 m at 8 m/s; jump (apex 1.2 m) and land; walk 3 m; walk off a 2 m drop and
 * land; stand 1 s; ten rifle shots at 10/s with the preset's rifle recoil; stand 1 s; an
 * explosion 5 m away (inner 2 m, outer 20 m); stand until 20 s.
 */
import type { ComfortSettings } from "./comfort";
import { DEG, seededRandom } from "./math";
import { Rig } from "./Rig";
import { createRigSignals, type RigSignals } from "./RigSignals";
import type { RigSettings } from "./schema";

export const COURSE_HZ = 60;
export const COURSE_TICKS = 1200;
/** Gravity of the course's jumps and falls, m/s². */
export const COURSE_GRAVITY_MPS2 = 9.81;
export const WALK_SPEED_MPS = 4.5;
export const SPRINT_SPEED_MPS = 8;

/** The rig's pose offset at every tick of a run. */
export interface RigTrace {
  dtS: number;
  ticks: number;
  pitchRad: Float64Array;
  yawRad: Float64Array;
  rollRad: Float64Array;
  xM: Float64Array;
  yM: Float64Array;
  zM: Float64Array;
  fovDeg: Float64Array;
}

/** A named stretch of the course, [startTick, endTick). */
export interface CourseSegment {
  label: string;
  startTick: number;
  endTick: number;
}

export interface CourseResult {
  trace: RigTrace;
  segments: CourseSegment[];
  /** Footstep events the rig fired. */
  footsteps: number;
}

type Kind = "stand" | "walk" | "sprint" | "jump" | "fall" | "shots" | "explosion";
/** One stretch of a course: what the body does, for how long, how fast, on what. */
export interface CoursePlan<K extends string> {
  kind: K;
  label: string;
  seconds: number;
  speedMps: number;
  surface: string;
}
type Plan = CoursePlan<Kind>;

const JUMP_V0_MPS = Math.sqrt(2 * COURSE_GRAVITY_MPS2 * 1.2);
const DROP_S = Math.sqrt((2 * 2) / COURSE_GRAVITY_MPS2);

const PLAN: readonly Plan[] = [
  { kind: "stand", label: "stand", seconds: 1, speedMps: 0, surface: "asphalt" },
  { kind: "walk", label: "walk 10 m", seconds: 10 / WALK_SPEED_MPS, speedMps: WALK_SPEED_MPS, surface: "asphalt" },
  { kind: "sprint", label: "sprint 20 m", seconds: 20 / SPRINT_SPEED_MPS, speedMps: SPRINT_SPEED_MPS, surface: "asphalt" },
  { kind: "jump", label: "jump", seconds: (2 * JUMP_V0_MPS) / COURSE_GRAVITY_MPS2, speedMps: SPRINT_SPEED_MPS, surface: "metal" },
  { kind: "walk", label: "walk 3 m", seconds: 3 / WALK_SPEED_MPS, speedMps: WALK_SPEED_MPS, surface: "metal" },
  { kind: "fall", label: "2 m drop", seconds: DROP_S, speedMps: WALK_SPEED_MPS, surface: "gravel" },
  { kind: "stand", label: "stand", seconds: 1, speedMps: 0, surface: "gravel" },
  { kind: "shots", label: "10 rifle shots", seconds: 1, speedMps: 0, surface: "gravel" },
  { kind: "stand", label: "stand", seconds: 1, speedMps: 0, surface: "gravel" },
  { kind: "explosion", label: "explosion 5 m", seconds: Number.POSITIVE_INFINITY, speedMps: 0, surface: "gravel" },
];

/** A course plan's stretches (label, seconds) as tick ranges within `ticks`. */
export function segmentsOf(plan: readonly { label: string; seconds: number }[], ticks: number): CourseSegment[] {
  const out: CourseSegment[] = [];
  let t = 0;
  for (const p of plan) {
    const start = Math.round(t * COURSE_HZ);
    t += p.seconds;
    out.push({ label: p.label, startTick: start, endTick: Math.min(ticks, Math.round(t * COURSE_HZ)) });
  }
  return out;
}

/** The course's segments as tick ranges. */
export function courseSegments(): CourseSegment[] {
  return segmentsOf(PLAN, COURSE_TICKS);
}

/** An empty trace of a course's length (the standard course's by default), ticks. */
export function createTrace(n: number = COURSE_TICKS): RigTrace {
  const f = () => new Float64Array(n);
  return { dtS: 1 / COURSE_HZ, ticks: n, pitchRad: f(), yawRad: f(), rollRad: f(), xM: f(), yM: f(), zM: f(), fovDeg: f() };
}

/** Options of a course run. */
export interface CourseOptions {
  comfort?: ComfortSettings;
  /** Seed of the rig's noise and of the recoil sides; default 1. */
  seed?: number;
  playerFovDeg?: number;
  /** Distance of the closing explosion, m; default 5 (the standard course). The Lab makes it adjustable. */
  explosionDistanceM?: number;
}

/** Default distance of the course's explosion, m. */
export const COURSE_EXPLOSION_M = 5;
/** Height of the course's drop, m. */
export const COURSE_DROP_M = 2;

/**
 * The course one tick at a time: writes the tick's signals, fires its punches and impulse
 * into a rig, and integrates the body's kinematic path (for a view that follows it).
 * `runStandardCourse` is this stepper run 1,200 times; the Rig Lab runs it live.
 */
export class CourseStepper {
  readonly signals = createRigSignals();
  readonly segments = courseSegments();
  /** Distance travelled forward (along the course's straight line) after the last tick, m. */
  alongM = 0;
  /** Feet height relative to the start, m (0 on the deck, -2 after the drop). */
  heightM = 0;
  /** Index of the segment of the last tick. */
  segment = 0;
  private random: () => number;
  private readonly explosionM: number;

  constructor(
    private readonly seed = 1,
    explosionDistanceM = COURSE_EXPLOSION_M,
  ) {
    this.random = seededRandom(seed ^ 0x2ec011);
    this.explosionM = Number.isFinite(explosionDistanceM) && explosionDistanceM > 0 ? explosionDistanceM : COURSE_EXPLOSION_M;
  }

  /** Back to the start of the course (same recoil sides as a fresh stepper). */
  reset(): void {
    this.random = seededRandom(this.seed ^ 0x2ec011);
    this.alongM = this.heightM = 0;
    this.segment = 0;
  }

  /** Prepares tick `i` (0..1199): signals, punches, impulse; the caller then steps the rig. */
  prepare(rig: Rig, i: number, settings: RigSettings): void {
    const segments = this.segments;
    const dt = 1 / COURSE_HZ;
    let si = 0;
    while (si < segments.length - 1 && i >= segments[si].endTick) si++;
    this.segment = si;
    const seg = segments[si];
    const plan = PLAN[si];
    const local = i - seg.startTick;
    const airborne = plan.kind === "jump" || plan.kind === "fall";
    const prev = si > 0 ? PLAN[si - 1] : undefined;
    const sig = this.signals;
    sig.grounded = !airborne;
    sig.sprinting = plan.kind === "sprint" || plan.kind === "jump";
    sig.surface = plan.surface;
    sig.velocityMps.x = 0;
    sig.velocityMps.z = plan.speedMps;
    const tAir = (local + 1) * dt;
    sig.velocityMps.y = plan.kind === "jump" ? JUMP_V0_MPS - COURSE_GRAVITY_MPS2 * tAir : plan.kind === "fall" ? -COURSE_GRAVITY_MPS2 * tAir : 0;
    sig.landedImpactMps = 0;
    if (local === 0 && prev?.kind === "jump") sig.landedImpactMps = JUMP_V0_MPS;
    if (local === 0 && prev?.kind === "fall") sig.landedImpactMps = Math.sqrt(2 * COURSE_GRAVITY_MPS2 * COURSE_DROP_M);
    if (plan.kind === "shots" && local % 6 === 0 && local < 60) {
      const p = settings.layers.punch;
      const yawSide = this.random() < 0.5 ? -1 : 1;
      const rollSide = this.random() < 0.5 ? -1 : 1;
      rig.punch(p.rifleKickPitchDeg * DEG, yawSide * p.rifleKickYawDeg * DEG, rollSide * p.rifleKickRollDeg * DEG);
    }
    if (plan.kind === "explosion" && local === 0) {
      // The course's blast sits 5 m away, ahead and to the right (3, 0, -4); scaled to the distance asked.
      const k = this.explosionM / COURSE_EXPLOSION_M;
      rig.impulse({ sourcePos: [3 * k, 0, -4 * k], listenerPos: [0, 0, 0], strength: 1, innerRadiusM: 2, outerRadiusM: 20, delayed: true, listenerYawRad: 0 });
    }
    this.alongM += plan.speedMps * dt;
    const dropped = si > 5 ? -COURSE_DROP_M : 0;
    if (plan.kind === "jump") this.heightM = Math.max(0, JUMP_V0_MPS * tAir - 0.5 * COURSE_GRAVITY_MPS2 * tAir * tAir);
    else if (plan.kind === "fall") this.heightM = -Math.min(COURSE_DROP_M, 0.5 * COURSE_GRAVITY_MPS2 * tAir * tAir);
    else this.heightM = dropped;
  }
}

/** Copies the rig's pose into tick `i` of a trace. */
export function recordPose(rig: Rig, trace: RigTrace, i: number): void {
  const pose = rig.pose;
  trace.pitchRad[i] = pose.pitchRad;
  trace.yawRad[i] = pose.yawRad;
  trace.rollRad[i] = pose.rollRad;
  trace.xM[i] = pose.offsetM.x;
  trace.yM[i] = pose.offsetM.y;
  trace.zM[i] = pose.offsetM.z;
  trace.fovDeg[i] = pose.fovDeg;
}

/** A course one tick at a time: the standard course's stepper, the parkour course's. */
export interface CourseDriver {
  readonly signals: RigSignals;
  readonly segments: CourseSegment[];
  prepare(rig: Rig, i: number, settings: RigSettings): void;
}

/** Drives `rig` through `ticks` ticks of a course, recording every pose and counting footsteps. */
export function driveCourse(course: CourseDriver, rig: Rig, settings: RigSettings, ticks: number): CourseResult {
  const trace = createTrace(ticks);
  let footsteps = 0;
  const count = () => {
    footsteps++;
  };
  for (let i = 0; i < ticks; i++) {
    course.prepare(rig, i, settings);
    rig.step(course.signals, trace.dtS);
    rig.drainEvents(count);
    recordPose(rig, trace, i);
  }
  return { trace, segments: course.segments, footsteps };
}

/** Drives a fresh Rig with `settings` through the standard course. */
export function runStandardCourse(settings: RigSettings, opts: CourseOptions = {}): CourseResult {
  const seed = opts.seed ?? 1;
  const rig = new Rig({ settings, comfort: opts.comfort, seed, playerFovDeg: opts.playerFovDeg });
  return driveCourse(new CourseStepper(seed, opts.explosionDistanceM), rig, settings, COURSE_TICKS);
}
