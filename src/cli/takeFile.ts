import { readFileSync } from "node:fs";
import { parseTake, type Take } from "../sim/input/Take";
import { BadInput } from "./cliArgs";

/** Reads a take file named by `--<flag>`; a refusal names the file and the problem. */
export function readTakeFile(file: string, flag = "take"): Take {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BadInput(`--${flag} ${file}: cannot be read (${code === "ENOENT" ? "no such file" : (e as Error).message})`);
  }
  const parsed = parseTake(text);
  if (!parsed.ok) throw new BadInput(`--${flag} ${file}: ${parsed.error}`);
  return parsed.take;
}
