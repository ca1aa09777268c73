import { AutoQuality } from "./AutoQuality";
import { guessQuality, type RendererCaps } from "./guessQuality";
import { QUALITY, type QualityLevel, type QualityProfile, type QualitySetting } from "./QualityLevels";

/**
 * The quality the view renders at now: a pinned level at its render scale, or `auto`,
 * which starts from a guess by the renderer and then follows the frame times.
 */
export class RenderQuality {
  private auto: AutoQuality | null = null;
  private pinned: QualityLevel = "high";
  private setting: QualitySetting = "auto";

  constructor(
    setting: QualitySetting,
    private readonly caps: RendererCaps,
  ) {
    this.set(setting);
  }

  /** Pins a level, or hands the choice to `auto` (which starts from the renderer's guess). */
  set(setting: QualitySetting): void {
    this.setting = setting;
    if (setting === "auto") {
      this.auto = new AutoQuality(guessQuality(this.caps));
    } else {
      this.auto = null;
      this.pinned = setting;
    }
  }

  get current(): QualitySetting {
    return this.setting;
  }

  get level(): QualityLevel {
    return this.auto ? this.auto.level : this.pinned;
  }

  get renderScale(): number {
    return this.auto ? this.auto.renderScale : QUALITY[this.pinned].renderScale;
  }

  get profile(): QualityProfile {
    return QUALITY[this.level];
  }

  /**
   * One rendered frame's duration; under `auto` it may change the level or the scale.
   * @returns whether they changed (the view applies them)
   */
  frame(frameMs: number, nowS: number): boolean {
    return this.auto?.sample(frameMs, nowS) ?? false;
  }

  /** A level was loaded: its first frames compile and upload, so `auto` ignores them. */
  settle(): void {
    this.auto?.settle();
  }
}
