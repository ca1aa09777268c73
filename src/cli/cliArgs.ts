/**
 * The one argument parser every command-line tool uses, so that a flag means the same
 * thing everywhere: `--help` on every tool, unknown and repeated flags refused by name, a
 * flag that takes a value refused without one (`--out` at the end, `--out --seed 3`, `''`),
 * numbers written in plain decimal only (`0x10`, `1e3`, `12abc` refused), seeds in
 * 0..4294967295 (never wrapped), and file names resolved from the directory the user ran
 * npm in. A refusal is a `BadInput` naming the flag; the tool exits 2 with it.
 */
import { isAbsolute, resolve } from "node:path";
import { MAX_SEED, parseSeedText } from "../sim/core/seed";

/** Bad input: the tool exits 2 with this message (which names the wrong field) on stderr. */
export class BadInput extends Error {}

interface FlagBase {
  /** One line for `--help`. */
  help: string;
}

/**
 * A flag's kind. `path`: a file name, resolved from where the user ran npm (INIT_CWD).
 * `int` and `number`: plain decimal, within `min`..`max` when given. `seed`: 0..4294967295.
 */
export type FlagSpec =
  | (FlagBase & { kind: "boolean" })
  | (FlagBase & { kind: "string"; value: string; choices?: readonly string[] })
  | (FlagBase & { kind: "path"; value: string })
  | (FlagBase & { kind: "int" | "number"; value: string; min?: number; max?: number })
  | (FlagBase & { kind: "seed" });

export type FlagSpecs = Record<string, FlagSpec>;

type ValueOf<F extends FlagSpec> = F["kind"] extends "boolean" ? boolean : F["kind"] extends "int" | "number" | "seed" ? number : string;

/** What was given: each flag's value (absent when not given) and the positional arguments in order. */
export type Flags<S extends FlagSpecs> = { [K in keyof S]?: ValueOf<S[K]> } & { readonly positional: readonly string[] };

/** A tool's command line: what `--help` prints and what the parser accepts. */
export interface CliSpec<S extends FlagSpecs> {
  /** The synopsis, e.g. `npm run sim -- --piece <id> [--autopilot]`. */
  usage: string;
  /** What the tool does and prints (a paragraph or two). */
  about: string;
  flags: S;
  /** Positional arguments: how many at most (default 0) and how `--help` names them. */
  positional?: { max: number; names: string };
}

/** A user's file name as an absolute path: relative names start where they ran npm (INIT_CWD). */
export function userPath(name: string): string {
  return isAbsolute(name) ? name : resolve(process.env.INIT_CWD || process.cwd(), name);
}

/** `--help`'s text: the usage line, the description and every flag with its help. */
export function helpText(spec: CliSpec<FlagSpecs>): string {
  const rows = Object.entries(spec.flags).map(([name, f]) => {
    const arg = f.kind === "boolean" ? "" : f.kind === "seed" ? " <0..4294967295>" : ` <${f.value}>`;
    return [`--${name}${arg}`, f.help] as const;
  });
  rows.push(["--help", "print this text and exit"]);
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return [`Usage: ${spec.usage}`, "", spec.about.trim(), "", "Options:", ...rows.map(([k, h]) => `  ${k.padEnd(width)}${h}`)].join("\n");
}

function decimal(flag: string, text: string, f: { kind: "int" | "number"; min?: number; max?: number }): number {
  const re = f.kind === "int" ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
  const what = f.kind === "int" ? "a whole number" : "a number";
  const n = Number(text);
  if (!re.test(text) || !Number.isFinite(n) || (f.kind === "int" && !Number.isSafeInteger(n))) throw new BadInput(`--${flag} needs ${what} in decimal, got ${JSON.stringify(text)}`);
  const range = f.min !== undefined && f.max !== undefined ? ` from ${f.min} to ${f.max}` : f.min !== undefined ? ` >= ${f.min}` : f.max !== undefined ? ` <= ${f.max}` : "";
  if ((f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) throw new BadInput(`--${flag} must be ${what}${range}, got ${text}`);
  return n;
}

function readValue(flag: string, f: FlagSpec, text: string): boolean | number | string {
  switch (f.kind) {
    case "boolean":
      return true;
    case "seed": {
      const seed = parseSeedText(text);
      if (seed === null) throw new BadInput(`--${flag} must be a whole number from 0 to ${MAX_SEED}, got ${JSON.stringify(text)}`);
      return seed;
    }
    case "int":
    case "number":
      return decimal(flag, text, f);
    case "path":
      return userPath(text);
    case "string":
      if (f.choices && !f.choices.includes(text)) throw new BadInput(`--${flag} must be one of ${f.choices.join(", ")}, got ${JSON.stringify(text)}`);
      return text;
  }
}

/**
 * Reads `argv` against `spec`. Returns "help" when `--help` or `-h` is anywhere (nothing
 * else is checked then); otherwise the flags, or a `BadInput` naming the first problem.
 * Accepts `--flag value` and `--flag=value`.
 */
export function parseFlags<S extends FlagSpecs>(argv: readonly string[], spec: CliSpec<S>): Flags<S> | "help" {
  if (argv.some((a) => a === "--help" || a === "-h")) return "help";
  const out: Record<string, unknown> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      if (positional.length >= (spec.positional?.max ?? 0)) throw new BadInput(`unexpected argument ${JSON.stringify(arg)} (see --help)`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const f = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (!f) throw new BadInput(`unknown argument ${JSON.stringify(arg)} (see --help)`);
    if (name in out) throw new BadInput(`--${name} is given twice`);
    let text: string;
    if (f.kind === "boolean") {
      if (eq >= 0) throw new BadInput(`--${name} takes no value, got ${JSON.stringify(arg.slice(eq + 1))}`);
      text = "";
    } else {
      const next = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
      const placeholder = f.kind === "seed" ? "a seed" : `<${f.value}>`;
      if (next === undefined || (eq < 0 && next.startsWith("--"))) throw new BadInput(`--${name} needs a value: ${placeholder}`);
      if (next.trim() === "") throw new BadInput(`--${name} needs a value: ${placeholder}, got ""`);
      if (eq < 0) i++;
      text = next;
    }
    out[name] = readValue(name, f, text);
  }
  return { ...out, positional } as unknown as Flags<S>;
}

/**
 * Refuses flags a mode ignores, naming them: `refuseIgnored(flags, "take", ["seed", "ticks"],
 * "a take replays its own seed and length")` throws when `--take` came with `--seed`.
 */
export function refuseIgnored<S extends FlagSpecs>(flags: Flags<S>, mode: keyof S & string, ignored: readonly (keyof S & string)[], why: string): void {
  if (flags[mode] === undefined) return;
  const given = ignored.filter((k) => flags[k] !== undefined);
  if (given.length) throw new BadInput(`${given.map((k) => `--${k}`).join(" and ")} cannot go with --${mode}: ${why}`);
}
