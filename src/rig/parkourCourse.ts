/**
 * The parkour course (src/rig/README.md), driven headlessly like the standard course: 60 Hz, 1,500 ticks
 * (25 s) of kinematic signals: stand 1 s; sprint 10 m; vault a 1.0 m box; sprint 5 m;
 * mantle a 2.0 m ledge; walk 2 m; climb a 4 m ladder and step off at the top; sprint
 * 10 m; jump a 3.5 m gap; sprint 3 m; drop 4 m with a landing roll; stand until 25 s.
 *
 * The rig may not import the core, so the moves' numbers are the core's defaults
 * (src/sim/player/ParkourConfig.ts) written out here: a 0.32 s vault keeping 85 % of
 * 8 m/s, a 0.3 s + 0.12 s/m mantle pulling for 65 % of it, ladders at 2 m/s with a 0.2 s
 * grab and a 0.45 s step off, a leap rising 0.45 m and carrying 5.4 m/s, a 0.5 s roll
 * keeping 90 % of the run with the eye dipping to 0.8 m.
 */
import type { ComfortSettings } from "./comfort";
import { Rig } from "./Rig";
import type { RigMove } from "./RigSignals";
import { createRigSignals } from "./RigSignals";
import type { RigSettings } from "./schema";
import { COURSE_GRAVITY_MPS2 as G, COURSE_HZ, type CourseDriver, type CoursePlan, type CourseResult, type CourseSegment, driveCourse, segmentsOf, SPRINT_SPEED_MPS, WALK_SPEED_MPS } from "./standardCourse";

export const PARKOUR_COURSE_TICKS = 1500;
const STAND_EYE_M = 1.7;
const VAULT_S = 0.32;
const VAULT_SPEED_MPS = SPRINT_SPEED_MPS * 0.85;
const VAULT_BOX_M = 1.0;
const MANTLE_M = 2.0;
const MANTLE_S = 0.3 + 0.12 * MANTLE_M;
const MANTLE_PULL_SHARE = 0.65;
const LADDER_M = 4;
const LADDER_MPS = 2;
const LADDER_GRAB_S = 0.2;
const LADDER_TOP_S = 0.45;
/** The feet are this far under the top when the step off begins. */
const LADDER_TOP_OUT_M = 1;
const LEAP_V0_MPS = Math.sqrt(2 * G * 0.45);
const LEAP_CARRY_MPS = 5.4;
/** A 3.5 m gap at 5.4 m/s, taken from the edge and caught by the far roof's lip. */
const LEAP_S = 0.62;
const DROP_M = 4;
const DROP_S = Math.sqrt((2 * DROP_M) / G);
const ROLL_S = 0.5;
const ROLL_EYE_M = 0.8;

type Kind = "stand" | "run" | "vault" | "mantle" | "grab" | "climb" | "topOut" | "leap" | "fall" | "roll";
type Plan = CoursePlan<Kind>;

const PLAN: readonly Plan[] = [
  { kind: "stand", label: "stand", seconds: 1, speedMps: 0, surface: "concrete" },
  { kind: "run", label: "sprint 10 m", seconds: 10 / SPRINT_SPEED_MPS, speedMps: SPRINT_SPEED_MPS, surface: "concrete" },
  { kind: "vault", label: "vault 1 m", seconds: VAULT_S, speedMps: VAULT_SPEED_MPS, surface: "concrete" },
  { kind: "run", label: "sprint 5 m", seconds: 5 / SPRINT_SPEED_MPS, speedMps: SPRINT_SPEED_MPS, surface: "concrete" },
  { kind: "mantle", label: "mantle 2 m", seconds: MANTLE_S, speedMps: 0, surface: "concrete" },
  { kind: "run", label: "walk 2 m", seconds: 2 / WALK_SPEED_MPS, speedMps: WALK_SPEED_MPS, surface: "concrete" },
  { kind: "grab", label: "grab ladder", seconds: LADDER_GRAB_S, speedMps: 0, surface: "metal" },
  { kind: "climb", label: "climb 4 m", seconds: (LADDER_M - LADDER_TOP_OUT_M) / LADDER_MPS, speedMps: 0, surface: "metal" },
  { kind: "topOut", label: "step off", seconds: LADDER_TOP_S, speedMps: 0, surface: "metal" },
  { kind: "run", label: "sprint 10 m", seconds: 10 / SPRINT_SPEED_MPS, speedMps: SPRINT_SPEED_MPS, surface: "gravel" },
  { kind: "leap", label: "3.5 m gap", seconds: LEAP_S, speedMps: LEAP_CARRY_MPS, surface: "gravel" },
  { kind: "run", label: "sprint 3 m", seconds: 3 / SPRINT_SPEED_MPS, speedMps: SPRINT_SPEED_MPS, surface: "gravel" },
  { kind: "fall", label: "4 m drop", seconds: DROP_S, speedMps: SPRINT_SPEED_MPS, surface: "gravel" },
  { kind: "roll", label: "roll", seconds: ROLL_S, speedMps: SPRINT_SPEED_MPS * 0.9, surface: "gravel" },
  { kind: "stand", label: "stand", seconds: Number.POSITIVE_INFINITY, speedMps: 0, surface: "gravel" },
];

