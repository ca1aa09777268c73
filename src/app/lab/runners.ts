import { defaultComfort } from "../../rig/comfort";
import { Rig } from "../../rig/Rig";
import { copyRigPose, createRigPose, lerpRigPose, type RigPose } from "../../rig/RigPose";
import type { RigSettings } from "../../rig/schema";
import { COURSE_HZ } from "../../rig/standardCourse";
import type { CoursePath, LabCourse } from "./LabCourses";
import { GameSession } from "../../session/GameSession";
import type { CmdSource } from "../../session/StepObserver";
import { RigDriver } from "../../session/RigDriver";
import { LENS_ON, type Look, type ViewFrame, writeRigToFrame, writeSessionFrame } from "../../session/ViewFrame";
import { FIXED_DT, TICK_HZ } from "../../sim/core/time";
import { createSim } from "../../sim/createSim";
import { copyCmd, type InputCmd, neutralCmd } from "../../sim/input/InputCmd";
import type { Sim } from "../../sim/SimTypes";
import type { Level } from "../../sim/world/Level";

/** Something the Lab steps at the fixed tick and draws: the course, free play, or a take's replay. */
export interface LabRunner {
  /** True after the last tick of a one-shot run (never for a looping course or free play). */
  readonly done: boolean;
  /** Ticks stepped since the (last) start. */
  readonly tick: number;
  /** The rig's pose of the last tick. */
  readonly pose: RigPose;
  step(): void;
  /**
   * Writes eye, look and rig offsets for this frame, blended by `alpha`; `hands` are the
   * newest mouse angles, which free play looks along (a replay and the course ignore them).
   */
  frame(alpha: number, f: ViewFrame, hands: Look): void;
  /** New settings take effect at once (the Lab's sliders act live). */
  setSettings(s: RigSettings): void;
  dispose(): void;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * One of the rig's courses (src/rig/README.md), live: the rig gets exactly the signals the
 * course's run gives it (one stepper), so a full loop's trace equals `npm run rig --
 * analyze`'s; the camera rides the course's kinematic path from the level's `start` anchor
 * down -Z.
 */
export class CourseRunner implements LabRunner {
  private rig: Rig;
  private readonly course: CoursePath;
  private readonly ticks: number;
  private readonly prev = createRigPose();
  readonly pose = createRigPose();
  private readonly blended = createRigPose();
  private prevAlong = 0;
  private prevHeight = 0;
  tick = 0;

  constructor(
    private settings: RigSettings,
    private readonly start: readonly [number, number, number],
    course: LabCourse,
    explosionDistanceM: number,
    private readonly loop: boolean,
  ) {
    this.course = course.stepper(explosionDistanceM);
    this.ticks = course.ticks;
    this.rig = this.freshRig();
  }

  private freshRig(): Rig {
    // A fresh rig per loop: its noise clocks restart, so every loop is the analysed course.
    const rig = new Rig({ settings: this.settings, comfort: defaultComfort(), seed: 1 });
    copyRigPose(rig.pose, this.pose);
    copyRigPose(rig.pose, this.prev);
    return rig;
  }

  get done(): boolean {
    return !this.loop && this.tick >= this.ticks;
  }

  /** Tick within the course (0 .. its length - 1). */
  get courseTick(): number {
    return this.tick % this.ticks;
  }

  step(): void {
    if (this.done) return;
    if (this.tick > 0 && this.tick % this.ticks === 0) {
      this.course.reset();
      this.rig = this.freshRig();
    }
    copyRigPose(this.pose, this.prev);
    this.prevAlong = this.course.alongM;
    this.prevHeight = this.course.heightM;
    this.course.prepare(this.rig, this.courseTick, this.settings);
    this.rig.step(this.course.signals, 1 / COURSE_HZ);
    this.rig.drainEvents(noop);
    copyRigPose(this.rig.pose, this.pose);
    this.tick++;
    if (this.tick % this.ticks === 0) {
      // Snap at the loop's end: no blending from the yard back to the start.
      this.prevAlong = this.course.alongM;
      this.prevHeight = this.course.heightM;
    }
  }

  frame(alpha: number, f: ViewFrame): void {
    const rig = lerpRigPose(this.prev, this.pose, alpha, this.blended);
    writeRigToFrame(f, rig, LENS_ON);
    f.eye.x = this.start[0];
    f.eye.y = this.start[1] + lerp(this.prevHeight, this.course.heightM, alpha) + rig.eyeHeightM;
    f.eye.z = this.start[2] - lerp(this.prevAlong, this.course.alongM, alpha);
    f.yawRad = 0;
    // A slight look down, so the deck's markings pass under the picture.
    f.pitchRad = -0.06;
  }

  setSettings(s: RigSettings): void {
    this.settings = s;
    this.rig.setOperator(s, 0);
  }

  dispose(): void {}
}

function noop(): void {}

/** Where a SimRunner's commands come from: the player's hands, or a recorded take. */
export type CmdFeed = ((cmd: InputCmd) => void) | { cmds: readonly InputCmd[] };

/**
 * The core on the course level in a game session with the game's rig driver: free play
 * from the keyboard and mouse (recording every command so the run can be re-shot), or a
 * recorded take replayed.
 */
export class SimRunner implements LabRunner {
  readonly session: GameSession;
  /** Commands stepped so far in free play (a take that replays this run exactly). */
  readonly recorded: InputCmd[] = [];
  /** The rig driver (its footsteps are heard in a rendered video). */
  readonly driver: RigDriver;

  constructor(
    level: Level,
    settings: RigSettings,
    private readonly feed: CmdFeed,
    maxRecord = MAX_RECORD_TICKS,
  ) {
    const sim = createSim({ level, seed: 1 });
    this.driver = new RigDriver(settings, defaultComfort(), 90, 1);
    const live = typeof feed === "function";
    const source: CmdSource = live ? { next: (_s, cmd) => feed(cmd) } : { next: (s, cmd) => void copyCmd(feed.cmds[s.tick], cmd) };
    this.session = new GameSession({ piece: null, sim, source, autopilot: !live, rig: this.driver });
    if (live) {
      this.session.observe({
        afterStep: (_s, cmd) => {
          if (this.recorded.length < maxRecord) this.recorded.push(copyCmd(cmd, neutralCmd()));
        },
      });
    }
  }

  get sim(): Sim {
    return this.session.sim;
  }

  get tick(): number {
    return this.session.sim.tick;
  }

  get pose(): RigPose {
    return this.driver.rig.pose;
  }

  get done(): boolean {
    return typeof this.feed !== "function" && this.tick >= this.feed.cmds.length;
  }

  step(): void {
    if (!this.done) this.session.step();
  }

  frame(alpha: number, f: ViewFrame, hands: Look): void {
    writeSessionFrame(f, this.session, alpha, hands);
  }

  setSettings(s: RigSettings): void {
    this.driver.rig.setOperator(s, 0);
  }

  dispose(): void {
    this.session.dispose();
  }
}

/** Free play keeps this many ticks of commands for a re-shoot (two minutes). */
const MAX_RECORD_TICKS = TICK_HZ * 120;

/** Seconds per tick of every Lab run (the core's and the course's rate, the same 60 Hz). */
export const LAB_DT_S = FIXED_DT;
