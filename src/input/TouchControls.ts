import nipplejs from "nipplejs";
import { BUTTON_MASK, Buttons, type ButtonName, type InputCmd } from "../sim/input/InputCmd";
import { TouchLook, type TouchLookTuning } from "./touchLook";

/** The on-screen buttons, right thumb side, in the order they are laid out (bottom row first). */
const TOUCH_BUTTONS: readonly { button: ButtonName; label: string }[] = [
  { button: "fire", label: "Fire" },
  { button: "aim", label: "Aim" },
  { button: "jump", label: "Jump" },
  { button: "crouch", label: "Crouch" },
  { button: "melee", label: "Punch" },
  { button: "use", label: "Use" },
  { button: "reload", label: "Reload" },
  { button: "weaponNext", label: "Switch" },
];

/** The controls help on a touch screen (inputs, what they do). */
export function touchHelp(): [string, string][] {
  return [
    ["Left half", "put a thumb down and push: move"],
    ["Right half", "drag: look (fast swipes turn further)"],
    ["Round buttons", TOUCH_BUTTONS.map((b) => (b.button === "weaponNext" ? "switch weapon" : b.label.toLowerCase())).join(", ")],
    ["II", "pause"],
  ];
}

/** The move stick's size, px: big enough for a thumb, small enough for a phone held sideways. */
const STICK_SIZE_PX = 120;

/**
 * Twin virtual sticks and thumb buttons for touch screens: a nipplejs stick appears where
 * the left thumb lands on the left half and moves; a finger dragged on the right half
 * looks; the buttons hold their action while touched (a tap shorter than a tick still
 * counts once). Every finger is tracked by its own pointer id, so moving, looking and
 * firing work at once. Hidden until `show(true)`.
 */
export class TouchControls {
  readonly root: HTMLElement;
  private readonly moveZone: HTMLElement;
  private readonly lookZone: HTMLElement;
  private readonly joystick: ReturnType<typeof nipplejs.create>;
  private readonly look: TouchLook;
  private moveX = 0;
  private moveY = 0;
  /** Buttons touched now, and buttons touched since the last sample (a quick tap). */
  private held = 0;
  private tapped = 0;
  private readonly pointers = new Map<number, number>();
  private readonly cleanups: (() => void)[] = [];

  /**
   * @param target the look angles to turn (the keyboard-and-mouse look, shared by every device).
   * @param onPause the pause button.
   */
  constructor(
    parent: HTMLElement,
    target: { yawRad: number; pitchRad: number; lookScale: number },
    tuning: TouchLookTuning,
    onPause: () => void,
  ) {
    this.root = div("touch-controls", parent);
    this.root.hidden = true;
    this.moveZone = div("touch-move", this.root);
    this.lookZone = div("touch-look", this.root);
    this.look = new TouchLook(target, tuning);
    this.joystick = nipplejs.create({ zone: this.moveZone, mode: "dynamic", size: STICK_SIZE_PX, color: "rgba(242, 239, 232, 0.8)", fadeTime: 100 });
    this.joystick.on("move", (e) => {
      this.moveX = clampUnit(e.data.vector.x);
      this.moveY = clampUnit(e.data.vector.y);
    });
    this.joystick.on("end", () => {
      this.moveX = this.moveY = 0;
    });
    this.listen(this.lookZone, "pointerdown", (e) => this.look.down(e));
    this.listen(this.lookZone, "pointermove", (e) => this.look.move(e));
    for (const t of ["pointerup", "pointercancel"]) this.listen(this.lookZone, t, (e) => this.look.up(e));
    const pad = div("touch-buttons", this.root);
    for (const b of TOUCH_BUTTONS) this.addButton(pad, b.button, b.label);
    const pause = div("touch-pause", this.root);
    pause.textContent = "II";
    pause.setAttribute("role", "button");
    pause.setAttribute("aria-label", "Pause");
    this.listen(pause, "pointerdown", (e) => {
      e.preventDefault();
      onPause();
    });
  }

  get visible(): boolean {
    return !this.root.hidden;
  }

  show(on: boolean): void {
    if (this.root.hidden === !on) return;
    this.root.hidden = !on;
    if (!on) this.clear();
  }

  /** Replaces the look tuning (the player changed a setting). */
  setTuning(t: TouchLookTuning): void {
    this.look.tuning = t;
  }

  /** Forgets every finger (pause, hide). */
  clear(): void {
    this.moveX = this.moveY = this.held = this.tapped = 0;
    this.pointers.clear();
    this.look.clear();
    for (const b of this.root.querySelectorAll(".touch-button.down")) b.classList.remove("down");
  }

  /** Adds the sticks and buttons to a command sampled from the keyboard. */
  merge(cmd: InputCmd): void {
    if (Math.abs(this.moveX) > Math.abs(cmd.moveX)) cmd.moveX = this.moveX;
    if (Math.abs(this.moveY) > Math.abs(cmd.moveY)) cmd.moveY = this.moveY;
    cmd.buttons = (cmd.buttons | this.held | this.tapped) & BUTTON_MASK;
    this.tapped = 0;
  }

  dispose(): void {
    this.joystick.destroy();
    for (const c of this.cleanups) c();
    this.root.remove();
  }

  private addButton(parent: HTMLElement, name: ButtonName, label: string): void {
    const el = div(`touch-button touch-${name}`, parent);
    el.textContent = label;
    el.dataset.touch = name;
    el.setAttribute("role", "button");
    const bit = Buttons[name];
    this.listen(el, "pointerdown", (e) => {
      e.preventDefault();
      el.setPointerCapture?.(e.pointerId);
      this.pointers.set(e.pointerId, bit);
      this.held |= bit;
      this.tapped |= bit;
      el.classList.add("down");
    });
    const up = (e: PointerEvent) => {
      if (this.pointers.get(e.pointerId) !== bit) return;
      this.pointers.delete(e.pointerId);
      // Another finger may still hold the same button.
      if (![...this.pointers.values()].includes(bit)) {
        this.held &= ~bit;
        el.classList.remove("down");
      }
    };
    for (const t of ["pointerup", "pointercancel"]) this.listen(el, t, up);
  }

  private listen(el: HTMLElement, type: string, fn: (e: PointerEvent) => void): void {
    const h = fn as EventListener;
    el.addEventListener(type, h);
    this.cleanups.push(() => el.removeEventListener(type, h));
  }
}

function div(cls: string, parent: HTMLElement): HTMLElement {
  const d = document.createElement("div");
  d.className = cls;
  parent.append(d);
  return d;
}

function clampUnit(v: number): number {
  return Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
}
