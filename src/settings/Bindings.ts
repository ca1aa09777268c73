import { Buttons, type ButtonName } from "../sim/input/InputCmd";
import { describe, isRecord } from "../rig/validate";

/** Movement actions; each holds keys, and the pad moves with its left stick. */
export const MOVE_ACTIONS = ["forward", "back", "left", "right"] as const;
/** Every action a key or mouse button can be bound to, in the order the settings list them. */
export const KEY_ACTIONS = [
  ...MOVE_ACTIONS,
  "jump",
  "crouch",
  "sprint",
  "fire",
  "aim",
  "reload",
  "melee",
  "use",
  "weaponNext",
  "testBlast",
  "testRecoil",
] as const;
/** Every action a gamepad button can be bound to (sticks are fixed: left moves, right looks). */
export const PAD_ACTIONS = ["jump", "crouch", "sprint", "fire", "aim", "reload", "melee", "use", "weaponNext", "pause"] as const;

export type KeyAction = (typeof KEY_ACTIONS)[number];
export type PadAction = (typeof PAD_ACTIONS)[number];
export type BindingDevice = "keys" | "pad";

/**
 * The player's bindings. Keys by `KeyboardEvent.code` (every layout plays the same), mouse
 * buttons as `Mouse0` (left), `Mouse1` (middle), `Mouse2` (right)...; pad buttons by their
 * index in the standard mapping. Each action holds up to two.
 */
export interface Bindings {
  keys: Record<KeyAction, string[]>;
  pad: Record<PadAction, number[]>;
}

/** How many inputs one action holds. */
export const SLOTS_PER_ACTION = 2;

/** The defaults (the README's controls table). Ctrl+W closes the tab and cannot be prevented, so crouch lives on C. */
export function defaultBindings(): Bindings {
  return {
    keys: {
      forward: ["KeyW", "ArrowUp"],
      back: ["KeyS", "ArrowDown"],
      left: ["KeyA", "ArrowLeft"],
      right: ["KeyD", "ArrowRight"],
      jump: ["Space"],
      crouch: ["KeyC", "ControlLeft"],
      sprint: ["ShiftLeft", "ShiftRight"],
      fire: ["Mouse0"],
      aim: ["Mouse2"],
      reload: ["KeyR"],
      melee: ["KeyF", "KeyV"],
      use: ["KeyE"],
      weaponNext: ["KeyQ"],
      testBlast: ["KeyB"],
      testRecoil: ["KeyN"],
    },
    // Standard mapping: 0 A, 1 B, 2 X, 3 Y, 4 LB, 5 RB, 6 LT, 7 RT, 9 Start, 10 left stick click.
    pad: { jump: [0], crouch: [1], sprint: [10], fire: [7], aim: [6], reload: [2], melee: [5], use: [4], weaponNext: [3], pause: [9] },
  };
}

/** Labels people read on the settings screen and in the controls help. */
export const ACTION_LABELS: Record<KeyAction | PadAction, string> = {
  forward: "Move forward",
  back: "Move back",
  left: "Step left",
  right: "Step right",
  jump: "Jump",
  crouch: "Crouch",
  sprint: "Sprint",
  fire: "Fire / throw",
  aim: "Aim",
  reload: "Reload",
  melee: "Punch",
  use: "Pick up / use / throw",
  weaponNext: "Switch weapon",
  testBlast: "Test: explosion nearby",
  testRecoil: "Test: recoil kick",
  pause: "Pause",
};

/** The InputCmd button each non-movement action sets. */
export function buttonOf(action: KeyAction | PadAction): ButtonName | null {
  return action in Buttons ? (action as ButtonName) : null;
}

/** Esc pauses and frees the mouse (the browser's own rule), so it can never be bound. */
const RESERVED_KEYS = new Set(["Escape"]);
const KEY_CODE = /^(Key[A-Z]|Digit[0-9]|Numpad[0-9A-Za-z]+|F[1-9]|F1[0-2]|Arrow(Up|Down|Left|Right)|Mouse[0-4]|(Shift|Control|Alt|Meta)(Left|Right)|Space|Tab|Enter|Backspace|CapsLock|Backquote|Minus|Equal|BracketLeft|BracketRight|Backslash|Semicolon|Quote|Comma|Period|Slash|Insert|Delete|Home|End|PageUp|PageDown|IntlBackslash)$/;
const MAX_PAD_BUTTON = 16;

/** Whether `code` (a `KeyboardEvent.code` or `MouseN`) may be bound. */
export function isBindableKey(code: string): boolean {
  return KEY_CODE.test(code) && !RESERVED_KEYS.has(code);
}

/**
 * Validates untrusted bindings (parsed JSON) under `path`. Missing actions take their
 * defaults; unknown actions, bad codes, too many per action and one input bound to two
 * actions are errors naming the field (`settings.bindings.keys.jump[0]: "Kye" is not a key`).
 */
