import { DAY_ID, isDay } from "../content/day";
import { isPieceId, PIECE_IDS, type PieceId } from "../content/pieces";
import { isPlayable, playablePieces } from "../sim/world/levels/index";
import { MAX_SEED, parseSeedText } from "../sim/core/seed";
import { isQualitySetting, QUALITY_LEVELS, type QualitySetting } from "../view/quality/QualityLevels";

export type Mode = "title" | "play" | "lab" | "cinema";

/** What the page was asked for in its URL, after validation. */
export interface LaunchOptions {
  mode: "play" | "lab" | "cinema";
  /** A set piece, or the whole day (`day`: every playable piece in story order). */
  piece: PieceId | typeof DAY_ID | null;
  rig: string | null;
  autopilot: boolean;
  seed: number;
  speed: number;
  /** `quality=` pins a quality level (or asks for auto) for this visit, over the setting; null: the setting decides. */
  quality: QualitySetting | null;
  /** `touch=1`: the touch controls show whatever the device or the settings say. */
  touch: boolean;
}

export interface ParsedUrl {
  options: LaunchOptions;
  /** One message per bad parameter; when non-empty the page falls back to the title screen. */
  errors: string[];
}

const KNOWN = new Set(["piece", "rig", "autopilot", "seed", "speed", "mode", "quality", "touch"]);

/**
 * Reads the game page's URL parameters (README.md, "URL parameters"). Never throws; every bad value
 * gets a message naming the parameter and what it accepts.
 * @param isRigPreset tells whether a `rig` value names a preset.
 */
export function parseUrlParams(search: string, isRigPreset: (id: string) => boolean): ParsedUrl {
  const q = new URLSearchParams(search);
  const errors: string[] = [];
  const options: LaunchOptions = { mode: "play", piece: null, rig: null, autopilot: false, seed: 1, speed: 1, quality: null, touch: false };
  for (const key of q.keys()) {
    if (!KNOWN.has(key)) errors.push(`Unknown parameter "${key}". Known: ${[...KNOWN].join(", ")}.`);
  }
  const mode = q.get("mode");
  if (mode !== null) {
    if (mode === "play" || mode === "lab" || mode === "cinema") options.mode = mode;
    else errors.push(`mode=${short(mode)} is not a mode. Use play, lab or cinema.`);
  }
  const piece = q.get("piece");
  if (piece !== null) {
    if (isDay(piece)) options.piece = DAY_ID;
    else if (!isPieceId(piece)) {
      errors.push(`piece=${short(piece)} is not a set piece. Use one of: ${PIECE_IDS.join(", ")}, or ${DAY_ID} for the whole day.`);
    } else if (!isPlayable(piece)) {
      errors.push(`The set piece "${piece}" is not built yet. Available: ${availableList()}.`);
    } else options.piece = piece;
  }
  const rig = q.get("rig");
  if (rig !== null) {
    if (isRigPreset(rig)) options.rig = rig;
    else errors.push(`rig=${short(rig)} is not a camera preset.`);
  }
  const autopilot = flag(q, "autopilot", errors);
  if (autopilot !== null) options.autopilot = autopilot;
  const touch = flag(q, "touch", errors);
  if (touch !== null) options.touch = touch;
  const seed = q.get("seed");
  if (seed !== null) {
    const n = parseSeedText(seed);
    if (n !== null) options.seed = n;
    else errors.push(`seed=${short(seed)}: use a whole number from 0 to ${MAX_SEED}.`);
  }
  const speed = q.get("speed");
  if (speed !== null) {
    const n = Number(speed);
    if (speed.trim() !== "" && Number.isFinite(n) && n >= 1 && n <= 20) options.speed = n;
    else errors.push(`speed=${short(speed)}: use a number from 1 to 20.`);
  }
  const quality = q.get("quality");
  if (quality !== null) {
    if (isQualitySetting(quality)) options.quality = quality;
    else errors.push(`quality=${short(quality)} is not a quality level. Use ${QUALITY_LEVELS.join(", ")} or auto.`);
  }
  return { options, errors };
}

/** A 1/0 (or true/false) parameter: its value, null when absent, an error naming it when neither. */
function flag(q: URLSearchParams, name: string, errors: string[]): boolean | null {
  const v = q.get(name);
  if (v === null) return null;
  if (v === "1" || v === "true") return true;
  if (v === "0" || v === "false") return false;
  errors.push(`${name}=${short(v)}: use 1 or 0.`);
  return null;
}

function availableList(): string {
  return playablePieces()
    .map((p) => p.id)
    .join(", ");
}

function short(s: string): string {
  const t = s.length > 32 ? `${s.slice(0, 32)}…` : s;
  return JSON.stringify(t);
}
