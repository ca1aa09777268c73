import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BenchRow, FULL_BENCH, QUICK_BENCH } from "./bench/BenchRow";
import { benchmarksMarkdown, formatRow } from "./bench/benchReport";
import { benchBodies } from "./bench/bodiesBench";
import { type BrowserFigures, benchBrowser } from "./bench/browserBench";
import { benchRig } from "./bench/rigBench";
import { benchSim } from "./bench/simBench";
import type { CliSpec, Flags, FlagSpecs } from "./cliArgs";
import { checkWritable, log, PROJECT_ROOT, printJson, runCli, writeOutput } from "./cliOutput";

const SPEC = {
  usage: "npm run bench -- [--no-browser] [--quick] [--out <file>]",
  about: `Measures the core, the bodies, the rig and (unless --no-browser) the browser build, prints
the table on stderr and writes BENCHMARKS.md (machine, date, medians, p95, ratios against
baselines measured in the same run). Sections this run did not measure are kept as they
were: --no-browser keeps the browser's rows and tables, and the seed sweep's section is
always kept. stdout is one JSON line: { rows, bundle, levels, file }.
Exit 0 on success, 2 on bad input or a file that cannot be written.`,
  flags: {
    "no-browser": { kind: "boolean", help: "measure only in node; keep BENCHMARKS.md's browser section as it is" },
    quick: { kind: "boolean", help: "60 ticks per row (to see every row run); written only where --out says (by default nowhere)" },
    out: { kind: "path", value: "file", help: "the report to rewrite (default: BENCHMARKS.md at the repository's root)" },
  },
} satisfies CliSpec<FlagSpecs>;

/** Gzipped bytes of the built game page's JavaScript (dist/ must exist: the browser bench builds it). */
function bundleBytes(): { files: number; gzipBytes: number } | null {
  const assets = join(PROJECT_ROOT, "dist", "assets");
  if (!existsSync(assets)) return null;
  const html = readFileSync(join(PROJECT_ROOT, "dist", "index.html"), "utf8");
  const loaded = readdirSync(assets).filter((f) => f.endsWith(".js") && html.includes(f));
  const gzipBytes = loaded.reduce((s, f) => s + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  return { files: loaded.length, gzipBytes };
}

/**
 * `npm run bench`: measures, prints the rows on stderr, rewrites its sections of the report
 * and prints the JSON summary.
 */
async function main(flags: Flags<typeof SPEC.flags>): Promise<number> {
  const size = flags.quick ? QUICK_BENCH : FULL_BENCH;
  // A quick run's figures are too few to compare: they go only where --out says.
  const file = flags.out ?? (flags.quick ? null : join(PROJECT_ROOT, "BENCHMARKS.md"));
  if (file) checkWritable("out", file);
  const rows: BenchRow[] = [];
  log("core (sim) …");
  rows.push(...benchSim(size));
  log("bodies …");
  const core = rows.find((r) => r.name.includes("mercenaries fighting"));
  rows.push(...benchBodies(core?.name, core?.median, size));
  log("rig …");
  rows.push(...benchRig(size));
  let browser: BrowserFigures | null = null;
  if (!flags["no-browser"]) {
    log("browser …");
    browser = await benchBrowser();
  }
  const bundle = browser ? bundleBytes() : null;
  for (const r of [...rows, ...(browser?.rows ?? [])]) log(formatRow(r));
  if (file) {
    const old = existsSync(file) ? readFileSync(file, "utf8") : null;
    writeOutput("out", file, benchmarksMarkdown(rows, browser, bundle, old, { date: new Date(), quick: flags.quick === true }));
    log(`wrote ${file}`);
  } else log("--quick without --out: nothing written");
  printJson({ rows: [...rows, ...(browser?.rows ?? [])], bundle, levels: browser?.levels ?? null, file });
  return 0;
}

runCli("bench", SPEC, main);
