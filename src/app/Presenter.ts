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
}

/**
 * A piece of presentation that follows a session: it watches the core's steps and
 * events (StepObserver) and prepares each frame before the view draws it. Arms, effects,
 * HUD overlays and audio are presenters; each owns what it makes and frees it in dispose.
 */
export interface Presenter extends StepObserver {
  /** Every rendered frame, after the steps and before `view.render`. */
  frame?(alpha: number, frame: ViewFrame): void;
  dispose(): void;
}

export type PresenterFactory = (ctx: PresenterContext) => Presenter;
