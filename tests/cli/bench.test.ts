import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BROWSER_HEADING, benchmarksMarkdown, CORE_HEADING } from "../../src/cli/bench/benchReport";
import { sectionBody, splitSections } from "../../src/cli/bench/benchmarksFile";
import { SWEEP_HEADING } from "../../src/cli/sweep/sweepTable";
import { onlyJson, tool } from "./tool";

const dir = mkdtempSync(join(tmpdir(), "headcam-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run bench -- --no-browser keeps what it did not measure", () => {
  it("rewrites the core section and keeps the browser's rows and tables, the seed sweep and any other section, byte for byte", () => {
    const committed = readFileSync("BENCHMARKS.md", "utf8");
    const browser = sectionBody(committed, BROWSER_HEADING);
    // The committed file has its browser rows and renderer table in their own section.
    expect(browser).toContain("| browser frame, street autopilot, 1280x720 |");
    expect(browser).toContain("| level | draw calls | triangles | geometries | textures |");
    // The core and browser sections as committed, then sections of other tools (made up here).
    const cut = committed.indexOf("\n## ", committed.indexOf(`## ${BROWSER_HEADING}`) + 3);
    const base = cut < 0 ? committed : committed.slice(0, cut);
    const before = `${base.trimEnd()}\n\n## ${SWEEP_HEADING}\n\n| street | normal | 1-50 | 50/50 |\n\n## Soak\n\nheap after an hour: 212 MB\n`;
    const file = join(dir, "BENCHMARKS.md");
    writeFileSync(file, before);
    const r = tool("bench", ["--no-browser", "--quick", "--out", file]);
    expect(r.status).toBe(0);
    expect(onlyJson(r.stdout).file).toBe(file);
    const after = readFileSync(file, "utf8");
    const headings = splitSections(after).sections.map((s) => s.heading);
    expect(headings).toEqual([CORE_HEADING, BROWSER_HEADING, SWEEP_HEADING, "Soak"]);
    for (const h of [BROWSER_HEADING, SWEEP_HEADING, "Soak"]) expect(sectionBody(after, h)).toBe(sectionBody(before, h));
    const core = sectionBody(after, CORE_HEADING) ?? "";
    expect(core).not.toBe(sectionBody(before, CORE_HEADING));
    expect(core).toContain("A quick run (--quick");
    expect(core).toMatch(/\| rig step \(stuntman, per tick\) \| [\d.]+ us \| [\d.]+ us \| \d+ \| {2}\|/);
  }, 120_000);

  it("with the browser measured, writes its section fresh and still keeps the others", () => {
    const old = `# Benchmarks\n\n## Browser\n\nold browser rows\n\n## ${SWEEP_HEADING}\n\nsweep rows\n`;
    const figures = { rows: [{ name: "browser frame, street autopilot, 1280x720", unit: "ms" as const, median: 16.5, p95: 20, n: 240 }], levels: [], qualities: [], renderer: "SwiftShader" };
    const md = benchmarksMarkdown([], figures, { files: 1, gzipBytes: 2048 }, old, { date: new Date(0), quick: false });
    expect(splitSections(md).sections.map((s) => s.heading)).toEqual([CORE_HEADING, BROWSER_HEADING, SWEEP_HEADING]);
    expect(sectionBody(md, BROWSER_HEADING)).toContain("| browser frame, street autopilot, 1280x720 | 16.50 ms | 20.00 ms | 240 |  |");
    expect(sectionBody(md, BROWSER_HEADING)).toContain("Game page JavaScript: 1 file(s), 2.0 KB gzipped");
    expect(sectionBody(md, SWEEP_HEADING)).toBe("sweep rows");
  });
});
