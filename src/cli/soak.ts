import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium";
import { withSection } from "./bench/benchmarksFile";
import { countDrift, runSoak, type SoakResult } from "./soak/soakRun";

const USAGE = `Usage: npm run soak [-- --minutes 10] [--speed 20] [--no-benchmarks]

Builds the site and plays the set pieces one after another under autopilot in headless
Chromium for that much game time, sampling memory after garbage collection at each level
load: the JS heap, three's geometries and textures, event listeners and DOM nodes. Writes
BENCHMARKS.md's "Soak" section (unless --no-benchmarks) and prints one JSON line.
Exit 0 when every load of a piece has the counts of its first and the heap at the end is
within ${10} % of the level after the first piece; 1 otherwise; 2 on bad input.`;

const HEAP_GROWTH_MAX = 0.1;
const SOAK_HEADING = "Soak (npm run soak)";

function parseArgs(argv: string[]): { minutes: number; speed: number; benchmarks: boolean } {
  let minutes = 10;
  let speed = 20;
  let benchmarks = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === "--minutes" || a === "--speed") {
      const n = Number(v);
      const ok = a === "--minutes" ? Number.isFinite(n) && n > 0 && n <= 120 : Number.isFinite(n) && n >= 1 && n <= 20;
      if (!ok) bad(`${a} needs ${a === "--minutes" ? "a number of game minutes above 0, at most 120" : "a number from 1 to 20"}, got ${JSON.stringify(v)}`);
      if (a === "--minutes") minutes = n;
      else speed = n;
      i++;
    } else if (a === "--no-benchmarks") benchmarks = false;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else bad(`unknown argument ${a}`);
  }
  return { minutes, speed, benchmarks };
}

function bad(message: string): never {
  process.stderr.write(`soak: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const mib = (b: number) => (b / 2 ** 20).toFixed(1);

/** The BENCHMARKS.md section: a row per level load and what the soak concluded. */
function section(r: SoakResult, growth: number, drift: string[], speed: number): string {
  const rows = [...r.samples, r.end].map(
    (s, i) => `| ${i === r.samples.length ? "end" : s.load} | ${s.piece} | ${s.gameS.toFixed(0)} | ${mib(s.heapBytes)} | ${s.geometries} | ${s.textures} | ${s.listeners} | ${s.domNodes} |`,
  );
  return [
    `Written by \`npm run soak\`: the playable set pieces one after another under autopilot (speed=${speed}) in headless`,
    `Chromium for ${(r.gameS / 60).toFixed(1)} minutes of game time (${r.finished} pieces to their end card, ${r.cut} cut at the cap),`,
    "sampled right after each level load with garbage collected first. \"end\" loads the second load's piece once",
    "more after the last, to compare like with like. Heap and counts are the same on any machine;",
    "the soak fails on any drift in a piece's counts or heap growth over 10 %.",
    "",
    "| load | piece | game s before | heap after GC (MiB) | geometries | textures | JS listeners | DOM nodes |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    `Heap at the end against the level after the first piece: ${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %.`,
    drift.length ? `Count drift: ${drift.join("; ")}.` : "Geometries, textures and listeners: the same at every load of each piece.",
  ].join("\n");
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  await build({ logLevel: "warn" });
  const server = await preview({ preview: { host: "127.0.0.1", port: 0 }, logLevel: "warn" });
  const addr = server.httpServer.address() as { port: number };
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: [...CHROMIUM_ARGS, "--autoplay-policy=no-user-gesture-required"] });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 360 } });
    await page.goto(`http://127.0.0.1:${addr.port}/`);
    await page.waitForFunction(() => window.headcam !== undefined, undefined, { timeout: 60_000 });
    const r = await runSoak(page, { gameS: args.minutes * 60, speed: args.speed, log: (l) => process.stderr.write(`${l}\n`) });
    const baseline = r.samples[1] ?? r.samples[0];
    const growth = r.end.heapBytes / baseline.heapBytes - 1;
    const drift = countDrift([...r.samples, r.end]);
    if (args.benchmarks) {
      const file = join(process.cwd(), "BENCHMARKS.md");
      const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
      writeFileSync(file, withSection(old, SOAK_HEADING, section(r, growth, drift, args.speed)));
      process.stderr.write("wrote BENCHMARKS.md\n");
    }
    const ok = drift.length === 0 && growth <= HEAP_GROWTH_MAX;
    console.log(JSON.stringify({ ok, gameS: r.gameS, loads: r.samples.length, finished: r.finished, cut: r.cut, heapGrowth: growth, drift, samples: r.samples, end: r.end }));
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    await new Promise<void>((res) => server.httpServer.close(() => res()));
  }
}

await main();
