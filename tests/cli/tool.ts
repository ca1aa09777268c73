import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The command-line tools under src/cli, as `npm run <name>` runs them. */
export type ToolName = "sim" | "sweep" | "rig" | "bench" | "mix" | "render" | "soak";

const TSX = join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");

/** Runs a tool as npm would (from the repository, INIT_CWD where the user stood) and waits for it. */
export function tool(name: ToolName, args: readonly string[], opts: { initCwd?: string } = {}) {
  const env = { ...process.env, INIT_CWD: opts.initCwd ?? process.cwd() };
  return spawnSync(process.execPath, [TSX, `src/cli/${name}.ts`, ...args], { encoding: "utf8", cwd: process.cwd(), env });
}

/** Runs a tool with its stdout piped into a reader that has already gone (`| true`, as `| head` ends). */
export function toolIntoClosedPipe(name: ToolName, args: readonly string[]) {
  const quoted = [process.execPath, TSX, `src/cli/${name}.ts`, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  return spawnSync("bash", ["-c", `set -o pipefail; ${quoted} | true`], { encoding: "utf8", cwd: process.cwd() });
}

/** stdout as a tool must leave it: exactly one line, which is a JSON object; returns it parsed. */
export function onlyJson(stdout: string): Record<string, unknown> {
  const lines = stdout.split("\n");
  if (lines.length !== 2 || lines[1] !== "") throw new Error(`stdout is not one JSON line: ${JSON.stringify(stdout.slice(0, 400))}`);
  const v = JSON.parse(lines[0]);
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error(`stdout's line is not a JSON object: ${lines[0].slice(0, 200)}`);
  return v;
}
