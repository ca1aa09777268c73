import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import { type DaySplit, DAY_ID, isDay } from "../content/day";
import { isPieceId, PIECE_IDS, type PieceId, scriptOf } from "../content/pieces";
import { Hasher } from "../sim/core/Hasher";
import { createSim } from "../sim/createSim";
import { parseTake, type Take } from "../sim/input/Take";
import type { Sim } from "../sim/SimTypes";
import { GameSession } from "../session/GameSession";
import type { CmdSource } from "../session/StepObserver";
import { TakePlayer } from "../session/TakeSources";
import { TICK_HZ } from "../sim/core/time";
import { isPlayable, levelForPiece, playablePieces } from "../sim/world/levels/index";
import { PieceAutopilot } from "../sim/script/PieceAutopilot";
import { DIFFICULTIES, type Difficulty } from "../sim/ai/MercConfig";

const USAGE = `Usage: npm run sim -- --piece <id> [--autopilot] [--seed N] [--difficulty easy|normal|hard] [--ticks N] [--take file.json]

Runs a set piece headless and prints one JSON line: { piece, completed, ticks, seconds,
stateHash, shotsFired, hits, kills, deaths, camerasDestroyed }. Without --ticks it runs
until the piece ends, capped at the piece's time budget. Exit 2 on bad input.`;

/** The one JSON line this tool ends with (`splits` for the whole day only). */
export interface SimRunResult {
  piece: PieceId | typeof DAY_ID;
  completed: boolean;
  ticks: number;
  seconds: number;
  stateHash: string;
  shotsFired: number;
  hits: number;
  kills: number;
  deaths: number;
  camerasDestroyed: number;
  /** Panes of glass broken (0 where a piece has none). */
  glassBroken: number;
  /** Props Henry threw (grenades not counted). */
  propsThrown: number;
  splits?: DaySplit[];
  /** Parkour verbs done (0 where a piece has none). */
  vaults: number;
  mantles: number;
  climbs: number;
  gapJumps: number;
}

export interface Args {
  piece: PieceId | typeof DAY_ID;
  autopilot: boolean;
  seed: number;
  /** Most ticks to run; null: the piece's time budget (a take: its own length). */
  ticks: number | null;
  take: Take | null;
  /** Default "normal"; a take keeps the difficulty it was recorded on. */
  difficulty?: Difficulty;
}

export class BadInput extends Error {}

function intArg(name: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^-?\d+$/.test(value)) throw new BadInput(`--${name} needs an integer, got ${JSON.stringify(value)}`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new BadInput(`--${name} must be an integer >= ${min}, got ${value}`);
  return n;
}

/** Reads `--difficulty`'s value, naming the field when it is not one of the three. */
export function difficultyArg(value: string | undefined): Difficulty {
  const d = DIFFICULTIES.find((x) => x === value);
  if (!d) throw new BadInput(`--difficulty must be one of ${DIFFICULTIES.join(", ")}, got ${JSON.stringify(value)}`);
  return d;
}

/** The piece a run may name, or a message naming the wrong one. */
export function playablePiece(piece: string | undefined): PieceId {
  const ids = PIECE_IDS.join(", ");
  if (piece === undefined) throw new BadInput(`missing --piece <id> (one of: ${ids})`);
  if (!isPieceId(piece)) throw new BadInput(`unknown piece ${JSON.stringify(piece)} (one of: ${ids})`);
  if (!isPlayable(piece)) throw new BadInput(`piece ${piece} is not available in this build yet`);
  return piece;
}

function parseArgs(argv: string[]): Args | "help" {
  let piece: string | undefined;
  let autopilot = false;
  let seed = 1;
  let ticks: number | null = null;
  let difficulty: Difficulty | undefined;
  let take: Take | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") return "help";
    if (a === "--piece") piece = argv[++i];
    else if (a === "--autopilot") autopilot = true;
    else if (a === "--seed") seed = intArg("seed", argv[++i], 0);
    else if (a === "--difficulty") difficulty = difficultyArg(argv[++i]);
    else if (a === "--ticks") ticks = intArg("ticks", argv[++i], 1);
    else if (a === "--take") {
      const file = argv[++i];
      if (!file) throw new BadInput("--take needs a file name");
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        throw new BadInput(`cannot read take ${file}: ${(e as Error).message}`);
      }
      const parsed = parseTake(text);
      if (!parsed.ok) throw new BadInput(`bad take ${file}: ${parsed.error}`);
      take = parsed.take;
    } else throw new BadInput(`unknown argument ${JSON.stringify(a)}`);
  }
  if (take) {
    piece ??= take.piece;
    seed = take.seed;
    ticks = take.ticks;
    const recorded = take.difficulty ?? "normal";
    if (difficulty !== undefined && difficulty !== recorded) throw new BadInput(`--difficulty ${difficulty}: the take was recorded on ${recorded}`);
  }
  if (take && isPieceId(piece) && take.piece !== piece) throw new BadInput(`the take is of piece ${take.piece}, not ${piece}`);
  if (isDay(piece)) {
    if (take) throw new BadInput("a take is of one set piece; --piece day plays them all");
    return { piece, autopilot, seed, ticks, take, difficulty };
  }
  return { piece: playablePiece(piece), autopilot, seed, ticks, take, difficulty };
}

