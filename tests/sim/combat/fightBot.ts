import { Buttons, type InputCmd } from "../../../src/sim/input/InputCmd";
import type { CoreSim } from "../../../src/sim/createSim";

/**
 * A scripted fighter for tests: walks toward an anchor; when a living mercenary is in
 * sight (the core's LOS grid), stops, aims at its chest and fires. Reads only the sim's
 * state, so its take is deterministic.
 */
export function fightBot(sim: CoreSim, goal: [number, number], cmd: InputCmd): InputCmd {
  const p = sim.player.position;
  const eyeY = p.y + sim.player.eyeHeightM;
  const los = sim.internals.combat.los;
  let target = -1;
  let best = 40;
  sim.combat.mercs.forEach((m, i) => {
    if (!m.active || !m.alive) return;
    const d = Math.hypot(m.position.x - p.x, m.position.z - p.z);
    if (d < best && los.clear(p.x, eyeY, p.z, m.position.x, m.position.y + 1.2, m.position.z)) {
      best = d;
      target = i;
    }
  });
  cmd.buttons = 0;
  cmd.moveX = 0;
  if (target >= 0) {
    const m = sim.combat.mercs[target];
    const dx = m.position.x - p.x;
    const dz = m.position.z - p.z;
    const dy = m.position.y + 1.2 - eyeY;
    cmd.yawRad = Math.atan2(-dx, -dz);
    cmd.pitchRad = Math.atan2(dy, Math.hypot(dx, dz)) - sim.player.aimKickPitchRad;
    // Close in to 16 m, shooting on the way.
    cmd.moveY = best > 16 ? 1 : 0;
    // Semi-automatic: press on alternate ticks.
    if (sim.tick % 2 === 0) cmd.buttons |= Buttons.fire;
    cmd.buttons |= Buttons.aim;
    if (sim.player.magazine === 0) cmd.buttons |= Buttons.reload;
  } else {
    const dx = goal[0] - p.x;
    const dz = goal[1] - p.z;
    cmd.yawRad = Math.atan2(-dx, -dz);
    cmd.pitchRad = 0;
    cmd.moveY = Math.hypot(dx, dz) > 1 ? 1 : 0;
    if (sim.player.magazine < 6 && sim.tick % 2 === 0) cmd.buttons |= Buttons.reload;
  }
  return cmd;
}
