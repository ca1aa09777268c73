import { PIECE_IDS } from "../../content/pieces";
import { DIFFICULTIES } from "../../sim/ai/MercConfig";
import { sectionBody, withSection } from "../bench/benchmarksFile";
import { FAIR_DEATHS, type SweepSummary } from "./sweepSummary";

/** The BENCHMARKS.md section the sweep owns. */
export const SWEEP_HEADING = "Seed sweep (autopilot)";

const INTRO = [
  "Written by `npm run sweep -- --piece all --seeds 1-50 --difficulty <d> --benchmarks` (one row per",
  "piece and difficulty; a run rewrites only its own rows). The autopilot plays each seed to the",
  "piece's end, capped by its time budget. Times are game seconds, the same on any machine;",
  `"over ${FAIR_DEATHS} deaths" lists seeds that finished but died more than ${FAIR_DEATHS} times.`,
];
const HEADER = [
  "| piece | difficulty | seeds | finished | deaths median / max | time to finish median / p90 / worst | failed seeds | over 2 deaths |",
  "|---|---|---|---:|---:|---:|---|---|",
];

const list = (xs: readonly number[]): string => (xs.length ? xs.join(", ") : "none");

/** One table row per piece of a summary. */
export function sweepRows(s: SweepSummary): string[] {
  return s.pieces.map((p) => {
    const t = p.seconds ? `${p.seconds.median} / ${p.seconds.p90} / ${p.seconds.worst} s` : "-";
    return `| ${p.piece} | ${p.difficulty} | ${s.seeds} | ${p.completed}/${p.runs} | ${p.deaths.median} / ${p.deaths.max} | ${t} | ${list(p.failedSeeds)} | ${list(p.seedsOverFairDeaths)} |`;
  });
}

const rowKey = (row: string): string => row.split("|").slice(1, 3).map((c) => c.trim()).join("/");
const order = (row: string): number => {
  const [piece, difficulty] = row.split("|").slice(1, 3).map((c) => c.trim());
  return PIECE_IDS.indexOf(piece as never) * 10 + DIFFICULTIES.indexOf(difficulty as never);
};

/** BENCHMARKS.md with this summary's rows put in the sweep section (other rows kept). */
export function withSweepRows(markdown: string, s: SweepSummary): string {
  const old = sectionBody(markdown, SWEEP_HEADING) ?? "";
  const fresh = sweepRows(s);
  const freshKeys = new Set(fresh.map(rowKey));
  const kept = old
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| piece |") && !freshKeys.has(rowKey(l)));
  const rows = [...kept, ...fresh].sort((a, b) => order(a) - order(b));
  return withSection(markdown, SWEEP_HEADING, [...INTRO, "", ...HEADER, ...rows].join("\n"));
}
