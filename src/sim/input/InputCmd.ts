/**
 * Button bits of an InputCmd. The full set exists from the start so that takes recorded
 * today stay valid when weapons and melee arrive.
 */
export const Buttons = {
  jump: 1 << 0,
  crouch: 1 << 1,
  sprint: 1 << 2,
  fire: 1 << 3,
  aim: 1 << 4,
  reload: 1 << 5,
  melee: 1 << 6,
  use: 1 << 7, // use / pick up / throw
  weaponNext: 1 << 8,
  weaponPrev: 1 << 9,
  /** Test key: fires an explosion impulse at a seeded spot near the player (rig demo). */
  testBlast: 1 << 10,
  /** Test key: fires a recoil punch (rig demo, until weapons exist). */
  testRecoil: 1 << 11,
} as const;
export type ButtonName = keyof typeof Buttons;
export const BUTTON_MASK = (1 << 12) - 1;

/**
 * One tick of player intent. Input is data: a stream of these plus a seed is a take.
 * Look angles are absolute (after sensitivity), so a replay never integrates mouse deltas.
 */
export interface InputCmd {
  /** Strafe axis, -1 (left) .. 1 (right). */
  moveX: number;
  /** Forward axis, -1 (back) .. 1 (forward). */
  moveY: number;
  /** Absolute yaw in radians; 0 looks down -Z, positive turns left. */
  yawRad: number;
  /** Absolute pitch in radians; positive looks up, clamped to ±89°. */
  pitchRad: number;
  /** Bitfield of `Buttons`. */
  buttons: number;
}

export function neutralCmd(): InputCmd {
  return { moveX: 0, moveY: 0, yawRad: 0, pitchRad: 0, buttons: 0 };
}

export function copyCmd(from: InputCmd, to: InputCmd): InputCmd {
  to.moveX = from.moveX;
  to.moveY = from.moveY;
  to.yawRad = from.yawRad;
  to.pitchRad = from.pitchRad;
  to.buttons = from.buttons;
  return to;
}

export function isDown(cmd: InputCmd, button: ButtonName): boolean {
  return (cmd.buttons & Buttons[button]) !== 0;
}