export function validateBindings(input: unknown, path: string, errors: string[]): Bindings {
  const out = defaultBindings();
  if (input === undefined) return out;
  if (!isRecord(input)) {
    errors.push(`${path}: ${describe(input)} is not an object`);
    return out;
  }
  for (const k of Object.keys(input)) if (k !== "keys" && k !== "pad") errors.push(`${path}.${k}: unknown field (use keys and pad)`);
  readDevice(input.keys, `${path}.keys`, KEY_ACTIONS, out.keys, (v) => typeof v === "string" && isBindableKey(v), "is not a key or mouse button", errors);
  readDevice(
    input.pad,
    `${path}.pad`,
    PAD_ACTIONS,
    out.pad,
    (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_PAD_BUTTON,
    `is not a pad button (0..${MAX_PAD_BUTTON})`,
    errors,
  );
  for (const device of ["keys", "pad"] as const) {
    const seen = new Map<string | number, string>();
    for (const [action, list] of Object.entries(out[device]) as [string, (string | number)[]][]) {
      for (const code of list) {
        const other = seen.get(code);
        if (other) errors.push(`${path}.${device}.${action}: ${JSON.stringify(code)} is already bound to ${other}`);
        else seen.set(code, action);
      }
    }
  }
  return out;
}

function readDevice<T>(
  input: unknown,
  path: string,
  actions: readonly string[],
  out: Record<string, T[]>,
  valid: (v: unknown) => boolean,
  why: string,
  errors: string[],
): void {
  if (input === undefined) return;
  if (!isRecord(input)) {
    errors.push(`${path}: ${describe(input)} is not an object`);
    return;
  }
  for (const [action, list] of Object.entries(input)) {
    if (!actions.includes(action)) {
      errors.push(`${path}.${action}: unknown action`);
      continue;
    }
    if (!Array.isArray(list) || list.length > SLOTS_PER_ACTION) {
      errors.push(`${path}.${action}: ${describe(list)} is not a list of at most ${SLOTS_PER_ACTION}`);
      continue;
    }
    const bad = list.findIndex((v) => !valid(v));
    if (bad >= 0) errors.push(`${path}.${action}[${bad}]: ${describe(list[bad])} ${why}`);
    else out[action] = list as T[];
  }
}

export type Rebound = { ok: true; bindings: Bindings } | { ok: false; error: string };

/**
 * Binds `code` to `action` in `slot` (0 primary, 1 alternate), or clears the slot when
 * `code` is null. An input already bound to another action is refused with a message
 * naming that action; nothing changes then.
 */
export function rebind(b: Bindings, device: BindingDevice, action: KeyAction | PadAction, slot: number, code: string | number | null): Rebound {
  const table = b[device] as Record<string, (string | number)[]>;
  if (!(action in table)) return { ok: false, error: `${ACTION_LABELS[action]} cannot be bound on ${device === "keys" ? "the keyboard" : "a gamepad"}` };
  if (code !== null) {
    if (device === "keys" && !(typeof code === "string" && isBindableKey(code))) return { ok: false, error: `${inputLabel(device, code)} cannot be bound` };
    for (const [other, list] of Object.entries(table)) {
      if (other !== action && list.includes(code)) {
        return { ok: false, error: `${inputLabel(device, code)} is already bound to “${ACTION_LABELS[other as KeyAction]}”. Unbind it there first.` };
      }
    }
  }
  const list = table[action].slice();
  if (code === null) list.splice(slot, 1);
  else if (slot < list.length) list[slot] = code;
  else list.push(code);
  const next = { keys: { ...b.keys }, pad: { ...b.pad } };
  (next[device] as Record<string, (string | number)[]>)[action] = [...new Set(list)].slice(0, SLOTS_PER_ACTION);
  return { ok: true, bindings: next };
}

const PAD_NAMES = ["A", "B", "X", "Y", "LB", "RB", "LT", "RT", "Back", "Start", "Left stick click", "Right stick click", "D-pad up", "D-pad down", "D-pad left", "D-pad right", "Home"];
const MOUSE_NAMES = ["Left mouse", "Middle mouse", "Right mouse", "Mouse 4", "Mouse 5"];
const ARROWS: Record<string, string> = { ArrowUp: "↑", ArrowDown: "↓", ArrowLeft: "←", ArrowRight: "→" };

/** What a person calls an input: `KeyW` → "W", `Mouse2` → "Right mouse", pad 7 → "RT". */
export function inputLabel(device: BindingDevice, code: string | number): string {
  if (device === "pad") return PAD_NAMES[code as number] ?? `Button ${code}`;
  const c = String(code);
  if (c.startsWith("Mouse")) return MOUSE_NAMES[Number(c.slice(5))] ?? c;
  if (ARROWS[c]) return ARROWS[c];
  const m = /^(Key|Digit)(.)$/.exec(c);
  if (m) return m[2];
  const side = /^(Shift|Control|Alt|Meta)(Left|Right)$/.exec(c);
  if (side) return `${side[2] === "Left" ? "Left" : "Right"} ${side[1] === "Control" ? "Ctrl" : side[1]}`;
  return c;
}

/** The controls help as lines (inputs, action), from the current bindings. */
export function controlsHelp(b: Bindings): [string, string][] {
  const keys = (a: KeyAction) => b.keys[a].map((k) => inputLabel("keys", k)).join(" / ") || "(unbound)";
  const lines: [string, string][] = [
    [`${keys("forward")}, ${keys("left")}, ${keys("back")}, ${keys("right")}`, "move"],
    ["Mouse", "look (click the game to capture the mouse)"],
  ];
  for (const a of KEY_ACTIONS) if (!(MOVE_ACTIONS as readonly string[]).includes(a)) lines.push([keys(a), ACTION_LABELS[a].toLowerCase()]);
  lines.push(["Esc", "pause"]);
  return lines;
}
