import { isPieceId, PIECE_IDS, type PieceId } from "../content/pieces";
import { isPlayable } from "../sim/world/levels/index";
import { BadInput } from "./cliArgs";

/** The set pieces, saying which are built: "built: awakening, street; not built yet: army". */
export function piecesText(): string {
  const built = PIECE_IDS.filter((id) => isPlayable(id));
  const planned = PIECE_IDS.filter((id) => !isPlayable(id));
  return `built: ${built.join(", ")}${planned.length ? `; not built yet: ${planned.join(", ")}` : ""}`;
}

/** A built piece named by `--<flag>`, or a `BadInput` naming the flag and listing which pieces are built. */
export function pieceArg(value: string | undefined, flag = "piece"): PieceId {
  if (value === undefined) throw new BadInput(`--${flag} is missing (${piecesText()})`);
  if (!isPieceId(value)) throw new BadInput(`--${flag}: unknown piece ${JSON.stringify(value)} (${piecesText()})`);
  if (!isPlayable(value)) throw new BadInput(`--${flag}: ${value} is not built yet (${piecesText()})`);
  return value;
}
