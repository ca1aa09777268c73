import type { PieceId } from "../../content/pieces";
import type { BotBehaviour } from "./BotBehaviour";
import { Brawl } from "./Brawl";
import { ThrowProps } from "./ThrowProps";
import { WalkTheRoute } from "./WalkTheRoute";
import { RooftopsChase } from "./RooftopsChase";

/**
 * What a set piece adds to the bot (climbing its stairs, vaulting, using its ladders,
 * dodging what is thrown at Henry): one line per piece here, the behaviours in their own
 * files beside this one. Each entry makes fresh instances for one bot. The core
 * behaviours (weapons, healing, fighting, following the script) apply to every piece.
 */
export const PIECE_BOT_BEHAVIOURS: Partial<Record<PieceId, () => BotBehaviour[]>> = {
  office: () => [new WalkTheRoute(), new ThrowProps(), new Brawl()],
  rooftops: () => [new RooftopsChase()],
};

/** The extra behaviours of a piece's bot (none for a piece that needs nothing special). */
export function pieceBehaviours(piece: string | undefined): BotBehaviour[] {
  const make = piece ? PIECE_BOT_BEHAVIOURS[piece as PieceId] : undefined;
  return make ? make() : [];
}
