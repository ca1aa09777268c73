import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith(".ts")) out.push(p);
  }
  return out;
}

/** Lines that are not comments, with their file and number. */
function codeLines(file: string): { line: string; where: string }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, where: `${relative(ROOT, file)}:${i + 1}` }))
    .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line));
}

const IMPORT = /\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): { spec: string; where: string }[] {
  const out: { spec: string; where: string }[] = [];
  for (const { line, where } of codeLines(file)) {
    for (const m of line.matchAll(IMPORT)) out.push({ spec: m[1] ?? m[2], where });
  }
  return out;
}

const WALL_CLOCK_OR_DOM = /\b(Math\.random|Date\.now|performance\.now|new Date\b|document\s*\.|window\s*\.|localStorage|requestAnimationFrame)/;

describe("the core stays pure (ARCHITECTURE.md)", () => {
  const layers = ["sim", "rig"] as const;
  for (const layer of layers) {
    const files = tsFiles(join(ROOT, "src", layer));
    it(`src/${layer} imports only itself, src/content and pure packages`, () => {
      const bad: string[] = [];
      for (const f of files) {
        for (const { spec, where } of importsOf(f)) {
          if (spec.startsWith(".")) {
            const top = relative(join(ROOT, "src"), resolve(dirname(f), spec)).split("/")[0];
            if (top !== layer && top !== "content") bad.push(`${where} imports "${spec}" (src/${top})`);
          } else if (/^(three|howler)(\/|$)/.test(spec) || (layer === "rig" && spec === "cannon-es")) {
            bad.push(`${where} imports "${spec}"`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
    it(`src/${layer} reads no wall clock, Math.random or DOM`, () => {
      const bad = files.flatMap((f) => codeLines(f).filter(({ line }) => WALL_CLOCK_OR_DOM.test(line)).map(({ where, line }) => `${where}: ${line.trim()}`));
      expect(bad).toEqual([]);
    });
  }

  it("src/sim uses DMath, not the engine's Math.sin/cos/atan2/exp/log/pow (they round differently across engines)", () => {
    const ENGINE_MATH = /\bMath\.(sin|cos|tan|atan2|atan|asin|acos|exp|expm1|log|log2|log10|log1p|pow|cbrt|sinh|cosh|tanh)\(|\*\*/;
    const files = tsFiles(join(ROOT, "src", "sim")).filter((f) => !f.endsWith("DMath.ts"));
    const bad = files.flatMap((f) => codeLines(f).filter(({ line }) => ENGINE_MATH.test(line)).map(({ where, line }) => `${where}: ${line.trim()}`));
    expect(bad).toEqual([]);
  });

  it("the core's tsconfig has no DOM library, so the compiler refuses DOM use there", () => {
    const cfg = JSON.parse(readFileSync(join(ROOT, "tsconfig.core.json"), "utf8"));
    expect(cfg.compilerOptions.lib.map((l: string) => l.toLowerCase())).not.toContain("dom");
    expect(cfg.include).toEqual(expect.arrayContaining(["src/sim/**/*.ts", "src/rig/**/*.ts"]));
  });

  it("the linter refuses an import of three in src/sim", () => {
    const dir = mkdtempSync(join(ROOT, "src/sim/.lintprobe-"));
    const probe = join(dir, "probe.ts");
    writeFileSync(probe, 'import { Vector3 } from "three";\nexport const v = new Vector3();\n');
    try {
      let output = "";
      try {
        execFileSync(join(ROOT, "node_modules/.bin/biome"), ["lint", relative(ROOT, probe)], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        output = `${err.stdout ?? ""}${err.stderr ?? ""}`;
      }
      expect(output).toContain("noRestrictedImports");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
