import { cpus, totalmem } from "node:os";
import type { BenchRow } from "./BenchRow";
import { keepOtherSections } from "./benchmarksFile";
import type { BrowserFigures } from "./browserBench";

/** The heading of the rows `npm run bench` measures in node (always rewritten). */
export const CORE_HEADING = "Core, bodies and rig";
/** The heading of what it measures in headless Chromium (kept as it was under `--no-browser`). */
export const BROWSER_HEADING = "Browser";

/** When and on what a section was measured (and how few samples, for a quick run). */
export function measuredOn(date: Date, quick = false): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${quick ? "A quick run (--quick: too few samples to compare), measured" : "Measured"} ${date.toISOString()} on ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}.`;
}

/** One row as a console line. */
export function formatRow(r: BenchRow): string {
  const ratio = r.ratio !== undefined ? `  ${r.ratio.toFixed(2)}x ${r.baselineName}` : "";
  return `${r.name.padEnd(52)} median ${r.median.toFixed(2)} ${r.unit}  p95 ${r.p95.toFixed(2)} ${r.unit}  n=${r.n}${ratio}`;
}

function rowsTable(rows: readonly BenchRow[]): string[] {
  return [
    "| what | median | p95 | n | vs baseline |",
    "|---|---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.median.toFixed(2)} ${r.unit} | ${r.p95.toFixed(2)} ${r.unit} | ${r.n} | ${r.ratio !== undefined ? `${r.ratio.toFixed(2)}x ${r.baselineName}` : ""} |`,
    ),
  ];
}

function browserSection(browser: BrowserFigures, bundle: { files: number; gzipBytes: number } | null, date: Date): string[] {
  const lines = [`## ${BROWSER_HEADING}`, "", `${measuredOn(date)} Renderer: ${browser.renderer} (headless Chromium).`, "", ...rowsTable(browser.rows), ""];
  if (bundle) lines.push(`Game page JavaScript: ${bundle.files} file(s), ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzipped (budget 400 KB, a test).`, "");
  lines.push(
    "Renderer counts per level (`headcam.stats()`: every pass of one frame at the default `auto` quality;",
    "budget 150 draw calls and 600,000 triangles, checked at several moments by `tests/e2e/budgets.test.ts`):",
    "",
    "| level | draw calls | triangles | geometries | textures |",
    "|---|---:|---:|---:|---:|",
    ...browser.levels.map((l) => `| ${l.level} | ${l.drawCalls} | ${l.triangles} | ${l.geometries} | ${l.textures} |`),
    "",
    "Quality levels on the street at 800x450 under autopilot (frames counted over eight one-second",
    "windows after four seconds; `auto` shows the level and render scale it settled on, and is",
    "measured on several fresh pages, the median run shown and every run's median in the last column):",
    "",
    "| quality | level, render scale | fps median | fps, slowest 5 % | draw calls | triangles | passes | shadow map | runs (fps median each) |",
    "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ...browser.qualities.map(
      (q) =>
        `| ${q.quality} | ${q.level}, ${q.renderScale.toFixed(2)} | ${q.fpsMedian.toFixed(1)} | ${q.fpsP95Low.toFixed(1)} | ${q.drawCalls} | ${q.triangles} | ${q.passes} | ${q.shadowMapSize || "off"} | ${(q.runMedians ?? [q.fpsMedian]).map((f) => f.toFixed(1)).join(", ")} |`,
      ),
    "",
    "The street's static geometry is one merged mesh per paint; decoration (balconies, birches, lamps,",
    "wires, car trim, bus stops, benches) is one instanced mesh per kind and material; every sign is in",
    "one mesh over a shared word atlas; the skyline is one fog-free vertex-coloured mesh.",
    "",
  );
  return lines;
}

/**
 * BENCHMARKS.md after a run: the head and the core section fresh, the browser section fresh
 * when the browser ran, and every section of `old` this run did not write kept as it was
 * (under `--no-browser` the browser's rows and tables, the seed sweep's section, any other).
 */
export function benchmarksMarkdown(
  rows: readonly BenchRow[],
  browser: BrowserFigures | null,
  bundle: { files: number; gzipBytes: number } | null,
  old: string | null,
  run: { date: Date; quick: boolean },
): string {
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (do not edit by hand). Timings depend on the machine; compare",
    "ratios, which are measured against a baseline in the same run. Each section says when and on",
    "what it was measured: `npm run bench -- --no-browser` rewrites only the core section and keeps",
    "the browser's, as other tools' sections (the seed sweep's) are kept.",
    "",
    `## ${CORE_HEADING}`,
    "",
    measuredOn(run.date, run.quick),
    "",
    ...rowsTable(rows),
    "",
  ];
  if (browser) lines.push(...browserSection(browser, bundle, run.date));
  return keepOtherSections(lines.join("\n"), old);
}
