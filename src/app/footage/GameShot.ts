import { CAST } from "../../content/cast";
import { RecordedAudio } from "../../audio/RecordedAudio";
import { SoundBank } from "../../audio/SoundBank";
import type { RigSettings } from "../../rig/schema";
import { GameSession } from "../../session/GameSession";
import { RigDriver } from "../../session/RigDriver";
import { TakePlayer } from "../../session/TakeSources";
import { createViewFrame, type LensSwitches, writeSessionFrame } from "../../session/ViewFrame";
import type { SettingsStore } from "../../settings/SettingsStore";
import { createSim } from "../../sim/createSim";
import type { Take } from "../../sim/input/Take";
import { levelForPiece } from "../../sim/world/levels/index";
import { Screens } from "../../ui/Screens";
import { View } from "../../view/View";
import { audioVolumes } from "../AudioPresenter";
import { lensSwitches } from "../lens";
import { postEffectsOf, shadowsOf } from "../viewSettings";
import type { Presenter } from "../Presenter";
import { PRESENTERS } from "../presenters";
import type { FootageShot } from "./FootageShot";

/** The camera operator of a rendered take: a preset or settings pinned for the whole take, or the script's operators. */
export interface ShotRig {
  settings: RigSettings;
  /** True: the settings hold throughout; false: the set piece's script hands the rig on shot by shot. */
  pinned: boolean;
}

let bank: SoundBank | null = null;

/**
 * A take replayed exactly as the game plays it: a GameSession over the take's commands
 * with the game's rig driver and every presenter the game has (fighters, effects, arms,
 * the script's people and operators, the lens), assembled by `writeSessionFrame` and drawn
 * by a View of its own at the video's size. Its sound is the game's mix over the recording
 * engine. Presentation time comes from the frame index only.
 */
export class GameShot implements FootageShot {
  readonly canvas = document.createElement("canvas");
  readonly session: GameSession;
  readonly audio: RecordedAudio;
  readonly endTick: number;
  private readonly view: View;
  private readonly driver: RigDriver;
  private readonly presenters: Presenter[] = [];
  private readonly frame = createViewFrame();
  private readonly lens: LensSwitches;
  private readonly subtitles: boolean;

  constructor(
    take: Take,
    rig: ShotRig,
    settings: SettingsStore,
    widthPx: number,
    heightPx: number,
    readonly label: string | null = null,
  ) {
    const level = levelForPiece(take.piece, take.seed);
    if (!level) throw new Error(`the set piece "${take.piece}" is not built in this version`);
    const st = settings.get();
    this.lens = lensSwitches(st);
    this.subtitles = st.subtitles;
    this.endTick = take.ticks;
    const sim = createSim({ level, seed: take.seed, difficulty: take.difficulty ?? "normal", piece: take.piece });
    this.driver = new RigDriver(rig.settings, st.comfort, st.fovDeg, take.seed, rig.pinned);
    this.session = new GameSession({ piece: take.piece, sim, source: new TakePlayer(take), autopilot: true, rig: this.driver });
    bank ??= new SoundBank();
    this.audio = new RecordedAudio(this.session, this.driver, bank, audioVolumes(st), (s) => s.script);
    // A render scale of 1: the video's pixels are the View's pixels, whatever the screen's density.
    // Offline frames cannot follow the frame rate: auto renders at high.
    this.view = new View(this.canvas, { quality: st.quality === "auto" ? "high" : st.quality, shadows: shadowsOf(st) ?? undefined, pixelRatio: 1 });
    this.view.setPostEffects(postEffectsOf(st));
    this.view.resize(widthPx, heightPx);
    this.view.loadLevel(sim.level);
    // The presenters draw into the View; their DOM (HUD, subtitles) goes to a root never shown.
    const root = document.createElement("div");
    const screens = new Screens(root);
    for (const make of PRESENTERS) {
      const p = make({ session: this.session, view: this.view, rig: this.driver, screens, root, settings });
      this.session.observe(p);
      this.presenters.push(p);
    }
  }

  get tick(): number {
    return this.session.sim.tick;
  }

  /** The rig's current operator (the preset's name). */
  get operator(): string {
    return this.driver.rig.settings.name;
  }

  prepare(): Promise<void> {
    return this.view.warmUp();
  }

  advanceTo(tick: number): void {
    const target = Math.min(tick, this.endTick);
    while (this.session.sim.tick < target) {
      this.audio.sync();
      this.session.step();
    }
  }

  draw(dtS: number): void {
    const f = this.frame;
    // The newest tick exactly (alpha 1): frames fall on whole ticks.
    writeSessionFrame(f, this.session, 1, null, this.lens);
    for (const p of this.presenters) p.frame?.(1, f, dtS);
    this.view.render(f);
  }

  subtitle(): { speaker: string; text: string } | null {
    const line = this.subtitles ? this.session.sim.script?.subtitle : null;
    if (!line) return null;
    return { speaker: CAST.find((c) => c.id === line.speaker)?.name ?? line.speaker, text: line.text };
  }

  dispose(): void {
    for (const p of this.presenters) p.dispose();
    this.presenters.length = 0;
    this.session.dispose();
    this.audio.audio.dispose();
    this.view.dispose();
    // Hand the WebGL context back now rather than when the canvas is collected.
    this.view.renderer.forceContextLoss();
  }
}
