import { DEG } from "../sim/core/units";
import { Buttons, type ButtonName, type InputCmd } from "../sim/input/InputCmd";
import { LookAcceleration, type StickOut, stickResponse } from "./stickCurve";

/** Gamepad tuning (the player's settings); rates in degrees per second at full stick. */
export interface GamepadConfig {
  /** Radial dead zone of both sticks, fraction of full deflection. */
  deadzone: number;
  /** Response curve of the look stick (1 linear, 2 squared). */
  exponent: number;
  /** Turn speed at full deflection, deg/s (pitch turns `PITCH_RATIO` of it). */
  lookDegPerS: number;
  /** Extra turn speed reached while the stick stays at its edge, deg/s, and how long it takes, s. */
  accelDegPerS: number;
  accelRampS: number;
  /** Rumble on hits and explosions. */
  vibration: boolean;
  /** Action to button indices of the standard mapping (`pause` and the InputCmd button names). */
  buttons: Readonly<Record<string, readonly number[]>>;
}

/** Pitch turns this share of the yaw speed: a screen is wider than tall. */
const PITCH_RATIO = 0.73;
const MAX_PITCH_RAD = 89 * DEG;
/** Standard-mapping axes. */
const AXIS = { lx: 0, ly: 1, rx: 2, ry: 3 } as const;

interface Rumbler {
  playEffect(type: "dual-rumble", p: { duration: number; strongMagnitude: number; weakMagnitude: number }): Promise<unknown>;
}

/**
 * A gamepad in the standard mapping: the left stick moves, the right stick looks (radial
 * dead zone, response curve, acceleration at the edge), the buttons as bound in the
 * settings (pause on Start by default). Polled once per frame.
 */
export class GamepadInput {
  private moveX = 0;
  private moveY = 0;
  private buttons = 0;
  private pauseWasDown = false;
  private readonly stick: StickOut = { x: 0, y: 0, magnitude: 0 };
  private readonly accel = new LookAcceleration();
  private actuator: Rumbler | null = null;
  /** Multiplies the turn speed: the FOV-consistent scale and the aim slowdown (stickCurve.ts). */
  lookScale = 1;
  /** Called when the button bound to `pause` is pressed. */
  onStart: () => void = () => {};

  constructor(public config: GamepadConfig) {}

  /**
   * Reads the first connected pad and turns the look angles by the right stick.
   * @param look the angles to turn (the keyboard-and-mouse look, so both devices share one view).
   */
  poll(frameS: number, look: { yawRad: number; pitchRad: number }, invertY: boolean): void {
    const pad = firstPad();
    this.moveX = this.moveY = this.buttons = 0;
    this.actuator = (pad as { vibrationActuator?: Rumbler } | null)?.vibrationActuator ?? null;
    if (!pad) return;
    const c = this.config;
    const s = stickResponse(pad.axes[AXIS.lx] ?? 0, pad.axes[AXIS.ly] ?? 0, c.deadzone, 1, this.stick);
    this.moveX = s.x;
    this.moveY = -s.y;
    const r = stickResponse(pad.axes[AXIS.rx] ?? 0, pad.axes[AXIS.ry] ?? 0, c.deadzone, c.exponent, this.stick);
    const extra = this.accel.step(r.magnitude, frameS, c.accelDegPerS, c.accelRampS);
    // Acceleration adds along the stick's direction, so a diagonal stays diagonal.
    const k = r.magnitude > 0 ? (c.lookDegPerS + extra / r.magnitude) * DEG * frameS * this.lookScale : 0;
    look.yawRad -= r.x * k;
    look.pitchRad -= r.y * k * PITCH_RATIO * (invertY ? -1 : 1);
    look.pitchRad = Math.max(-MAX_PITCH_RAD, Math.min(MAX_PITCH_RAD, look.pitchRad));
    const down = (i: number) => (pad.buttons[i]?.value ?? 0) > 0.5;
    let pause = false;
    for (const name in c.buttons) {
      if (!c.buttons[name].some(down)) continue;
      if (name === "pause") pause = true;
      else if (name in Buttons) this.buttons |= Buttons[name as ButtonName];
    }
    if (pause && !this.pauseWasDown) this.onStart();
    this.pauseWasDown = pause;
  }

  /** Adds the pad's movement and buttons to a command sampled from the keyboard. */
  merge(cmd: InputCmd): void {
    if (Math.abs(this.moveX) > Math.abs(cmd.moveX)) cmd.moveX = this.moveX;
    if (Math.abs(this.moveY) > Math.abs(cmd.moveY)) cmd.moveY = this.moveY;
    cmd.buttons |= this.buttons;
  }

  /**
   * Rumbles the pad (where the browser supports it and the setting allows).
   * @param strength 0..1; @param seconds how long.
   * @returns whether a rumble was asked of the pad.
   */
  rumble(strength: number, seconds: number): boolean {
    if (!this.config.vibration || !this.actuator || !(strength > 0)) return false;
    const m = Math.min(1, strength);
    this.actuator.playEffect("dual-rumble", { duration: seconds * 1000, strongMagnitude: m, weakMagnitude: Math.min(1, m * 1.5) }).catch(() => {});
    return true;
  }
}

function firstPad(): Gamepad | null {
  const pads = typeof navigator !== "undefined" && navigator.getGamepads ? navigator.getGamepads() : [];
  for (const p of pads) if (p?.connected) return p;
  return null;
}
