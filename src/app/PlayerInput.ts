import { type GamepadConfig, GamepadInput } from "../input/GamepadInput";
import { KeyboardMouse } from "../input/KeyboardMouse";
import { lookScale } from "../input/stickCurve";
import { TouchControls } from "../input/TouchControls";
import type { TouchLookTuning } from "../input/touchLook";
import type { InputCmd } from "../sim/input/InputCmd";
import type { Sim } from "../sim/SimTypes";
import type { GameSession } from "../session/GameSession";
import type { CmdSource } from "../session/StepObserver";
import type { Settings } from "../settings/Settings";
import type { SettingsStore } from "../settings/SettingsStore";
import { el } from "../ui/dom";
import { AIM_FOV_SCALE } from "./HudPresenter";

/**
 * The player's three input devices as one: keyboard and mouse, gamepad and touch, kept in
 * step with the settings (bindings, sensitivities, curves), sharing one look, merged into
 * each tick's command. Decides when the touch controls show: forced by `touch=1` or the
 * setting "on"; with "auto", on a touch screen until a key or the mouse is used, and back
 * at the next touch.
 */
export class PlayerInput {
  readonly keys: KeyboardMouse;
  readonly pad: GamepadInput;
  readonly touch: TouchControls;
  private touchActive = false;

  constructor(
    private readonly root: HTMLElement,
    canvas: HTMLElement,
    private readonly settings: SettingsStore,
    /** `touch=1` in the URL. */
    private readonly touchParam: boolean,
    onPause: () => void,
  ) {
    const s = settings.get();
    this.keys = new KeyboardMouse(canvas, { sensitivityDegPerCount: s.mouseSensitivityDegPerCount, invertY: s.invertY }, s.bindings.keys);
    this.pad = new GamepadInput(padConfig(s));
    this.touch = new TouchControls(root, this.keys, touchTuning(s), onPause);
    this.keys.onUsed = () => this.setTouchActive(this.touchForced());
    root.addEventListener("pointerdown", this.handlePointerDown, true);
    root.append(el("div", { class: "rotate-prompt", role: "alert" }, "Turn your phone sideways to play: HEADCAM is made for landscape."));
    this.setTouchActive(this.touchForced() || (s.touchControls === "auto" && coarsePointer()));
    settings.subscribe((st) => {
      this.keys.look = { sensitivityDegPerCount: st.mouseSensitivityDegPerCount, invertY: st.invertY };
      this.keys.keys = st.bindings.keys;
      this.pad.config = padConfig(st);
      this.touch.setTuning(touchTuning(st));
      if (st.touchControls !== "auto") this.setTouchActive(this.touchForced());
    });
    this.keys.connect();
  }

  /** The touch controls are in use: no mouse to lock, on-screen sticks in play. */
  get touchMode(): boolean {
    return this.touchActive;
  }

  /** Asks for the mouse lock, unless play is by touch; call from a user gesture. */
  lockMouse(): void {
    if (!this.touchActive) void this.keys.lock();
  }

  /** The command source of a player's run: keyboard and mouse, then the pad, then touch. */
  source(): CmdSource {
    const { keys, pad, touch } = this;
    return {
      next: (_sim: Sim, cmd: InputCmd) => {
        keys.sample(cmd);
        pad.merge(cmd);
        touch.merge(cmd);
      },
    };
  }

  /**
   * Once per frame, before the steps: the look speed for this FOV and aim, the pad's look
   * (by nothing while paused, when only its pause button counts), and the touch controls
   * shown while the player plays.
   */
  frame(session: GameSession, frameS: number, paused: boolean, playing: boolean): void {
    const st = this.settings.get();
    const aiming = session.sim.player.aiming ? 1 : 0;
    const k = lookScale(st.fovDeg * (1 - (1 - AIM_FOV_SCALE) * aiming), aiming, st.aimSensitivityScale);
    this.keys.lookScale = k;
    this.pad.lookScale = k;
    this.touch.show(this.touchActive && playing);
    if (!session.autopilot) this.pad.poll(paused ? 0 : frameS, this.keys, st.invertY);
  }

  /** Forgets everything held (pause, blur, a new run). */
  clear(): void {
    this.keys.clear();
    this.touch.clear();
  }

  dispose(): void {
    this.keys.disconnect();
    this.touch.dispose();
    this.root.removeEventListener("pointerdown", this.handlePointerDown, true);
  }

  private touchForced(): boolean {
    return this.touchParam || this.settings.get().touchControls === "on";
  }

  private setTouchActive(on: boolean): void {
    this.touchActive = on;
    this.root.classList.toggle("touch-ui", on);
  }

  private readonly handlePointerDown = (e: PointerEvent): void => {
    if (e.pointerType === "touch" && this.settings.get().touchControls !== "off") this.setTouchActive(true);
  };
}

function padConfig(s: Settings): GamepadConfig {
  return {
    deadzone: s.padDeadzone,
    exponent: s.padResponseExponent,
    lookDegPerS: s.padLookDegPerS,
    accelDegPerS: s.padLookAccelDegPerS,
    accelRampS: s.padLookAccelRampS,
    vibration: s.padVibration,
    buttons: s.bindings.pad,
  };
}

function touchTuning(s: Settings): TouchLookTuning {
  return { degPerPx: s.touchLookDegPerPx, accelPer1000PxS: s.touchLookAccel, invertY: s.invertY };
}

/** A touch screen is the main pointer (phones, tablets). */
function coarsePointer(): boolean {
  return typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
}
