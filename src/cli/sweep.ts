import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PieceId } from "../content/pieces";
import { DIFFICULTIES, type Difficulty } from "../sim/ai/MercConfig";
import { BadInput, type CliSpec, type Flags, type FlagSpecs } from "./cliArgs";
import { checkWritable, log, PROJECT_ROOT, printJson, runCli, writeOutput } from "./cliOutput";
import { pieceArg } from "./pieceArg";
import { runSweep, sweepablePieces, sweepJobs } from "./sweep/SeedSweep";
import { parseSeeds, summarize } from "./sweep/sweepSummary";
import { withSweepRows } from "./sweep/sweepTable";

const SPEC = {
  usage: "npm run sweep -- --piece <id|all> --seeds <1-50|3,7,9-12> [--difficulty easy|normal|hard] [--jobs N] [--benchmarks]",
  about: `Plays each seed with the autopilot to the piece's end (capped by its time budget), in
parallel child processes (at most the machine's cores), and prints one JSON line:
{ difficulty, seeds, runs, completionRate, pieces: [{ piece, difficulty, budgetS, runs,
completed, completionRate, deaths: { median, max }, seconds: { median, p90, worst },
failedSeeds, seedsOverFairDeaths }] }. Progress goes to stderr.
Exit 0 when every seed finished, 1 when some did not, 2 on bad input.`,
  flags: {
    piece: { kind: "string", value: "id|all", help: 'a built piece, or "all" for every built piece' },
    seeds: { kind: "string", value: "1-50|3,7,9-12", help: "seeds to play (0..4294967295): a range, a seed, or a comma list of both" },
    difficulty: { kind: "string", value: "easy|normal|hard", choices: DIFFICULTIES, help: "enemy difficulty (default normal)" },
    jobs: { kind: "int", value: "N", min: 1, help: "most worker processes (default and cap: the number of cores)" },
    benchmarks: { kind: "boolean", help: `also write the table into BENCHMARKS.md's "Seed sweep" section` },
  },
} satisfies CliSpec<FlagSpecs>;

interface Args {
  pieces: PieceId[];
  seeds: number[];
  seedsText: string;
  difficulty: Difficulty;
  jobs: number | undefined;
  benchmarks: boolean;
}

function argsOf(flags: Flags<typeof SPEC.flags>): Args {
  const all = sweepablePieces();
  const pieces = flags.piece === "all" ? all.map((p) => p.id) : [pieceArg(flags.piece)];
  if (!all.some((p) => p.id === pieces[0])) throw new BadInput(`--piece: ${pieces[0]} has no script to sweep yet`);
  if (flags.seeds === undefined) throw new BadInput("--seeds is missing (for example --seeds 1-50)");
  let seeds: number[];
  try {
    seeds = parseSeeds(flags.seeds);
  } catch (e) {
    throw new BadInput((e as Error).message);
  }
  const difficulty = (flags.difficulty ?? "normal") as Difficulty;
  return { pieces, seeds, seedsText: flags.seeds, difficulty, jobs: flags.jobs, benchmarks: flags.benchmarks === true };
}

async function main(flags: Flags<typeof SPEC.flags>): Promise<number> {
  const args = argsOf(flags);
  const file = join(PROJECT_ROOT, "BENCHMARKS.md");
  if (args.benchmarks) checkWritable("benchmarks", file);
  const jobs = sweepJobs(args.pieces, args.seeds, args.difficulty);
  const runs = await runSweep(jobs, {
    workers: args.jobs,
    onRun: (r, done, total) => {
      const how = r.result.completed ? `finished in ${r.result.seconds.toFixed(1)} s` : `not finished after ${r.result.seconds.toFixed(1)} s`;
      log(`[${done}/${total}] ${r.piece} seed ${r.seed} (${r.difficulty}): ${how}, ${r.result.deaths} deaths`);
    },
  });
  const budgets = sweepablePieces().filter((p) => args.pieces.includes(p.id));
  const summary = summarize(budgets, args.difficulty, args.seedsText, runs);
  if (args.benchmarks) {
    writeOutput("benchmarks", file, withSweepRows(existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n", summary));
    log(`wrote the seed sweep section of ${file}`);
  }
  printJson(summary);
  return summary.completionRate < 1 ? 1 : 0;
}

runCli("sweep", SPEC, main);
