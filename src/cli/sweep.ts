import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PieceId } from "../content/pieces";
import type { Difficulty } from "../sim/ai/MercConfig";
import { BadInput, difficultyArg, playablePiece } from "./sim";
import { runSweep, sweepablePieces, sweepJobs } from "./sweep/SeedSweep";
import { parseSeeds, summarize } from "./sweep/sweepSummary";
import { withSweepRows } from "./sweep/sweepTable";

const USAGE = `Usage: npm run sweep -- --piece <id|all> --seeds <1-50|3,7,9-12> [--difficulty easy|normal|hard] [--jobs N] [--benchmarks]

Plays each seed with the autopilot to the piece's end (capped by its time budget), in
parallel child processes (at most the machine's cores), and prints one JSON line:
{ difficulty, seeds, runs, completionRate, pieces: [{ piece, difficulty, budgetS, runs,
completed, completionRate, deaths: { median, max }, seconds: { median, p90, worst },
failedSeeds, seedsOverFairDeaths }] }. Progress goes to stderr.

  --piece        a piece id, or "all" for every available piece
  --seeds        seeds to play: a range, a seed, or a comma list of both
  --difficulty   default normal
  --jobs         most worker processes (default and cap: the number of cores)
  --benchmarks   also write the table into BENCHMARKS.md's "Seed sweep" section

Exit 0 when every seed finished, 1 when some did not, 2 on bad input.`;

interface Args {
  pieces: PieceId[];
  seeds: number[];
  seedsText: string;
  difficulty: Difficulty;
  jobs: number | undefined;
  benchmarks: boolean;
}

function parseArgs(argv: string[]): Args | "help" {
  let piece: string | undefined;
  let seedsText: string | undefined;
  let difficulty: Difficulty = "normal";
  let jobs: number | undefined;
  let benchmarks = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") return "help";
    if (a === "--piece") piece = argv[++i];
    else if (a === "--seeds") seedsText = argv[++i];
    else if (a === "--difficulty") difficulty = difficultyArg(argv[++i]);
    else if (a === "--jobs") {
      const v = argv[++i];
      jobs = Number(v);
      if (!/^\d+$/.test(v ?? "") || jobs < 1) throw new BadInput(`--jobs needs a whole number >= 1, got ${JSON.stringify(v)}`);
    } else if (a === "--benchmarks") benchmarks = true;
    else throw new BadInput(`unknown argument ${JSON.stringify(a)} (see --help)`);
  }
  const all = sweepablePieces();
  const pieces = piece === "all" ? all.map((p) => p.id) : [playablePiece(piece)];
  if (!all.some((p) => p.id === pieces[0])) throw new BadInput(`piece ${pieces[0]} has no script to sweep yet`);
  if (seedsText === undefined) throw new BadInput("missing --seeds (for example --seeds 1-50)");
  let seeds: number[];
  try {
    seeds = parseSeeds(seedsText);
  } catch (e) {
    throw new BadInput((e as Error).message);
  }
  return { pieces, seeds, seedsText, difficulty, jobs, benchmarks };
}

async function main(): Promise<void> {
  let args: Args | "help";
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof BadInput)) throw e;
    process.stderr.write(`sweep: ${e.message}\n`);
    process.exit(2);
  }
  if (args === "help") {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const jobs = sweepJobs(args.pieces, args.seeds, args.difficulty);
  const runs = await runSweep(jobs, {
    workers: args.jobs,
    onRun: (r, done, total) => {
      const how = r.result.completed ? `finished in ${r.result.seconds.toFixed(1)} s` : `not finished after ${r.result.seconds.toFixed(1)} s`;
      process.stderr.write(`[${done}/${total}] ${r.piece} seed ${r.seed} (${r.difficulty}): ${how}, ${r.result.deaths} deaths\n`);
    },
  });
  const budgets = sweepablePieces().filter((p) => args.pieces.includes(p.id));
  const summary = summarize(budgets, args.difficulty, args.seedsText, runs);
  if (args.benchmarks) {
    const file = join(process.cwd(), "BENCHMARKS.md");
    writeFileSync(file, withSweepRows(existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n", summary));
    process.stderr.write(`wrote the seed sweep section of ${file}\n`);
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  if (summary.completionRate < 1) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`sweep: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
