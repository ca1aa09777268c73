import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const SRC = join(ROOT, "src");

/**
 * The layers of src/ and what each may import besides itself (README.md, "Layout", says
 * why). Arrows point down: presentation reads the core, the core reads only content, and
 * nothing imports `app` but the browser entry. biome.json's `noRestrictedImports`
 * overrides say the same; the last test below checks that they do.
 */
const MAY_IMPORT = {
  content: [],
  rig: ["content"],
  sim: ["content"],
  session: ["sim", "rig", "content"],
  settings: ["sim", "rig", "content"],
  input: ["sim"],
  view: ["session", "sim", "rig", "content"],
  audio: ["session", "sim", "rig", "content"],
  ui: ["settings", "input", "session", "sim", "rig", "content"],
  cli: ["view", "audio", "settings", "session", "sim", "rig", "content"],
  app: ["ui", "view", "audio", "input", "settings", "session", "sim", "rig", "content"],
  "main.ts": ["app", "ui", "view", "audio", "input", "settings", "session", "sim", "rig", "content"],
} as const satisfies Record<string, readonly string[]>;
type Layer = keyof typeof MAY_IMPORT;
const LAYERS = Object.keys(MAY_IMPORT) as Layer[];
const FOLDER_LAYERS = LAYERS.filter((l) => l !== "main.ts");

/** Folders beside src/ a layer may read: generated data, and the dev scripts the CLIs reuse. */
const OUTSIDE: Partial<Record<Layer, readonly string[]>> = { audio: ["assets"], cli: ["assets", "scripts"] };

/** Packages that tie code to an engine, the DOM or node, and the layers they may appear in. Pure packages go anywhere. */
const PACKAGE_HOMES: Record<string, readonly Layer[]> = {
  three: ["view", "app", "cli"],
  howler: ["audio"],
  tweakpane: ["ui"],
  nipplejs: ["input"],
  // The view runs its own cannon-es world for the dead's ragdolls (src/view/bodies/Ragdolls.ts),
  // never the core's: presentation only, outside the state hash.
  "cannon-es": ["sim", "view", "cli"],
  "playwright-core": ["cli"],
  vite: ["cli"],
  mediabunny: ["app", "cli"],
  node: ["cli"],
};

/** TypeScript files under `dir`, skipping dot-named entries (the lint probes below). */
function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".")) continue;
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

const IMPORT = /\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/g;

function importsOf(file: string): { spec: string; where: string }[] {
  const out: { spec: string; where: string }[] = [];
  for (const { line, where } of codeLines(file)) {
    for (const m of line.matchAll(IMPORT)) out.push({ spec: m[1] ?? m[2] ?? m[3], where });
  }
  return out;
}

/** The layer of a path under src/ ("main.ts" for the entry), or the top folder outside src/. */
function layerOf(path: string): string {
  const rel = relative(SRC, path);
  if (rel.startsWith("..")) return relative(ROOT, path).split("/")[0];
  return rel === "main.ts" ? "main.ts" : rel.split("/")[0];
}

