import { defaultComfort } from "../../rig/comfort";
import { Rig } from "../../rig/Rig";
import { copyRigPose, createRigPose, type RigPose } from "../../rig/RigPose";
import type { RigSettings } from "../../rig/schema";
import { COURSE_HZ, COURSE_TICKS, CourseStepper } from "../../rig/standardCourse";
import { FIXED_DT } from "../../sim/core/time";
import { createSim } from "../../sim/createSim";
import { copyCmd, type InputCmd, neutralCmd } from "../../sim/input/InputCmd";
import type { Sim } from "../../sim/SimTypes";
import type { Level } from "../../sim/world/Level";
import type { ViewFrame } from "../../view/View";
import { Interpolator } from "../../session/Interpolator";
import { RigDriver } from "../../session/RigDriver";

/** Something the Lab steps at the fixed tick and draws: the course, free play, or a take's replay. */
export interface LabRunner {
  /** True after the last tick of a one-shot run (never for a looping course or free play). */
  readonly done: boolean;
  /** Ticks stepped since the (last) start. */
  readonly tick: number;
  /** The rig's pose of the last tick. */
  readonly pose: RigPose;
  step(): void;
  /** Writes eye, look and rig offsets for this frame, blended by `alpha`. */
  frame(alpha: number, f: ViewFrame): void;
  /** New settings take effect at once (the Lab's sliders act live). */
  setSettings(s: RigSettings): void;
  dispose(): void;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** Writes the rig part of a frame from two poses. */
function writeRig(prev: RigPose, curr: RigPose, alpha: number, f: ViewFrame): number {
  f.rigPitchRad = lerp(prev.pitchRad, curr.pitchRad, alpha);
  f.rigYawRad = lerp(prev.yawRad, curr.yawRad, alpha);
  f.rigRollRad = lerp(prev.rollRad, curr.rollRad, alpha);
  f.rigOffsetM.x = lerp(prev.offsetM.x, curr.offsetM.x, alpha);
  f.rigOffsetM.y = lerp(prev.offsetM.y, curr.offsetM.y, alpha);
  f.rigOffsetM.z = lerp(prev.offsetM.z, curr.offsetM.z, alpha);
  f.fovDeg = lerp(prev.fovDeg, curr.fovDeg, alpha);
  f.lens.barrel = curr.lens.barrel;
  f.lens.vignette = curr.lens.vignette;
  f.lens.chromatic = curr.lens.chromatic;
  return lerp(prev.eyeHeightM, curr.eyeHeightM, alpha);
}

/**
 * RIG.md's standard course, live: the rig gets exactly the signals `runStandardCourse`
 * gives it (one CourseStepper), so a full loop's trace equals `npm run rig -- analyze`'s;
 * the camera rides the course's kinematic path from the level's `start` anchor down -Z.
 */
export class CourseRunner implements LabRunner {
  private rig: Rig;
  private readonly course: CourseStepper;
  private readonly prev = createRigPose();
  readonly pose = createRigPose();
  private prevAlong = 0;
  private prevHeight = 0;
  tick = 0;

  constructor(
    private settings: RigSettings,
    private readonly start: readonly [number, number, number],
    explosionDistanceM: number,
    private readonly loop: boolean,
  ) {
    this.course = new CourseStepper(1, explosionDistanceM);
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
    return !this.loop && this.tick >= COURSE_TICKS;
  }

  /** Tick within the course, 0..1199. */
  get courseTick(): number {
    return this.tick % COURSE_TICKS;
  }

  step(): void {
    if (this.done) return;
    if (this.tick > 0 && this.tick % COURSE_TICKS === 0) {
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
    if (this.tick % COURSE_TICKS === 0) {
      // Snap at the loop's end: no blending from the yard back to the start.
      this.prevAlong = this.course.alongM;
      this.prevHeight = this.course.heightM;
    }
  }

  frame(alpha: number, f: ViewFrame): void {
    const eyeH = writeRig(this.prev, this.pose, alpha, f);
    f.eye.x = this.start[0];
    f.eye.y = this.start[1] + lerp(this.prevHeight, this.course.heightM, alpha) + eyeH;
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
 * The core on the course level with the game's RigDriver: free play from the keyboard and
 * mouse (recording every command so the run can be re-shot), or a recorded take replayed.
 */
export class SimRunner implements LabRunner {
  readonly sim: Sim;
  private readonly driver: RigDriver;
  private readonly interp: Interpolator;
  private readonly cmd: InputCmd = neutralCmd();
  readonly lastCmd: InputCmd = neutralCmd();
  /** Commands stepped so far (a take that replays this run exactly). */
  readonly recorded: InputCmd[] = [];
  private readonly prev = createRigPose();
  tick = 0;

  constructor(
    level: Level,
    settings: RigSettings,
    private readonly feed: CmdFeed,
    private readonly maxRecord = 60 * 120,
  ) {
    this.sim = createSim({ level, seed: 1 });
    this.driver = new RigDriver(settings, defaultComfort(), 90, 1);
    this.interp = new Interpolator(this.sim);
    this.cmd.yawRad = this.lastCmd.yawRad = this.sim.player.yawRad;
  }

  get pose(): RigPose {
    return this.driver.rig.pose;
  }

  get done(): boolean {
    return typeof this.feed !== "function" && this.tick >= this.feed.cmds.length;
  }

  step(): void {
    if (this.done) return;
    if (typeof this.feed === "function") this.feed(this.cmd);
    else copyCmd(this.feed.cmds[this.tick], this.cmd);
    copyRigPose(this.driver.rig.pose, this.prev);
    this.sim.step(this.cmd);
    copyCmd(this.cmd, this.lastCmd);
    if (typeof this.feed === "function" && this.recorded.length < this.maxRecord) this.recorded.push(copyCmd(this.cmd, neutralCmd()));
    this.sim.events.drain(this.dispatch);
    this.driver.afterStep(this.sim);
    this.interp.push();
    this.tick++;
  }

  private readonly dispatch = (e: Parameters<RigDriver["onEvent"]>[0]): void => {
    if (e.kind === "respawned") this.interp.snap();
    this.driver.onEvent(e, this.sim);
  };

  frame(alpha: number, f: ViewFrame, look?: { yawRad: number; pitchRad: number }): void {
    this.interp.blend(alpha);
    const eyeH = writeRig(this.prev, this.driver.rig.pose, alpha, f);
    f.eye.x = this.interp.feet.x;
    f.eye.y = this.interp.feet.y + eyeH;
    f.eye.z = this.interp.feet.z;
    // The newest mouse angles in free play (no lag of a tick); the take's in a replay.
    const l = look ?? this.lastCmd;
    f.yawRad = l.yawRad;
    f.pitchRad = l.pitchRad;
  }

  setSettings(s: RigSettings): void {
    this.driver.rig.setOperator(s, 0);
  }

  dispose(): void {
    this.sim.dispose();
  }
}

/** Seconds per tick of every Lab run (the core's and the course's 60 Hz). */
export const LAB_DT_S = FIXED_DT;
