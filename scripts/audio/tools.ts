/**
 * The Debian tools the sound generator runs, found before anything is made: a missing
 * one stops it with the apt-get line that installs it. Their versions go into the
 * manifest (and into the voices' recipe hashes, since they decide the bytes).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Everything the generator needs, as one install line. */
export const APT_PACKAGES =
  "festival festvox-us-slt-hts festvox-ru flite sox ffmpeg pocketsphinx pocketsphinx-en-us";

/** The pocketsphinx model the gate listens with. */
export const SPHINX_MODEL = "/usr/share/pocketsphinx/model/en-us";

const COMMANDS: readonly [command: string, pkg: string][] = [
  ["text2wave", "festival"],
  ["festival", "festival"],
  ["flite", "flite"],
  ["sox", "sox"],
  ["ffmpeg", "ffmpeg"],
  ["pocketsphinx_batch", "pocketsphinx"],
];

const FILES: readonly [path: string, pkg: string][] = [
  ["/usr/share/festival/voices/us/cmu_us_slt_arctic_hts", "festvox-us-slt-hts"],
  ["/usr/share/festival/voices/russian/msu_ru_nsh_clunits", "festvox-ru"],
  [`${SPHINX_MODEL}/en-us`, "pocketsphinx-en-us"],
  [`${SPHINX_MODEL}/en-us.lm.bin`, "pocketsphinx-en-us"],
  [`${SPHINX_MODEL}/cmudict-en-us.dict`, "pocketsphinx-en-us"],
];

/** Packages whose versions decide a voice file's bytes. */
const SYNTH_PACKAGES = ["festival", "festvox-us-slt-hts", "festvox-ru", "flite", "sox", "ffmpeg"] as const;
/** Packages whose versions decide what the recogniser hears. */
const RECOGNISER_PACKAGES = ["pocketsphinx", "pocketsphinx-en-us"] as const;

export interface ToolVersions {
  /** Debian package versions of the synthesisers, sox and ffmpeg. */
  synth: Record<string, string>;
  /** pocketsphinx and its model. */
  recogniser: Record<string, string>;
}

function onPath(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** dpkg-query's format for a package's version. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg's own field syntax, not a template.
const DPKG_VERSION = "${Version}";

function packageVersion(pkg: string): string {
  try {
    return execFileSync("dpkg-query", ["-W", "-f", DPKG_VERSION, pkg], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || "unknown";
  } catch {
    return "unknown";
  }
}

/** Checks every tool and voice; throws one message naming what is missing and how to install it. */
export function checkTools(): ToolVersions {
  const missing = new Set<string>();
  for (const [cmd, pkg] of COMMANDS) if (!onPath(cmd)) missing.add(`${cmd} (${pkg})`);
  for (const [path, pkg] of FILES) if (!existsSync(path)) missing.add(`${path} (${pkg})`);
  if (missing.size) {
    throw new Error(`audio:generate needs ${[...missing].join(", ")}.\nInstall them with: apt-get install -y ${APT_PACKAGES}`);
  }
  const synth: Record<string, string> = {};
  for (const p of SYNTH_PACKAGES) synth[p] = packageVersion(p);
  const recogniser: Record<string, string> = {};
  for (const p of RECOGNISER_PACKAGES) recogniser[p] = packageVersion(p);
  return { synth, recogniser };
}
