import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchRow } from "./bench/BenchRow";
import { type BrowserFigures, benchBrowser } from "./bench/browserBench";
import { benchBodies } from "./bench/bodiesBench";
import { benchRig } from "./bench/rigBench";
import { benchSim } from "./bench/simBench";
import { keepOtherSections } from "./bench/benchmarksFile";

/**
 * `npm run bench [-- --no-browser]`: measures the core, the rig and the browser build,
 * prints a table and writes BENCHMARKS.md (machine, date, medians, p95, ratios against
 * baselines measured in the same run). The last stdout line is a JSON summary.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--no-browser");
  if (unknown.length) {
    process.stderr.write(`bench: unknown argument ${unknown[0]}. Usage: npm run bench [-- --no-browser]\n`);
    process.exit(2);
  }
  const rows: BenchRow[] = [];
  console.log("core (sim) …");
  rows.push(...benchSim());
  console.log("bodies …");
  const core = rows.find((r) => r.name.includes("mercenaries fighting"));
  rows.push(...benchBodies(core?.name, core?.median));
  console.log("rig …");
  rows.push(...benchRig());
  let browser: BrowserFigures | null = null;
  if (!args.includes("--no-browser")) {
    console.log("browser …");
    browser = await benchBrowser();
    rows.push(...browser.rows);
  }
  const bundle = bundleBytes();
  for (const r of rows) console.log(formatRow(r));
  // Other tools' sections (the seed sweep's) are kept: bench rewrites only its own part.
  const file = join(process.cwd(), "BENCHMARKS.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : null;
  writeFileSync(file, keepOtherSections(report(rows, browser, bundle), old));
  console.log("wrote BENCHMARKS.md");
  console.log(JSON.stringify({ rows, bundle, levels: browser?.levels ?? null }));
}

function formatRow(r: BenchRow): string {
  const ratio = r.ratio !== undefined ? `  ${r.ratio.toFixed(2)}x ${r.baselineName}` : "";
  return `${r.name.padEnd(52)} median ${r.median.toFixed(2)} ${r.unit}  p95 ${r.p95.toFixed(2)} ${r.unit}  n=${r.n}${ratio}`;
}

/** Gzipped bytes of the built game page's JavaScript (dist/ must exist: the browser bench builds it). */
function bundleBytes(): { files: number; gzipBytes: number } | null {
  const assets = join(process.cwd(), "dist", "assets");
  if (!existsSync(assets)) return null;
  const html = readFileSync(join(process.cwd(), "dist", "index.html"), "utf8");
  const loaded = readdirSync(assets).filter((f) => f.endsWith(".js") && html.includes(f));
  const gzipBytes = loaded.reduce((s, f) => s + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
  return { files: loaded.length, gzipBytes };
}

function report(rows: BenchRow[], browser: BrowserFigures | null, bundle: { files: number; gzipBytes: number } | null): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (do not edit by hand). Timings depend on the machine; compare",
    "ratios, which are measured against a baseline in the same run.",
    "",
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}`,
    browser ? `- Browser renderer: ${browser.renderer} (headless Chromium)` : "- Browser: not run (--no-browser)",
    "",
    "| what | median | p95 | n | vs baseline |",
    "|---|---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.median.toFixed(2)} ${r.unit} | ${r.p95.toFixed(2)} ${r.unit} | ${r.n} | ${r.ratio !== undefined ? `${r.ratio.toFixed(2)}x ${r.baselineName}` : ""} |`,
    ),
    "",
  ];
  if (bundle) lines.push(`Game page JavaScript: ${bundle.files} file(s), ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzipped (budget 400 KB, a test).`, "");
  if (browser) {
    lines.push(
      "Renderer counts per level (`headcam.stats()`: every pass of one frame at the default `auto` quality;",
      "budget 150 draw calls and 600,000 triangles, checked at several moments by `tests/e2e/budgets.test.ts`):",
      "",
      "| level | draw calls | triangles | geometries | textures |",
      "|---|---:|---:|---:|---:|",
      ...browser.levels.map((l) => `| ${l.level} | ${l.drawCalls} | ${l.triangles} | ${l.geometries} | ${l.textures} |`),
      "",
      "Quality levels on the street at 800x450 under autopilot (frames counted over eight one-second",
      "windows after four seconds; `auto` shows the level and render scale it settled on):",
      "",
      "| quality | level, render scale | fps median | fps, slowest 5 % | draw calls | triangles | passes | shadow map |",
      "|---|---|---:|---:|---:|---:|---:|---:|",
      ...browser.qualities.map(
        (q) =>
          `| ${q.quality} | ${q.level}, ${q.renderScale.toFixed(2)} | ${q.fpsMedian.toFixed(1)} | ${q.fpsP95Low.toFixed(1)} | ${q.drawCalls} | ${q.triangles} | ${q.passes} | ${q.shadowMapSize || "off"} |`,
      ),
      "",
      "The street's static geometry is one merged mesh per paint; decoration (balconies, birches, lamps,",
      "wires, car trim, bus stops, benches) is one instanced mesh per kind and material; every sign is in",
      "one mesh over a shared word atlas; the skyline is one fog-free vertex-coloured mesh.",
      "",
    );
  }
  return lines.join("\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
