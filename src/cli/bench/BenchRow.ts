/** One measured figure of `npm run bench`. */
export interface BenchRow {
  name: string;
  unit: "us" | "ms" | "frames/s";
  median: number;
  p95: number;
  n: number;
  /** The row this one is compared with, measured in the same run. */
  baselineName?: string;
  /** median / baseline median. */
  ratio?: number;
}

/** Median and p95 of samples (nearest rank). */
export function summarize(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** How many ticks a bench times after how many warm-up ticks; `pieceTicks` caps a bench that plays a piece to its end. */
export interface BenchSize {
  warmupTicks: number;
  ticks: number;
  pieceTicks: number;
}

/** What BENCHMARKS.md reports: 3000 timed ticks after 300 to warm up; a piece to its end (at most 240 s). */
export const FULL_BENCH: BenchSize = { warmupTicks: 300, ticks: 3000, pieceTicks: 240 * 60 };

/** `npm run bench -- --quick`: enough to see every row run, far too few to compare. */
export const QUICK_BENCH: BenchSize = { warmupTicks: 10, ticks: 60, pieceTicks: 60 };