/** The package an import names (`three/examples/...` is three; `node:fs` is node). */
function packageOf(spec: string): string {
  if (spec.startsWith("node:")) return "node";
  const parts = spec.split("/");
  return spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

const ALL = tsFiles(SRC);
const filesOf = (layer: Layer): string[] => ALL.filter((f) => layerOf(f) === layer);

describe("every layer imports only what the table allows", () => {
  it("every file under src/ belongs to a layer of the table", () => {
    expect(ALL.map(layerOf).filter((l) => !LAYERS.includes(l as Layer))).toEqual([]);
  });

  for (const layer of LAYERS) {
    const allowed = new Set<string>([layer, ...MAY_IMPORT[layer], ...(OUTSIDE[layer] ?? [])]);
    it(`src/${layer} imports only ${[...MAY_IMPORT[layer], ...(OUTSIDE[layer] ?? [])].join(", ") || "itself"}`, () => {
      const bad: string[] = [];
      for (const f of filesOf(layer)) {
        for (const { spec, where } of importsOf(f)) {
          if (spec.startsWith(".")) {
            const to = layerOf(resolve(dirname(f), spec));
            if (!allowed.has(to)) bad.push(`${where} imports "${spec}" (${to})`);
          } else {
            const homes = PACKAGE_HOMES[packageOf(spec)];
            if (homes && !homes.includes(layer)) bad.push(`${where} imports the package "${spec}" (only ${homes.join(", ")})`);
          }
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it("nothing imports src/app but src/main.ts", () => {
    const app = join(SRC, "app");
    const bad = ALL.filter((f) => layerOf(f) !== "app" && layerOf(f) !== "main.ts").flatMap((f) =>
      importsOf(f)
        .filter(({ spec }) => spec.startsWith(".") && resolve(dirname(f), spec).startsWith(app))
        .map(({ where, spec }) => `${where} imports "${spec}"`),
    );
    expect(bad).toEqual([]);
  });
});

const WALL_CLOCK_OR_DOM = /\b(Math\.random|Date\.now|performance\.now|new Date\b|document\s*\.|window\s*\.|localStorage|requestAnimationFrame)/;

describe("the core stays pure (src/sim/README.md)", () => {
  for (const layer of ["sim", "rig"] as const) {
    it(`src/${layer} reads no wall clock, Math.random or DOM`, () => {
      const bad = filesOf(layer).flatMap((f) => codeLines(f).filter(({ line }) => WALL_CLOCK_OR_DOM.test(line)).map(({ where, line }) => `${where}: ${line.trim()}`));
      expect(bad).toEqual([]);
    });
  }

  it("src/sim uses DMath, not the engine's Math.sin/cos/atan2/exp/log/pow (they round differently across engines)", () => {
    const ENGINE_MATH = /\bMath\.(sin|cos|tan|atan2|atan|asin|acos|exp|expm1|log|log2|log10|log1p|pow|cbrt|sinh|cosh|tanh)\(|\*\*/;
    const files = filesOf("sim").filter((f) => !f.endsWith("DMath.ts"));
    const bad = files.flatMap((f) => codeLines(f).filter(({ line }) => ENGINE_MATH.test(line)).map(({ where, line }) => `${where}: ${line.trim()}`));
    expect(bad).toEqual([]);
  });

  it("the core's tsconfig has no DOM library, so the compiler refuses DOM use there and in what the CLIs share", () => {
    const cfg = JSON.parse(readFileSync(join(ROOT, "tsconfig.core.json"), "utf8"));
    expect(cfg.compilerOptions.lib.map((l: string) => l.toLowerCase())).not.toContain("dom");
    expect(cfg.include).toEqual(expect.arrayContaining(["src/sim/**/*.ts", "src/rig/**/*.ts", "src/session/**/*.ts"]));
  });
});

/**
 * biome.json must refuse exactly what the table forbids. For every layer, probe files at
 * three depths import every real file of every other layer (and the engine packages);
 * biome must flag each forbidden line and none of the allowed ones. A new file or folder
 * that a pattern misses (a pattern spelt in the wrong case, say) fails here.
 */
describe("biome's restricted imports match the table", () => {
  const probeName = `.archprobe-${process.pid}`;
  const probes: { file: string; layer: Layer; forbidden: Set<number>; lines: string[] }[] = [];
  let flagged = new Map<string, Set<number>>();

  beforeAll(() => {
    for (const layer of FOLDER_LAYERS) {
      const base = join(SRC, layer);
      for (const file of [join(base, `${probeName}.ts`), join(base, probeName, "p.ts"), join(base, probeName, "deep", "p.ts")]) {
        const lines: string[] = [];
        const forbidden = new Set<number>();
        for (const target of ALL) {
          const to = layerOf(target) as Layer;
          if (to === "main.ts" || to === layer) continue;
          let spec = relative(dirname(file), target).replace(/\.ts$/, "");
          if (!spec.startsWith(".")) spec = `./${spec}`;
          if (!(MAY_IMPORT[layer] as readonly string[]).includes(to)) forbidden.add(lines.length + 1);
          lines.push(`import "${spec}";`);
        }
        for (const [pkg, homes] of Object.entries(PACKAGE_HOMES)) {
          if (homes.includes(layer)) continue;
          forbidden.add(lines.length + 1);
          lines.push(`import "${pkg === "node" ? "node:fs" : pkg}";`);
        }
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${lines.join("\n")}\n`);
        probes.push({ file, layer, forbidden, lines });
      }
    }
    let out = "";
    try {
      out = execFileSync(join(ROOT, "node_modules/.bin/biome"), ["lint", "--reporter=json", "--max-diagnostics=none", ...probes.map((p) => relative(ROOT, p.file))], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? "";
    }
    const report = JSON.parse(out) as { diagnostics: { category: string; location: { path: string; start: { line: number } } }[] };
    flagged = new Map();
    for (const d of report.diagnostics) {
      if (d.category !== "lint/style/noRestrictedImports") continue;
      const key = join(ROOT, d.location.path);
      if (!flagged.has(key)) flagged.set(key, new Set());
      flagged.get(key)!.add(d.location.start.line);
    }
  }, 60_000);

  afterAll(() => {
    for (const layer of FOLDER_LAYERS) {
      rmSync(join(SRC, layer, `${probeName}.ts`), { force: true });
      rmSync(join(SRC, layer, probeName), { recursive: true, force: true });
    }
  });

  for (const layer of FOLDER_LAYERS) {
    it(`src/${layer}: every forbidden import is refused, every allowed one passes`, () => {
      const missed: string[] = [];
      const overblocked: string[] = [];
      for (const p of probes.filter((q) => q.layer === layer)) {
        const got = flagged.get(p.file) ?? new Set<number>();
        p.lines.forEach((line, i) => {
          const n = i + 1;
          const where = `${relative(ROOT, p.file)}: ${line}`;
          if (p.forbidden.has(n) && !got.has(n)) missed.push(where);
          if (!p.forbidden.has(n) && got.has(n)) overblocked.push(where);
        });
      }
      expect(missed).toEqual([]);
      expect(overblocked).toEqual([]);
    });
  }
});

describe("the design lives in the repository", () => {
  const MD_REF = /[\w./-]*\b[A-Za-z][\w-]*\.md\b/g;
  const sources = [...ALL, ...tsFiles(join(ROOT, "tests")), ...tsFiles(join(ROOT, "scripts")), join(ROOT, "biome.json")];

  it("every Markdown file a comment or message names exists in the repository (a clone has no design folder)", () => {
    const bad: string[] = [];
    for (const f of sources) {
      readFileSync(f, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const m of line.matchAll(MD_REF)) {
            const ref = m[0];
            const found = [dirname(f), ROOT, SRC].some((base) => existsSync(resolve(base, ref)));
            if (!found) bad.push(`${relative(ROOT, f)}:${i + 1} names ${ref}`);
          }
        });
    }
    expect(bad).toEqual([]);
  });

  it("DEG means radians per degree wherever it is defined, and only the core and the rig define it", () => {
    const defs = ALL.flatMap((f) => codeLines(f).filter(({ line }) => /\bconst DEG\b/.test(line)).map(({ line, where }) => ({ where, line: line.trim() })));
    expect(defs.map((d) => d.where.replace(/:\d+$/, "")).sort()).toEqual(["src/rig/math.ts", "src/sim/core/units.ts"]);
    for (const d of defs) expect(d.line, d.where).toMatch(/const DEG = Math\.PI \/ 180;/);
  });
});

