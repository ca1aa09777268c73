/**
 * `npm run rig -- analyze <preset id | file.json> [--course standard|parkour] [--svg <file>]`:
 * drives the rig headlessly through the standard course (src/rig/README.md) or the parkour
 * course and prints the figures as one JSON line on stdout. Bad input or an SVG that cannot
 * be written: exit code 2, a message naming each bad field on stderr.
 */
import { analyzeTrace } from "../rig/analysis";
import { runParkourCourse } from "../rig/parkourCourse";
import { PRESET_IDS } from "../rig/presets";
import { runStandardCourse } from "../rig/standardCourse";
import { renderTraceSvg } from "../rig/tracePlot";
import { BadInput, type CliSpec, type Flags, type FlagSpecs } from "./cliArgs";
import { checkWritable, printJson, runCli, writeOutput } from "./cliOutput";
import { rigFromArg } from "./rigFile";

const COURSES = { standard: runStandardCourse, parkour: runParkourCourse } as const;
type CourseId = keyof typeof COURSES;

const SPEC = {
  usage: "npm run rig -- analyze <preset id | file.json> [--course standard|parkour] [--svg <file>]",
  about: `Drives the camera rig through a pinned course (standard: walk, sprint, jump, an explosion;
parkour: vaults, ledges, a ladder, a roll) and prints its comfort figures as one JSON line:
{ preset, peakAngularSpeedDegS, rmsAngularSpeedDegS, rmsRollDeg, peakBobM, vimsBandShare,
vimsBandRmsDeg, comfort }. Presets: ${PRESET_IDS.join(", ")}; or a rig settings file (.json,
as the Lab exports). Exit 0 on success, 2 on bad input or an SVG that cannot be written.`,
  flags: {
    course: { kind: "string", value: "standard|parkour", choices: Object.keys(COURSES), help: "the course to drive (default standard)" },
    svg: { kind: "path", value: "file", help: "also draw the course's traces to an SVG file" },
  },
  positional: { max: 2, names: "analyze <preset | file.json>" },
} satisfies CliSpec<FlagSpecs>;

function main(flags: Flags<typeof SPEC.flags>): number {
  const [command, preset] = flags.positional;
  if (command !== "analyze") throw new BadInput(command === undefined ? "missing command: analyze (see --help)" : `unknown command ${JSON.stringify(command)} (the command is analyze)`);
  if (preset === undefined) throw new BadInput(`analyze needs a preset id (${PRESET_IDS.join(", ")}) or a .json file`);
  const r = rigFromArg(preset);
  if (!r.ok) throw new BadInput(r.error);
  if (flags.svg !== undefined) checkWritable("svg", flags.svg);
  const course = (flags.course ?? "standard") as CourseId;
  const run = COURSES[course](r.settings);
  const figures = analyzeTrace(run.trace);
  if (flags.svg !== undefined) writeOutput("svg", flags.svg, renderTraceSvg(`${r.settings.name} (${r.id}): the ${course} course`, run.trace, run.segments, figures));
  printJson({ preset: r.id, ...figures });
  return 0;
}

runCli("rig", SPEC, main);
