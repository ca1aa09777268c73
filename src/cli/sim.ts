import { pathToFileURL } from "node:url";
import { type DaySplit, DAY_ID, isDay } from "../content/day";
import { type PieceId, scriptOf } from "../content/pieces";
import { Hasher } from "../sim/core/Hasher";
import { createSim } from "../sim/createSim";
import { SIM_BUILD } from "../sim/build";
import { serializeTake, type Take } from "../sim/input/Take";
import type { Sim } from "../sim/SimTypes";
import { GameSession } from "../session/GameSession";
import type { CmdSource } from "../session/StepObserver";
import { TakePlayer, TakeRecording } from "../session/TakeSources";
import { TICK_HZ } from "../sim/core/time";
import { isPlayable, levelForPiece, playablePieces } from "../sim/world/levels/index";
import { PieceAutopilot } from "../sim/script/PieceAutopilot";
import { DIFFICULTIES, type Difficulty } from "../sim/ai/MercConfig";
import { BadInput, type CliSpec, type Flags, type FlagSpecs, refuseIgnored } from "./cliArgs";
import { checkWritable, log, printJson, runCli, writeOutput } from "./cliOutput";
import { pieceArg } from "./pieceArg";
import { readTakeFile } from "./takeFile";

const SPEC = {
  usage: "npm run sim -- --piece <id|day> [--autopilot] [--seed N] [--difficulty easy|normal|hard] [--ticks N] [--record take.json]\n       npm run sim -- --take take.json",
  about: `Runs a set piece (or, with --piece day, every built piece in story order) headless and
prints one JSON line: { piece, completed, ticks, seconds, stateHash, shotsFired, hits, kills,
deaths, camerasDestroyed, glassBroken, propsThrown, vaults, mantles, climbs, gapJumps }
(and splits, for the day). Without --ticks it runs until the piece ends, capped at the
piece's time budget. A take replays its own piece, seed, length and difficulty; takes
replay only on the build that recorded them (this is build ${SIM_BUILD}). Progress goes to
stderr. Exit 0 when the run ended, 2 on bad input or an output that cannot be written.`,
  flags: {
    piece: { kind: "string", value: "id|day", help: "the set piece to play, or day for all of them (a take names its own)" },
    autopilot: { kind: "boolean", help: "the set-piece bot plays (else nobody touches the controls)" },
    seed: { kind: "seed", help: "the run's random seed (default 1)" },
    difficulty: { kind: "string", value: "easy|normal|hard", choices: DIFFICULTIES, help: "enemy difficulty (default normal)" },
    ticks: { kind: "int", value: "N", min: 1, help: "stop after N ticks (60 per second) even if the piece has not ended" },
    take: { kind: "path", value: "file.json", help: "replay a take file (as the game saves and npm run sim --record writes)" },
    record: { kind: "path", value: "file.json", help: "save the run of one piece as a take file, which the game's Replay and --take play back" },
  },
} satisfies CliSpec<FlagSpecs>;

