import { RecordedAudio } from "../../audio/RecordedAudio";
import { SoundBank } from "../../audio/SoundBank";
import { createViewFrame, type Look } from "../../session/ViewFrame";
import type { Level } from "../../sim/world/Level";
import { View } from "../../view/View";
import type { FootageShot } from "../footage/FootageShot";
import { type LabRunner, SimRunner } from "./runners";

const NO_HANDS: Look = { yawRad: 0, pitchRad: 0 };
/** The Lab's sound in a video: everything at full volume, no music (the course level has none). */
const LAB_VOLUMES = { master: 1, effects: 1, voices: 1, music: 1, mute: false };

/**
 * A Lab run in a rendered video: the standard course or a free-play take re-shot with one
 * slot's settings, drawn by its own View on the course level at the panel's size. A take
 * carries its sound (footsteps and what the core did); the course's kinematic ride has none.
 */
export class LabShot implements FootageShot {
  readonly canvas = document.createElement("canvas");
  readonly audio: RecordedAudio | null;
  private readonly view: View;
  private readonly frame = createViewFrame();

  constructor(
    private readonly runner: LabRunner,
    level: Level,
    readonly endTick: number,
    widthPx: number,
    heightPx: number,
    readonly label: string | null,
  ) {
    this.audio = runner instanceof SimRunner ? new RecordedAudio(runner.session, runner.driver, new SoundBank(), LAB_VOLUMES, null) : null;
    this.view = new View(this.canvas, { quality: "high", shadows: "low", pixelRatio: 1 });
    this.view.resize(widthPx, heightPx);
    this.view.loadLevel(level);
  }

  get tick(): number {
    return this.runner.tick;
  }

  prepare(): Promise<void> {
    return this.view.warmUp();
  }

  advanceTo(tick: number): void {
    while (this.runner.tick < Math.min(tick, this.endTick) && !this.runner.done) {
      this.audio?.sync();
      this.runner.step();
    }
  }

  draw(_dtS: number): void {
    this.runner.frame(1, this.frame, NO_HANDS);
    this.view.render(this.frame);
  }

  subtitle(): null {
    return null;
  }

  dispose(): void {
    this.runner.dispose();
    this.audio?.audio.dispose();
    this.view.dispose();
    this.view.renderer.forceContextLoss();
  }
}
