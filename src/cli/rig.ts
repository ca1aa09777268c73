/**
 * `npm run rig -- analyze <preset id | file.json> [--course standard|parkour] [--svg <file>]`:
 * drives the rig headlessly through the standard course (src/rig/README.md) or the parkour
 * course and prints the figures as one JSON object on the last line of stdout. Bad input:
 * exit code 2, a message naming each bad field on stderr.
 */
import { writeFileSync } from "node:fs";
import { analyzeTrace } from "../rig/analysis";
import { PRESET_IDS } from "../rig/presets";
import type { RigSettings } from "../rig/schema";
import { runParkourCourse } from "../rig/parkourCourse";
import { runStandardCourse } from "../rig/standardCourse";
import { renderTraceSvg } from "../rig/tracePlot";
import { rigFromArg } from "./rigFile";

const USAGE = `usage: npm run rig -- analyze <${PRESET_IDS.join(" | ")} | file.json> [--course standard|parkour] [--svg <file>]`;
const COURSES = { standard: runStandardCourse, parkour: runParkourCourse } as const;
type CourseId = keyof typeof COURSES;

class BadInput extends Error {}

function loadSettings(arg: string): { id: string; settings: RigSettings } {
  const r = rigFromArg(arg);
  if (!r.ok) throw new BadInput(r.error);
  return r;
}

/** Runs the command line; returns the exit code. */
export function main(argv: readonly string[]): number {
  try {
    const [command, ...rest] = argv;
    if (command !== "analyze") throw new BadInput(command === undefined ? "missing command" : `unknown command "${command}"`);
    let svgPath: string | undefined;
    let course: CourseId = "standard";
    const positional: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === "--svg") {
        svgPath = rest[++i];
        if (svgPath === undefined) throw new BadInput("--svg: missing file name");
      } else if (rest[i] === "--course") {
        const c = rest[++i];
        if (c !== "standard" && c !== "parkour") throw new BadInput(`--course: "${c ?? ""}" is not a course (standard, parkour)`);
        course = c;
      } else if (rest[i].startsWith("--")) throw new BadInput(`${rest[i]}: unknown option`);
      else positional.push(rest[i]);
    }
    if (positional.length !== 1) throw new BadInput("expected exactly one preset id or file");
    const { id, settings } = loadSettings(positional[0]);
    const run = COURSES[course](settings);
    const figures = analyzeTrace(run.trace);
    if (svgPath !== undefined) {
      writeFileSync(svgPath, renderTraceSvg(`${settings.name} (${id}): the ${course} course`, run.trace, run.segments, figures));
    }
    console.log(JSON.stringify({ preset: id, ...figures }));
    return 0;
  } catch (e) {
    if (e instanceof BadInput) {
      console.error(`rig: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
