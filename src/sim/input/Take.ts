import { isPieceId, type PieceId } from "../../content/pieces";
import type { Difficulty } from "../ai/MercConfig";
import { SIM_BUILD } from "../build";
import { seedProblem } from "../core/seed";
import { createSim } from "../createSim";
import type { Sim } from "../SimTypes";
import type { Level } from "../world/Level";
import { levelForPiece } from "../world/levels/index";
import { BUTTON_MASK, type InputCmd } from "./InputCmd";

export const TAKE_FORMAT = "headcam-take";
export const TAKE_VERSION = 1;

/** One command as stored in a take: [moveX, moveY, yawRad, pitchRad, buttons]. */
export type TakeCmd = [number, number, number, number, number];

/** A recorded run: a seed and one command per tick replay it exactly on the same build. */
export interface Take {
  format: typeof TAKE_FORMAT;
  version: typeof TAKE_VERSION;
  build: string;
  piece: PieceId;
  seed: number;
  /** Enemy difficulty the run was played on (added to the format; absent means "normal"). */
  difficulty?: Difficulty;
  ticks: number;
  cmds: TakeCmd[];
}

export type ParseTakeResult = { ok: true; take: Take } | { ok: false; error: string };

/** Records one command per tick. */
export class TakeRecorder {
  private readonly cmds: TakeCmd[] = [];

  constructor(
    readonly piece: PieceId,
    readonly seed: number,
    readonly build: string = SIM_BUILD,
    readonly difficulty: Difficulty = "normal",
  ) {}

  /** Appends the command stepped this tick (copied). */
  push(cmd: InputCmd): void {
    this.cmds.push([cmd.moveX, cmd.moveY, cmd.yawRad, cmd.pitchRad, cmd.buttons]);
  }

  get ticks(): number {
    return this.cmds.length;
  }

  toTake(): Take {
    return {
      format: TAKE_FORMAT,
      version: TAKE_VERSION,
      build: this.build,
      piece: this.piece,
      seed: this.seed,
      difficulty: this.difficulty,
      ticks: this.cmds.length,
      cmds: this.cmds.slice(),
    };
  }
}

/** The take as JSON text, one command per line so diffs stay readable. */
export function serializeTake(take: Take): string {
  const { format, version, build, piece, seed, difficulty, ticks } = take;
  // Written with cmds last so the head ends in `"cmds":[]}`; cut that and stream the commands.
  const head = JSON.stringify({ format, version, build, piece, seed, difficulty, ticks, cmds: [] }).slice(0, -3);
  const lines = take.cmds.map((c) => JSON.stringify(c));
  return `${head}[\n${lines.join(",\n")}\n]}\n`;
}

/** Writes a stored command into `target`. */
export function takeCmdToInput(c: TakeCmd, target: InputCmd): InputCmd {
  target.moveX = c[0];
  target.moveY = c[1];
  target.yawRad = c[2];
  target.pitchRad = c[3];
  target.buttons = c[4];
  return target;
}

const CMD_FIELDS = ["moveX", "moveY", "yawRad", "pitchRad", "buttons"] as const;

function cmdError(c: unknown, i: number): string | null {
  if (!Array.isArray(c) || c.length !== 5) return `cmds[${i}] is not an array of 5 numbers`;
  for (let f = 0; f < 5; f++) {
    const v = c[f];
    const name = CMD_FIELDS[f];
    if (typeof v !== "number" || !Number.isFinite(v)) return `cmds[${i}].${name} is not a finite number`;
    if (f < 2 && Math.abs(v) > 1) return `cmds[${i}].${name} is ${v}, outside -1..1`;
    if (f === 4 && (!Number.isInteger(v) || v < 0 || (v & ~BUTTON_MASK) !== 0))
      return `cmds[${i}].buttons is ${v}, not a valid button bitfield`;
  }
  return null;
}

/**
 * Validates a take file. Never throws: refuses with a message naming the problem (not
 * JSON, wrong format, a missing or invalid field, a newer version, another build, a
 * truncated command list, a bad command with its index and field).
 */
export function parseTake(text: string, expectedBuild: string = SIM_BUILD): ParseTakeResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not a take: not valid JSON (${(e as Error).message})` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { ok: false, error: "not a take: the file is not a JSON object" };
  const d = data as Record<string, unknown>;
  if (d.format !== TAKE_FORMAT)
    return { ok: false, error: `not a take: format is ${JSON.stringify(d.format)}, expected "${TAKE_FORMAT}"` };
  if (typeof d.version !== "number" || !Number.isInteger(d.version) || d.version < 1)
    return { ok: false, error: "invalid field version: expected a positive integer" };
  if (d.version > TAKE_VERSION)
    return { ok: false, error: `version ${d.version} is newer than this build reads (${TAKE_VERSION})` };
  if (typeof d.build !== "string") return { ok: false, error: "missing or invalid field build: expected a string" };
  if (d.build !== expectedBuild)
    return {
      ok: false,
      error: `take was recorded by build ${d.build}; this is build ${expectedBuild} and replays only its own takes`,
    };
  if (!isPieceId(d.piece)) return { ok: false, error: `missing or invalid field piece: ${JSON.stringify(d.piece)}` };
  const seedWrong = seedProblem(d.seed);
  if (seedWrong) return { ok: false, error: `missing or invalid field seed: ${seedWrong}` };
  if (typeof d.ticks !== "number" || !Number.isInteger(d.ticks) || d.ticks < 0)
    return { ok: false, error: "missing or invalid field ticks: expected a non-negative integer" };
  if (d.difficulty !== undefined && d.difficulty !== "easy" && d.difficulty !== "normal" && d.difficulty !== "hard")
    return { ok: false, error: `invalid field difficulty: ${JSON.stringify(d.difficulty)}, expected easy, normal or hard` };
  if (!Array.isArray(d.cmds)) return { ok: false, error: "missing or invalid field cmds: expected an array" };
  if (d.cmds.length !== d.ticks)
    return { ok: false, error: `truncated take: ticks says ${d.ticks} but cmds holds ${d.cmds.length}` };
  for (let i = 0; i < d.cmds.length; i++) {
    const err = cmdError(d.cmds[i], i);
    if (err) return { ok: false, error: `bad command: ${err}` };
  }
  return { ok: true, take: data as Take };
}

/**
 * Replays a take from tick 0 on `level` (default: the piece's level built with the take's
 * seed) and returns the sim at its end and its state hash.
 */
export function replayTake(take: Take, level?: Level): { sim: Sim; stateHash: string } {
  const lvl = level ?? levelForPiece(take.piece, take.seed);
  if (!lvl) throw new Error(`piece "${take.piece}" has no level in this build`);
  const sim = createSim({ level: lvl, seed: take.seed, piece: take.piece, difficulty: take.difficulty ?? "normal" });
  const cmd: InputCmd = { moveX: 0, moveY: 0, yawRad: 0, pitchRad: 0, buttons: 0 };
  for (const c of take.cmds) sim.step(takeCmdToInput(c, cmd));
  return { sim, stateHash: sim.stateHash() };
}