/** Ticks a run may take: `--ticks`, else the take's length, else the piece's time budget. */
export function tickCap(args: Args & { piece: PieceId }): number {
  if (args.ticks !== null) return args.ticks;
  const budgetS = scriptOf(args.piece)?.budgetS;
  if (budgetS === undefined) throw new BadInput(`piece ${args.piece} has no time budget; pass --ticks`);
  return Math.round(budgetS * TICK_HZ);
}

function reachedEnd(sim: Sim): boolean {
  const end = sim.level.anchors["end"];
  if (!end) return false;
  const p = sim.player.position;
  return Math.hypot(p.x - end.position[0], p.z - end.position[2]) < 2;
}

/** Runs the core headless as the arguments say; prints progress and returns the result. */
export function runSim(args: Args, log: (line: string) => void): SimRunResult {
  return isDay(args.piece) ? runDay(args, log) : runPiece({ ...args, piece: args.piece }, log);
}

/**
 * The whole day: every playable piece in story order, one after the other, each from its
 * start with full health (the same seed for each). `ticks` caps the day; the counts add up.
 */
function runDay(args: Args, log: (line: string) => void): SimRunResult {
  const splits: DaySplit[] = [];
  const h = new Hasher();
  const sum: SimRunResult = { piece: DAY_ID, completed: true, ticks: 0, seconds: 0, stateHash: "", shotsFired: 0, hits: 0, kills: 0, deaths: 0, camerasDestroyed: 0, glassBroken: 0, propsThrown: 0, vaults: 0, mantles: 0, climbs: 0, gapJumps: 0 };
  for (const { id: piece } of playablePieces()) {
    const left = args.ticks === null ? null : args.ticks - sum.ticks;
    if (left !== null && left <= 0) {
      sum.completed = false;
      break;
    }
    log(`day: ${piece}`);
    const r = runPiece({ ...args, piece, ticks: left }, log);
    splits.push({ piece, seconds: r.seconds, completed: r.completed });
    h.str(r.stateHash);
    sum.ticks += r.ticks;
    sum.shotsFired += r.shotsFired;
    sum.hits += r.hits;
    sum.kills += r.kills;
    sum.deaths += r.deaths;
    sum.camerasDestroyed += r.camerasDestroyed;
    sum.glassBroken += r.glassBroken;
    sum.propsThrown += r.propsThrown;
    sum.vaults += r.vaults;
    sum.mantles += r.mantles;
    sum.climbs += r.climbs;
    sum.gapJumps += r.gapJumps;
    if (!r.completed) {
      sum.completed = false;
      break;
    }
  }
  sum.seconds = sum.ticks / TICK_HZ;
  sum.stateHash = h.hex();
  sum.splits = splits;
  return sum;
}

function runPiece(args: Args & { piece: PieceId }, log: (line: string) => void): SimRunResult {
  const level = levelForPiece(args.piece, args.seed);
  if (!level) throw new BadInput(`piece ${args.piece} has no level yet`);
  const difficulty = args.take?.difficulty ?? args.difficulty ?? "normal";
  const sim = createSim({ level, seed: args.seed, piece: args.piece, difficulty });
  const pilot = args.autopilot && !args.take ? new PieceAutopilot(sim) : null;
  // The game's session steps the core here too (no rig: nothing here looks through it).
  const source: CmdSource = args.take ? new TakePlayer(args.take) : pilot ? { next: (_s, cmd) => void pilot.next(cmd) } : { next: () => {} };
  const session = new GameSession({ piece: args.piece, sim, source, autopilot: true });
  const cap = tickCap(args);
  let completed = false;
  let ticks = 0;
  for (; ticks < cap; ticks++) {
    session.step();
    if (sim.script ? sim.script.finished : reachedEnd(sim)) {
      completed = true;
      ticks++;
      break;
    }
    if ((ticks + 1) % (TICK_HZ * 10) === 0) {
      const p = sim.player.position;
      log(`t=${(ticks + 1) / TICK_HZ}s player=(${p.x.toFixed(2)}, ${p.y.toFixed(2)}, ${p.z.toFixed(2)})`);
    }
  }
  const result: SimRunResult = {
    piece: args.piece,
    completed,
    ticks,
    seconds: ticks / TICK_HZ,
    stateHash: sim.stateHash(),
    shotsFired: sim.combat.stats.shotsFired,
    hits: sim.combat.stats.hits,
    kills: sim.combat.stats.kills,
    deaths: sim.combat.stats.deaths,
    camerasDestroyed: sim.camerasDestroyed,
    glassBroken: sim.combat.stats.glassBroken,
    propsThrown: sim.combat.stats.propsThrown,
    vaults: sim.moveStats.vaults,
    mantles: sim.moveStats.mantles,
    climbs: sim.moveStats.climbs,
    gapJumps: sim.moveStats.gapJumps,
  };
  session.dispose();
  return result;
}

function main(): void {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args === "help") {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    const result = runSim(args, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (e) {
    if (!(e instanceof BadInput)) throw e;
    process.stderr.write(`sim: ${e.message}\n`);
    process.exit(2);
  }
}

// Run only as a command (`npm run sim`), not when a test imports `runSim`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
