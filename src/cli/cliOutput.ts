/**
 * How every command-line tool ends: stdout carries only the result's one JSON line (so
 * `npm run -s sim -- … | jq .` works), progress and reports go to stderr, a closed pipe
 * (`| head`) ends the tool quietly, bad input and an output that cannot be written exit 2
 * with one line naming the flag, and a failed run exits 1.
 */
import { accessSync, constants, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { BadInput, type CliSpec, type Flags, type FlagSpecs, helpText, parseFlags } from "./cliArgs";

/** The repository's root (where BENCHMARKS.md lives), wherever the tool was started from. */
export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Progress and reports: stderr, never stdout. */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * A number as a report shows it: three decimals (`seconds` to the millisecond), and three
 * significant digits below 0.1 so small shares keep their figure; whole numbers as they are.
 */
export function roundNumber(x: number): number {
  if (Number.isInteger(x) || !Number.isFinite(x)) return x;
  return Math.abs(x) >= 0.1 ? Math.round(x * 1000) / 1000 : Number(x.toPrecision(3));
}

/** `value` with every number in it rounded by `roundNumber` (a copy; the input is untouched). */
export function roundNumbers<T>(value: T): T {
  if (typeof value === "number") return roundNumber(value) as T;
  if (Array.isArray(value)) return value.map(roundNumbers) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)])) as T;
  return value;
}

/** The tool's result: one JSON line on stdout, numbers rounded. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(roundNumbers(value))}\n`);
}

const WHY: Record<string, string> = {
  ENOENT: "the folder does not exist",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
};

/** The one-line refusal for an output `file` (given as `--flag`) that cannot be written. */
export function unwritable(flag: string, file: string, e: unknown): BadInput {
  const code = (e as NodeJS.ErrnoException)?.code ?? "";
  const why = WHY[code] ?? (e instanceof Error ? e.message.split("\n")[0] : String(e));
  return new BadInput(`--${flag} ${file}: cannot write the file: ${why}`);
}

/**
 * Checks, before a long run, that `file` can be written (its folder exists and is
 * writable; the file itself, if it exists, is a writable file); throws `unwritable`.
 */
export function checkWritable(flag: string, file: string): void {
  try {
    let exists = true;
    try {
      if (statSync(file).isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      exists = false;
    }
    if (exists) accessSync(file, constants.W_OK);
    else {
      if (!statSync(dirname(file)).isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
      accessSync(dirname(file), constants.W_OK);
    }
  } catch (e) {
    throw unwritable(flag, file, e);
  }
}

/** Writes an output file; a failure becomes `unwritable` (exit 2, one line), never a stack trace. */
export function writeOutput(flag: string, file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (e) {
    throw unwritable(flag, file, e);
  }
}

/** A closed stdout (`| head`) ends the tool quietly; a closed stderr only loses progress lines. */
function quietOnClosedPipes(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
  process.stderr.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
}

/** Exits once stdout has taken everything written to it. */
function exitAfterFlush(code: number): void {
  process.stdout.write("", () => process.exit(code));
}

/**
 * Runs a tool: parses the arguments against `spec` (`--help` prints `helpText`), calls
 * `main`, and exits with its code (0 by default). `BadInput`: exit 2 with `name: message`
 * on stderr. Any other error is a failed run: exit 1 with the message (and its stack, which
 * a bug needs).
 */
export function runCli<S extends FlagSpecs>(name: string, spec: CliSpec<S>, main: (flags: Flags<S>) => number | undefined | Promise<number | undefined>): void {
  quietOnClosedPipes();
  const fail = (e: unknown): void => {
    if (e instanceof BadInput) {
      log(`${name}: ${e.message}`);
      exitAfterFlush(2);
    } else {
      log(`${name}: failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      exitAfterFlush(1);
    }
  };
  try {
    const flags = parseFlags(process.argv.slice(2), spec);
    if (flags === "help") {
      process.stdout.write(`${helpText(spec)}\n`);
      exitAfterFlush(0);
      return;
    }
    Promise.resolve(main(flags)).then((code) => exitAfterFlush(code ?? 0), fail);
  } catch (e) {
    fail(e);
  }
}
