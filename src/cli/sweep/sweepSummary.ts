import type { Difficulty } from "../../sim/ai/MercConfig";
import type { PieceId } from "../../content/pieces";
import { MAX_SEED, seedProblem } from "../../sim/core/seed";
import type { SimRunResult } from "../sim";

/** One autopilot run of a sweep: which piece, seed and difficulty, and how it went. */
export interface SweepRun {
  piece: PieceId;
  seed: number;
  difficulty: Difficulty;
  result: SimRunResult;
}

/** Most deaths per run that still counts as fair (issue 20: at most 2 on easy and normal). */
export const FAIR_DEATHS = 2;

/** How the autopilot fared on one piece over a range of seeds; times in game seconds. */
export interface PieceSweep {
  piece: PieceId;
  difficulty: Difficulty;
  /** The piece's time budget: the cap of each run, seconds. */
  budgetS: number;
  runs: number;
  completed: number;
  completionRate: number;
  deaths: { median: number; max: number };
  /** Over the runs that finished (null when none did). */
  seconds: { median: number; p90: number; worst: number } | null;
  /** Seeds that did not finish within the budget. */
  failedSeeds: number[];
  /** Seeds that finished but died more than `FAIR_DEATHS` times. */
  seedsOverFairDeaths: number[];
}

/** The sweep's one JSON line. */
export interface SweepSummary {
  difficulty: Difficulty;
  seeds: string;
  runs: number;
  completionRate: number;
  pieces: PieceSweep[];
}

/** Nearest-rank quantile of sorted numbers (q in 0..1): a value that really occurred. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const share = (n: number, of: number): number => (of ? Math.round((n / of) * 1000) / 1000 : 0);

/** Summarises one piece's runs (all at one difficulty). */
export function summarizePiece(piece: PieceId, difficulty: Difficulty, budgetS: number, runs: readonly SweepRun[]): PieceSweep {
  const mine = runs.filter((r) => r.piece === piece && r.difficulty === difficulty).sort((a, b) => a.seed - b.seed);
  const deaths = mine.map((r) => r.result.deaths).sort((a, b) => a - b);
  const done = mine.filter((r) => r.result.completed);
  const secs = done.map((r) => r.result.seconds).sort((a, b) => a - b);
  return {
    piece,
    difficulty,
    budgetS,
    runs: mine.length,
    completed: done.length,
    completionRate: share(done.length, mine.length),
    deaths: { median: quantile(deaths, 0.5), max: deaths.length ? deaths[deaths.length - 1] : 0 },
    seconds: secs.length ? { median: round1(quantile(secs, 0.5)), p90: round1(quantile(secs, 0.9)), worst: round1(secs[secs.length - 1]) } : null,
    failedSeeds: mine.filter((r) => !r.result.completed).map((r) => r.seed),
    seedsOverFairDeaths: done.filter((r) => r.result.deaths > FAIR_DEATHS).map((r) => r.seed),
  };
}

/** The whole sweep's summary, pieces in the order given. */
export function summarize(pieces: readonly { id: PieceId; budgetS: number }[], difficulty: Difficulty, seeds: string, runs: readonly SweepRun[]): SweepSummary {
  const per = pieces.map((p) => summarizePiece(p.id, difficulty, p.budgetS, runs));
  const total = per.reduce((n, p) => n + p.runs, 0);
  const completed = per.reduce((n, p) => n + p.completed, 0);
  return { difficulty, seeds, runs: total, completionRate: share(completed, total), pieces: per };
}

/** Reads a seed list: `1-50`, `7`, or a mix like `0,5,7-9`. Throws a message naming the bad part. */
export function parseSeeds(text: string | undefined): number[] {
  if (!text) throw new Error("--seeds needs a range such as 1-50 or a list such as 3,7,9-12");
  const out = new Set<number>();
  for (const part of text.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`--seeds: ${JSON.stringify(part)} is not a seed or a range like 1-50`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (const end of [from, to]) {
      const problem = seedProblem(end);
      if (problem) throw new Error(`--seeds: ${JSON.stringify(part)}: a seed must be a whole number from 0 to ${MAX_SEED}`);
    }
    if (to < from) throw new Error(`--seeds: ${JSON.stringify(part)} must run from low to high`);
    if (out.size + (to - from + 1) > 10_000) throw new Error("--seeds: at most 10000 seeds per sweep");
    for (let s = from; s <= to; s++) out.add(s);
  }
  return [...out];
}
