import type { AudioVolumes } from "../audio/Mixer";
import { GameAudio, type ScriptView } from "../audio/GameAudio";
import { SoundBank } from "../audio/SoundBank";
import type { FootstepEvent, RigEvent } from "../rig/RigPose";
import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import type { Presenter, PresenterContext } from "./Presenter";
import type { Settings } from "../settings/Settings";

export type { ScriptView } from "../audio/GameAudio";

/** How long a sound caption stays on screen, ms. */
const CAPTION_MS = 2500;
const CAPTION_LINES = 3;

let sharedBank: SoundBank | null = null;

export function audioVolumes(s: Readonly<Settings>): AudioVolumes {
  return { master: s.masterVolume, effects: s.effectsVolume, voices: s.voicesVolume, music: s.musicVolume, mute: s.mute };
}

/**
 * Sound for a play session: hands the core's events, the rig's footsteps and the
 * director's lines and intensity to GameAudio over the engine the browser entry made, and
 * shows captions of important non-speech sounds when the setting asks. Without an engine
 * (node, or audio unavailable) it does nothing.
 *
 * @param script reads the set-piece director; the lead wires `(sim) => sim.script`.
 */
export function createAudioPresenter(ctx: PresenterContext, script: ((sim: Sim) => ScriptView | null) | null = null): Presenter {
  const engine = ctx.audio;
  if (!engine) return { dispose() {} };
  sharedBank ??= new SoundBank();
  const box = document.createElement("div");
  box.className = "sound-captions";
  box.setAttribute("aria-live", "polite");
  ctx.root.append(box);
  const lines: HTMLDivElement[] = [];
  const shownAt: number[] = [];
  for (let i = 0; i < CAPTION_LINES; i++) {
    const el = document.createElement("div");
    el.className = "sound-caption";
    el.hidden = true;
    box.append(el);
    lines.push(el);
    shownAt.push(0);
  }
  let next = 0;
  const onCaption = (text: string): void => {
    const el = lines[next];
    el.textContent = text;
    el.hidden = false;
    shownAt[next] = performance.now();
    next = (next + 1) % CAPTION_LINES;
  };
  const audio = new GameAudio(engine, sharedBank, { piece: ctx.session.piece, script, onCaption });
  const apply = (s: Readonly<Settings>): void => {
    audio.setVolumes(audioVolumes(s));
    audio.captions = s.soundCaptions;
  };
  apply(ctx.settings.get());
  const unsubscribe = ctx.settings.subscribe(apply);
  // The rig driver has one callback: chain onto whoever holds it.
  const rig = ctx.rig;
  const before = rig.onRigEvent;
  const onRig = (e: RigEvent): void => {
    before(e);
    if (e.kind === "footstep") audio.onFootstep(e as FootstepEvent);
  };
  rig.onRigEvent = onRig;

  return {
    onEvent(e: SimEvent, sim: Sim): void {
      audio.onEvent(e, sim);
    },
    afterStep(sim: Sim): void {
      audio.afterStep(sim);
    },
    frame(): void {
      const now = performance.now();
      for (let i = 0; i < CAPTION_LINES; i++) if (!lines[i].hidden && now - shownAt[i] > CAPTION_MS) lines[i].hidden = true;
    },
    dispose(): void {
      if (rig.onRigEvent === onRig) rig.onRigEvent = before;
      unsubscribe();
      audio.dispose();
      box.remove();
    },
  };
}
