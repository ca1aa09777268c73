import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, ensureChromium } from "../../scripts/chromium";
import { withSection } from "./bench/benchmarksFile";
import { countDrift, runSoak, type SoakResult } from "./soak/soakRun";
import type { CliSpec, Flags, FlagSpecs } from "./cliArgs";
import { runCli } from "./cliOutput";

const HEAP_GROWTH_MAX = 0.1;
const SOAK_HEADING = "Soak (npm run soak)";

const SPEC = {
  usage: "npm run soak -- [--minutes 10] [--speed 20] [--no-benchmarks]",
  about: `Builds the site and plays the set pieces one after another under autopilot in headless
Chromium for that much game time, sampling memory after garbage collection at each level
load: the JS heap, three's geometries and textures, event listeners and DOM nodes. Writes
BENCHMARKS.md's "Soak" section (unless --no-benchmarks) and prints one JSON line.
Exit 0 when every load of a piece has the counts of its first and the heap at the end is
within ${HEAP_GROWTH_MAX * 100} % of the level after the first piece; 1 otherwise; 2 on bad input.`,
  flags: {
    minutes: { kind: "number", value: "game minutes", min: 0.1, max: 120, help: "game time to play (default 10)" },
    speed: { kind: "number", value: "1..20", min: 1, max: 20, help: "game speed the autopilot plays at (default 20)" },
    "no-benchmarks": { kind: "boolean", help: "leave BENCHMARKS.md as it is" },
  },
} satisfies CliSpec<FlagSpecs>;

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

async function main(flags: Flags<typeof SPEC.flags>): Promise<number> {
  const args = { minutes: flags.minutes ?? 10, speed: flags.speed ?? 20, benchmarks: flags["no-benchmarks"] !== true };
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
    return ok ? 0 : 1;
  } finally {
    await browser.close();
    await new Promise<void>((res) => server.httpServer.close(() => res()));
  }
}

runCli("soak", SPEC, main);