const MOVE_OF: Record<Kind, RigMove> = {
  stand: "none",
  run: "none",
  vault: "vault",
  mantle: "mantle",
  grab: "ladderOn",
  climb: "ladder",
  topOut: "ladderTop",
  leap: "leap",
  fall: "none",
  roll: "roll",
};

/** The parkour course's segments as tick ranges. */
export function parkourSegments(): CourseSegment[] {
  return segmentsOf(PLAN, PARKOUR_COURSE_TICKS);
}

const smooth = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - 2 * (1 - t) * (1 - t));

/**
 * The parkour course one tick at a time (the same shape as the standard course's stepper,
 * so the Lab can run either): the tick's signals, and the body's path for a view.
 */
export class ParkourCourseStepper implements CourseDriver {
  readonly signals = createRigSignals();
  readonly segments = parkourSegments();
  readonly ticks = PARKOUR_COURSE_TICKS;
  alongM = 0;
  heightM = 0;
  segment = 0;
  private baseM = 0;

  reset(): void {
    this.alongM = this.heightM = this.baseM = 0;
    this.segment = 0;
  }

  /** Prepares tick `i` (0..1499); the caller then steps the rig. */
  prepare(_rig: Rig, i: number, _settings: RigSettings): void {
    const dt = 1 / COURSE_HZ;
    let si = 0;
    while (si < this.segments.length - 1 && i >= this.segments[si].endTick) si++;
    if (si !== this.segment) this.baseM = this.heightM;
    this.segment = si;
    const seg = this.segments[si];
    const plan = PLAN[si];
    const local = i - seg.startTick;
    const len = Math.max(1, seg.endTick - seg.startTick);
    const u = (local + 1) / len;
    const sig = this.signals;
    const prevHeight = this.heightM;
    sig.move = MOVE_OF[plan.kind];
    sig.moveProgress01 = plan.kind === "climb" ? 0 : Math.min(1, u);
    sig.grounded = plan.kind === "stand" || plan.kind === "run" || plan.kind === "roll";
    sig.sprinting = sig.grounded && plan.speedMps > 6;
    sig.surface = plan.surface;
    sig.velocityMps.x = 0;
    sig.velocityMps.z = plan.speedMps;
    sig.eyeHeightM = STAND_EYE_M;
    sig.landedImpactMps = 0;
    const t = (local + 1) * dt;
    switch (plan.kind) {
      case "vault":
        // Up to 0.12 m over the box at 42 % of the move, down to the ground again.
        this.heightM = u < 0.42 ? (VAULT_BOX_M + 0.12) * smooth(u / 0.42) : (VAULT_BOX_M + 0.12) * (1 - smooth((u - 0.42) / 0.58));
        break;
      case "mantle":
        this.pullUp(u, MANTLE_M, 0.75, MANTLE_S);
        break;
      case "climb":
        this.heightM = this.baseM + LADDER_MPS * t;
        sig.climbedM = LADDER_MPS * t;
        break;
      case "topOut":
        this.pullUp(u, LADDER_TOP_OUT_M, 1.2, LADDER_TOP_S);
        break;
      case "leap":
        this.heightM = this.baseM + LEAP_V0_MPS * t - 0.5 * G * t * t;
        break;
      case "fall":
        this.heightM = this.baseM - Math.min(DROP_M, 0.5 * G * t * t);
        break;
      case "roll":
        sig.eyeHeightM = STAND_EYE_M - (STAND_EYE_M - ROLL_EYE_M) * Math.sin(Math.PI * Math.min(1, u));
        break;
      default:
        break;
    }
    // Landings: the leap's lip and the drop's roll (the core's impact speeds on that path).
    if (local === 0 && si > 0) {
      const prev = PLAN[si - 1].kind;
      if (prev === "leap") sig.landedImpactMps = Math.abs(LEAP_V0_MPS - G * LEAP_S);
      if (prev === "fall") sig.landedImpactMps = Math.sqrt(2 * G * DROP_M);
      if (prev === "vault") sig.landedImpactMps = 1;
    }
    if (plan.kind === "leap" && local > 0 && local === len - 1) this.heightM = this.baseM;
    sig.velocityMps.y = (this.heightM - prevHeight) / dt;
    this.alongM += sig.velocityMps.z * dt;
  }

  /** A mantle's path: straight up `upM` while pulling, then `inM` forward over the edge. */
  private pullUp(u: number, upM: number, inM: number, durS: number): void {
    const pulling = u < MANTLE_PULL_SHARE;
    this.heightM = this.baseM + upM * (pulling ? smooth(u / MANTLE_PULL_SHARE) : 1);
    this.signals.velocityMps.z = pulling ? 0 : inM / (durS * (1 - MANTLE_PULL_SHARE));
  }
}

/** Options of a parkour course run (the standard course's, less the explosion). */
export interface ParkourCourseOptions {
  comfort?: ComfortSettings;
  seed?: number;
  playerFovDeg?: number;
}

/** Drives a fresh Rig with `settings` through the parkour course. */
export function runParkourCourse(settings: RigSettings, opts: ParkourCourseOptions = {}): CourseResult {
  const rig = new Rig({ settings, comfort: opts.comfort, seed: opts.seed ?? 1, playerFovDeg: opts.playerFovDeg });
  return driveCourse(new ParkourCourseStepper(), rig, settings, PARKOUR_COURSE_TICKS);
}
