import { createSim } from "../../src/sim/createSim";
import { Buttons, type InputCmd, neutralCmd } from "../../src/sim/input/InputCmd";
import type { Sim } from "../../src/sim/SimTypes";
import type { Level } from "../../src/sim/world/Level";
import { makeTestLevel } from "../../src/sim/world/levels/testRoom";

/** A sim on the test room with the player at `anchorName`. */
export function simAt(anchorName: string, level: Level = makeTestLevel()): Sim {
  return createSim({ level: { ...level, spawn: anchorName }, seed: 1 });
}

/** A command: forward/strafe axes, yaw (radians), buttons by name. */
export function cmd(moveY = 0, moveX = 0, yawRad = 0, ...buttons: (keyof typeof Buttons)[]): InputCmd {
  const c = neutralCmd();
  c.moveY = moveY;
  c.moveX = moveX;
  c.yawRad = yawRad;
  for (const b of buttons) c.buttons |= Buttons[b];
  return c;
}

/** Steps `ticks` times with the same command, calling `each` after every tick. */
export function run(sim: Sim, c: InputCmd, ticks: number, each?: (sim: Sim) => void): void {
  for (let i = 0; i < ticks; i++) {
    sim.step(c);
    each?.(sim);
  }
}

export function horizontalSpeed(sim: Sim): number {
  return Math.hypot(sim.player.velocity.x, sim.player.velocity.z);
}
