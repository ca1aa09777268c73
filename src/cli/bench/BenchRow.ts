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