/** The one JSON line this tool ends with (`splits` for the whole day only). */
export interface SimRunResult {
  piece: PieceId | typeof DAY_ID;
  completed: boolean;
  ticks: number;
  /** Game seconds, to the millisecond. */
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

function argsOf(flags: Flags<typeof SPEC.flags>): Args {
  refuseIgnored(flags, "take", ["seed", "ticks", "autopilot", "record"], "a take replays its own seed, length and commands (and is already a take file)");
  const difficulty = flags.difficulty as Difficulty | undefined;
  if (flags.take !== undefined) {
    const take = readTakeFile(flags.take);
    if (flags.piece !== undefined && isDay(flags.piece)) throw new BadInput(`--take is of one set piece; --piece ${DAY_ID} plays them all`);
    if (flags.piece !== undefined && pieceArg(flags.piece) !== take.piece) throw new BadInput(`--take is a take of ${take.piece}, not of ${flags.piece}`);
    const recorded = take.difficulty ?? "normal";
    if (difficulty !== undefined && difficulty !== recorded) throw new BadInput(`--difficulty ${difficulty}: the take was recorded on ${recorded}`);
    if (!isPlayable(take.piece)) throw new BadInput(`--take ${flags.take}: piece ${take.piece} is not built in this version`);
    return { piece: take.piece, autopilot: false, seed: take.seed, ticks: take.ticks, take, difficulty };
  }
  const base = { autopilot: flags.autopilot === true, seed: flags.seed ?? 1, ticks: flags.ticks ?? null, take: null, difficulty };
  if (flags.piece !== undefined && isDay(flags.piece)) {
    if (flags.record !== undefined) throw new BadInput(`--record cannot go with --piece ${DAY_ID}: a take is of one set piece`);
    return { piece: DAY_ID, ...base };
  }
  return { piece: pieceArg(flags.piece), ...base };
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

/**
 * Runs the core headless as the arguments say; prints progress and returns the result.
 * `recording` (one piece only) is handed every stepped command, to save the run as a take.
 */
export function runSim(args: Args, progress: (line: string) => void, recording?: TakeRecording): SimRunResult {
  return isDay(args.piece) ? runDay(args, progress) : runPiece({ ...args, piece: args.piece }, progress, recording);
}

/**
 * The whole day: every playable piece in story order, one after the other, each from its
 * start with full health (the same seed for each). `ticks` caps the day; the counts add up.
 */
function runDay(args: Args, progress: (line: string) => void): SimRunResult {
  const splits: DaySplit[] = [];
  const h = new Hasher();
  const sum: SimRunResult = { piece: DAY_ID, completed: true, ticks: 0, seconds: 0, stateHash: "", shotsFired: 0, hits: 0, kills: 0, deaths: 0, camerasDestroyed: 0, glassBroken: 0, propsThrown: 0, vaults: 0, mantles: 0, climbs: 0, gapJumps: 0 };
  for (const { id: piece } of playablePieces()) {
    const left = args.ticks === null ? null : args.ticks - sum.ticks;
    if (left !== null && left <= 0) {
      sum.completed = false;
      break;
    }
    progress(`day: ${piece}`);
    const r = runPiece({ ...args, piece, ticks: left }, progress);
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
  sum.seconds = Math.round((sum.ticks / TICK_HZ) * 1000) / 1000;
  sum.stateHash = h.hex();
  sum.splits = splits;
  return sum;
}

function runPiece(args: Args & { piece: PieceId }, progress: (line: string) => void, recording?: TakeRecording): SimRunResult {
  const level = levelForPiece(args.piece, args.seed);
  if (!level) throw new BadInput(`piece ${args.piece} has no level yet`);
  const difficulty = args.take?.difficulty ?? args.difficulty ?? "normal";
  const sim = createSim({ level, seed: args.seed, piece: args.piece, difficulty });
  const pilot = args.autopilot && !args.take ? new PieceAutopilot(sim) : null;
  // The game's session steps the core here too (no rig: nothing here looks through it).
  const source: CmdSource = args.take ? new TakePlayer(args.take) : pilot ? { next: (_s, cmd) => void pilot.next(cmd) } : { next: () => {} };
  const session = new GameSession({ piece: args.piece, sim, source, autopilot: true });
  if (recording) session.observe(recording);
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
      progress(`t=${(ticks + 1) / TICK_HZ}s player=(${p.x.toFixed(2)}, ${p.y.toFixed(2)}, ${p.z.toFixed(2)})`);
    }
  }
  const result: SimRunResult = {
    piece: args.piece,
    completed,
    ticks,
    seconds: Math.round((ticks / TICK_HZ) * 1000) / 1000,
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

/** Runs the command line (`npm run sim`). */
function main(flags: Flags<typeof SPEC.flags>): number {
  const args = argsOf(flags);
  if (flags.record !== undefined) checkWritable("record", flags.record);
  const recording = flags.record !== undefined && !isDay(args.piece) ? new TakeRecording(args.piece, args.seed, args.difficulty ?? "normal") : undefined;
  const result = runSim(args, log, recording);
  if (recording && flags.record !== undefined) {
    writeOutput("record", flags.record, serializeTake(recording.recorder.toTake()));
    log(`recorded ${result.ticks} ticks to ${flags.record}`);
  }
  printJson(result);
  return 0;
}

// Run only as a command (`npm run sim`), not when a test or the sweep imports `runSim`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runCli("sim", SPEC, main);
