import type { ButtonName } from "../sim/input/InputCmd";

/** Keys by `KeyboardEvent.code`, so every keyboard layout plays the same. */
export const KEY_BINDINGS = {
  forward: ["KeyW", "ArrowUp"],
  back: ["KeyS", "ArrowDown"],
  left: ["KeyA", "ArrowLeft"],
  right: ["KeyD", "ArrowRight"],
} as const;

export const BUTTON_KEYS: Partial<Record<ButtonName, readonly string[]>> = {
  jump: ["Space"],
  // Ctrl+W closes the tab and cannot be prevented, so crouch lives on C.
  crouch: ["KeyC", "ControlLeft"],
  sprint: ["ShiftLeft", "ShiftRight"],
  reload: ["KeyR"],
  melee: ["KeyV", "KeyF"],
  use: ["KeyE"],
  weaponNext: ["KeyQ"],
  testBlast: ["KeyB"],
  testRecoil: ["KeyN"],
};

export const MOUSE_BUTTONS: Partial<Record<ButtonName, number>> = { fire: 0, aim: 2 };

/** Lines for the README and the pause screen. */
export const CONTROLS_HELP: readonly [string, string][] = [
  ["W A S D / arrows", "move"],
  ["Mouse", "look (click the game to capture the mouse)"],
  ["Shift", "sprint"],
  ["C (or left Ctrl)", "crouch"],
  ["Space", "jump"],
  ["Left mouse", "fire (hold for the rifle); throws what you hold"],
  ["Right mouse", "aim (tighter spread, narrower view)"],
  ["R", "reload"],
  ["F or V", "punch (metal knuckles)"],
  ["E", "pick up a prop or grenade / throw it; take a dropped weapon"],
  ["Q", "switch weapon"],
  ["Esc", "pause"],
  ["B", "test: an explosion nearby (camera rig)"],
  ["N", "test: a recoil kick (camera rig)"],
];
