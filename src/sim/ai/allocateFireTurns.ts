import { FIXED_DT } from "../core/time";
import type { Merc } from "./Merc";

/** A mercenary keeps its turn to shoot at most this long while others wait for one, seconds. */
export const FIRE_TURN_S = 3;

/**
 * Who may shoot at Henry this tick: at most `maxShooters` of the mercenaries that see him
 * hold a turn; the others aim, move and take cover but hold their fire. A turn passes on
 * when its holder loses sight of Henry or has held it `FIRE_TURN_S` while another waits,
 * to the one that has waited longest (ties: the lower slot). A fight of five is then a
 * fight against two or three guns at a time, which a person can read and answer.
 */
export function allocateFireTurns(mercs: readonly Merc[], maxShooters: number): void {
  let holders = 0;
  let waiting = 0;
  for (const m of mercs) {
    if (!m.active || !m.alive || !m.sees) {
      m.fireTurn = false;
      m.turnS = 0;
      m.waitS = 0;
      continue;
    }
    if (m.fireTurn) holders++;
    else waiting++;
  }
  // Hand back turns held long enough while someone waits.
  for (const m of mercs) {
    if (waiting === 0 || holders < maxShooters) break;
    if (m.fireTurn && m.turnS >= FIRE_TURN_S) {
      m.fireTurn = false;
      m.turnS = 0;
      holders--;
    }
  }
  while (holders < maxShooters) {
    let best: Merc | null = null;
    for (const m of mercs) {
      if (!m.active || !m.alive || !m.sees || m.fireTurn) continue;
      if (!best || m.waitS > best.waitS) best = m;
    }
    if (!best) break;
    best.fireTurn = true;
    best.turnS = 0;
    best.waitS = 0;
    holders++;
  }
  for (const m of mercs) {
    if (!m.active || !m.alive || !m.sees) continue;
    if (m.fireTurn) m.turnS += FIXED_DT;
    else m.waitS += FIXED_DT;
  }
}
