import { BUTTON_MASK, Buttons, type ButtonName, type InputCmd } from "../sim/input/InputCmd";
import { DEG } from "../sim/core/units";

const MAX_PITCH_RAD = 89 * DEG;
/** A single mouse event above this many counts, far above its neighbours, is a driver spike. */
const SPIKE_COUNTS = 200;
const SPIKE_RATIO = 6;

export interface LookSettings {
  /** Degrees of turn per mouse count at the reference FOV (see `lookScale`). */
  sensitivityDegPerCount: number;
  invertY: boolean;
}

/**
 * Action to inputs: `forward`, `back`, `left`, `right` and the InputCmd button names, each
 * to `KeyboardEvent.code`s and `MouseN` (N the mouse button). The settings own the table.
 */
export type KeyMap = Readonly<Record<string, readonly string[]>>;

/**
 * Keyboard and mouse to InputCmd. Pointer lock asks for raw (unadjusted) input and falls
 * back to the plain lock where refused; look angles accumulate here, at event time, so the
 * view can apply the newest angles at render time.
 */
export class KeyboardMouse {
  yawRad = 0;
  pitchRad = 0;
  /** Keys and mouse buttons held, by code (`KeyW`, `Mouse0`). */
  private readonly held = new Set<string>();
  /** Multiplies the look per count: the FOV-consistent scale and the aim slowdown (lookScale.ts). */
  lookScale = 1;
  /** Called on any key press or mouse use (the touch controls hide then). */
  onUsed: () => void = () => {};
  private recentAbs = 8;
  /** Called when the pointer lock is lost (the player pressed Esc or the lock broke). */
  onLockLost: () => void = () => {};
  /** Called when the browser refuses a lock (e.g. within a second of Esc): ask for another click. */
  onLockRefused: () => void = () => {};
  /** Called when Esc is pressed while the pointer is not locked. */
  onEscape: () => void = () => {};
  private wasLocked = false;

  constructor(
    private readonly target: HTMLElement,
    public look: LookSettings,
    /** The bindings in use; replaced whole when the player rebinds. */
    public keys: KeyMap,
  ) {}

  connect(): void {
    window.addEventListener("keydown", this.handleKeyDown);
    window.addEventListener("keyup", this.handleKeyUp);
    window.addEventListener("blur", this.handleBlur);
    document.addEventListener("mousemove", this.handleMouseMove);
    this.target.addEventListener("mousedown", this.handleMouseDown);
    window.addEventListener("mouseup", this.handleMouseUp);
    this.target.addEventListener("contextmenu", this.preventDefault);
    document.addEventListener("pointerlockchange", this.handleLockChange);
  }

  disconnect(): void {
    window.removeEventListener("keydown", this.handleKeyDown);
    window.removeEventListener("keyup", this.handleKeyUp);
    window.removeEventListener("blur", this.handleBlur);
    document.removeEventListener("mousemove", this.handleMouseMove);
    this.target.removeEventListener("mousedown", this.handleMouseDown);
    window.removeEventListener("mouseup", this.handleMouseUp);
    this.target.removeEventListener("contextmenu", this.preventDefault);
    document.removeEventListener("pointerlockchange", this.handleLockChange);
    this.clear();
  }

  get locked(): boolean {
    return document.pointerLockElement === this.target;
  }

  /** Asks for pointer lock with raw input; must be called from a user gesture. */
  async lock(): Promise<boolean> {
    if (this.locked) return true;
    const el = this.target as HTMLElement & {
      requestPointerLock(opts?: { unadjustedMovement?: boolean }): Promise<void> | undefined;
    };
    try {
      await el.requestPointerLock({ unadjustedMovement: true });
      return true;
    } catch (e) {
      if (e instanceof DOMException && e.name === "NotSupportedError") {
        try {
          await el.requestPointerLock();
          return true;
        } catch {
          /* fall through */
        }
      }
      this.onLockRefused();
      return false;
    }
  }

  unlock(): void {
    if (this.locked) document.exitPointerLock();
  }

  /** Forgets every held key and button (on blur, pause and mode changes). */
  clear(): void {
    this.held.clear();
  }

  setLook(yawRad: number, pitchRad: number): void {
    this.yawRad = yawRad;
    this.pitchRad = pitchRad;
  }

  /** Writes this tick's command. */
  sample(cmd: InputCmd): InputCmd {
    cmd.moveX = this.down("right") - this.down("left");
    cmd.moveY = this.down("forward") - this.down("back");
    cmd.yawRad = this.yawRad;
    cmd.pitchRad = this.pitchRad;
    let buttons = 0;
    for (const name in this.keys) {
      if (name in Buttons && this.down(name)) buttons |= Buttons[name as ButtonName];
    }
    cmd.buttons = buttons & BUTTON_MASK;
    return cmd;
  }

  /** 1 while any input bound to `action` is held, else 0. */
  private down(action: string): number {
    const codes = this.keys[action];
    if (!codes) return 0;
    for (let i = 0; i < codes.length; i++) if (this.held.has(codes[i])) return 1;
    return 0;
  }

  private readonly handleKeyDown = (e: KeyboardEvent): void => {
    if (e.code === "Escape") {
      if (!this.locked) this.onEscape();
      return;
    }
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
    this.onUsed();
    this.held.add(e.code);
    if (e.code === "Space" || e.code.startsWith("Arrow")) e.preventDefault();
  };

  private readonly handleKeyUp = (e: KeyboardEvent): void => {
    this.held.delete(e.code);
  };

  private readonly handleBlur = (): void => this.clear();

  private readonly handleMouseMove = (e: MouseEvent): void => {
    if (!this.locked) return;
    this.onUsed();
    const dx = e.movementX;
    const dy = e.movementY;
    const mag = Math.abs(dx) + Math.abs(dy);
    // Chromium sometimes reports one huge jump on lock or at the screen edge: drop it.
    if (mag > SPIKE_COUNTS && mag > SPIKE_RATIO * this.recentAbs) return;
    this.recentAbs = this.recentAbs * 0.8 + Math.max(mag, 4) * 0.2;
    const k = this.look.sensitivityDegPerCount * this.lookScale * DEG;
    this.yawRad -= dx * k;
    this.pitchRad -= dy * k * (this.look.invertY ? -1 : 1);
    this.pitchRad = Math.max(-MAX_PITCH_RAD, Math.min(MAX_PITCH_RAD, this.pitchRad));
    // Keep yaw bounded so float precision never degrades over a long session.
    if (this.yawRad > Math.PI) this.yawRad -= 2 * Math.PI;
    else if (this.yawRad <= -Math.PI) this.yawRad += 2 * Math.PI;
  };

  private readonly handleMouseDown = (e: MouseEvent): void => {
    if (!this.locked) return;
    this.onUsed();
    this.held.add(`Mouse${e.button}`);
  };

  private readonly handleMouseUp = (e: MouseEvent): void => {
    this.held.delete(`Mouse${e.button}`);
  };

  private readonly preventDefault = (e: Event): void => e.preventDefault();

  private readonly handleLockChange = (): void => {
    const now = this.locked;
    if (this.wasLocked && !now) {
      this.clear();
      this.onLockLost();
    }
    this.wasLocked = now;
  };
}
