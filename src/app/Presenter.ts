import type { AudioEngine } from "../audio/AudioEngine";
import type { Screens } from "../ui/Screens";
import type { ViewFrame } from "../session/ViewFrame";
import type { View } from "../view/View";
import type { GameSession } from "../session/GameSession";
import type { StepObserver } from "../session/StepObserver";
import type { RigDriver } from "../session/RigDriver";
import type { SettingsStore } from "../settings/SettingsStore";

/** What a presenter may read and draw into while a session runs. */
export interface PresenterContext {
  session: GameSession;
  view: View;
  rig: RigDriver;
  screens: Screens;
  /** The page's root element, for DOM overlays (HUD, subtitles). */
  root: HTMLElement;
  settings: SettingsStore;
  /** The sound engine (howler in the browser); absent when the game runs silent. */
  audio?: AudioEngine;
  /** Rumbles the gamepad (strength 0..1, seconds) where it can and the player allows it. */
  rumble?: (strength: number, seconds: number) => void;
}

/**
 * A piece of presentation that follows a session: it watches the core's steps and
 * events (StepObserver) and prepares each frame before the view draws it. Arms, effects,
 * HUD overlays and audio are presenters; each owns what it makes and frees it in dispose.
 */
export interface Presenter extends StepObserver {
  /**
   * Every rendered frame, after the steps and before `view.render`. `dtS` is the render
   * time since the previous frame, seconds: wall time in the game, the frame interval in
   * a rendered video (so a frame depends on its index, never on how long it took).
   */
  frame?(alpha: number, frame: ViewFrame, dtS: number): void;
  dispose(): void;
}

/** Longest frame a presenter's animation advances by, seconds (a stall is not a jump). */
export const MAX_FRAME_DT_S = 0.1;

export type PresenterFactory = (ctx: PresenterContext) => Presenter;
