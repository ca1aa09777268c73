import { DEG } from "../sim/core/units";
import { Buttons, type InputCmd } from "../sim/input/InputCmd";

/** Gamepad tuning; rates in degrees per second at full stick. */
export interface GamepadConfig {
  deadzone: number;
  lookYawDegPerS: number;
  lookPitchDegPerS: number;
}

export const DEFAULT_GAMEPAD: GamepadConfig = { deadzone: 0.15, lookYawDegPerS: 220, lookPitchDegPerS: 160 };

// The "standard" mapping's button indices.
const B = { a: 0, b: 1, x: 2, y: 3, lb: 4, rb: 5, lt: 6, rt: 7, start: 9, ls: 10 } as const;
const MAX_PITCH_RAD = 89 * DEG;

/**
 * A gamepad in the standard mapping: left stick moves, right stick looks (with a
 * deadzone and a squared response for fine aim), triggers aim and fire, A jumps,
 * B crouches, the left stick click sprints, X reloads, Y switches weapon, RB punches,
 * LB uses or throws, Start pauses. Polled once per frame.
 */
export class GamepadInput {
  private moveX = 0;
  private moveY = 0;
  private buttons = 0;
  private startWasDown = false;
  /** Called when Start is pressed. */
  onStart: () => void = () => {};

  constructor(readonly config: GamepadConfig = DEFAULT_GAMEPAD) {}

  /**
   * Reads the first connected pad and turns the look angles by the right stick.
   * @param look the angles to turn (the keyboard-and-mouse look, so both devices share one view).
   */
  poll(frameS: number, look: { yawRad: number; pitchRad: number }, invertY: boolean): void {
    const pads = typeof navigator !== "undefined" && navigator.getGamepads ? navigator.getGamepads() : [];
    let pad: Gamepad | null = null;
    for (const p of pads) {
      if (p?.connected) {
        pad = p;
        break;
      }
    }
    this.moveX = this.moveY = this.buttons = 0;
    if (!pad) return;
    const c = this.config;
    this.moveX = this.axis(pad.axes[0] ?? 0);
    this.moveY = -this.axis(pad.axes[1] ?? 0);
    const lx = this.axis(pad.axes[2] ?? 0);
    const ly = this.axis(pad.axes[3] ?? 0);
    look.yawRad -= lx * Math.abs(lx) * c.lookYawDegPerS * DEG * frameS;
    look.pitchRad -= ly * Math.abs(ly) * c.lookPitchDegPerS * DEG * frameS * (invertY ? -1 : 1);
    look.pitchRad = Math.max(-MAX_PITCH_RAD, Math.min(MAX_PITCH_RAD, look.pitchRad));
    const down = (i: number) => (pad.buttons[i]?.value ?? 0) > 0.5;
    if (down(B.a)) this.buttons |= Buttons.jump;
    if (down(B.b)) this.buttons |= Buttons.crouch;
    if (down(B.ls)) this.buttons |= Buttons.sprint;
    if (down(B.x)) this.buttons |= Buttons.reload;
    if (down(B.y)) this.buttons |= Buttons.weaponNext;
    if (down(B.rb)) this.buttons |= Buttons.melee;
    if (down(B.lb)) this.buttons |= Buttons.use;
    if (down(B.lt)) this.buttons |= Buttons.aim;
    if (down(B.rt)) this.buttons |= Buttons.fire;
    const start = down(B.start);
    if (start && !this.startWasDown) this.onStart();
    this.startWasDown = start;
  }

  /** Adds the pad's movement and buttons to a command sampled from the keyboard. */
  merge(cmd: InputCmd): void {
    if (Math.abs(this.moveX) > Math.abs(cmd.moveX)) cmd.moveX = this.moveX;
    if (Math.abs(this.moveY) > Math.abs(cmd.moveY)) cmd.moveY = this.moveY;
    cmd.buttons |= this.buttons;
  }

  private axis(v: number): number {
    const d = this.config.deadzone;
    const a = Math.abs(v);
    if (a < d) return 0;
    return (Math.sign(v) * (a - d)) / (1 - d);
  }
}
