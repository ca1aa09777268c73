import { type PieceId, pieceTitle } from "../content/pieces";
import { playablePieces } from "../sim/world/levels/index";
import type { EndCardFigures } from "../ui/Credits";
import type { GameSession } from "../session/GameSession";
import { ticksToSeconds } from "../sim/core/time";
import type { SettingsStore } from "../settings/SettingsStore";

/**
 * What the end card shows for a finished session, after keeping a new best time (a
 * player's run only: the autopilot sets no records).
 */
export function finishPiece(piece: PieceId, session: GameSession, settings: SettingsStore): EndCardFigures {
  const sim = session.sim;
  const seconds = ticksToSeconds(sim.script?.finishTick ?? sim.tick);
  const best = settings.get().bestTimesS[piece];
  if (!session.autopilot && (best === undefined || seconds < best)) {
    settings.update({ bestTimesS: { ...settings.get().bestTimesS, [piece]: Math.round(seconds * 10) / 10 } });
  }
  return {
    title: pieceTitle(piece),
    seconds,
    bestSeconds: settings.get().bestTimesS[piece] ?? null,
    shotsFired: sim.combat.stats.shotsFired,
    hits: sim.combat.stats.hits,
    camerasDestroyed: sim.camerasDestroyed,
    glassBroken: sim.combat.stats.glassBroken,
    propsThrown: sim.combat.stats.propsThrown,
  };
}

/** The next playable piece in story order, or null after the last one built. */
export function nextPiece(piece: PieceId): PieceId | null {
  const playable = playablePieces();
  return playable[playable.findIndex((p) => p.id === piece) + 1]?.id ?? null;
}
