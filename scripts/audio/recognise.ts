/**
 * The intelligibility gate's ear: Debian's pocketsphinx with its US English model, run
 * once over every line that needs hearing (pocketsphinx_batch loads the model once).
 * It listens to the decoded OGG, what a player hears, resampled to 16 kHz with 0.3 s of
 * silence either side (the recogniser needs a little quiet to settle before speech).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SPHINX_MODEL } from "./tools";

/** How the gate listens, recorded in the manifest beside the package versions. */
export const RECOGNISER = `pocketsphinx_batch, model ${SPHINX_MODEL} (en-us, en-us.lm.bin, cmudict-en-us.dict), input: the decoded OGG at 16 kHz with 0.3 s of silence either side`;

/** What the recogniser heard in each file (`ids` to OGG paths); a missing transcript is "". */
export function recognise(files: ReadonlyMap<string, string>, work: string): Map<string, string> {
  const heard = new Map<string, string>();
  if (files.size === 0) return heard;
  const dir = join(work, "asr");
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  let n = 0;
  const nameOf = new Map<string, string>();
  for (const [id, ogg] of files) {
    const name = `u${n++}`;
    nameOf.set(name, id);
    names.push(name);
    execFileSync("ffmpeg", [
      "-nostdin", "-loglevel", "error", "-y", "-i", ogg,
      "-af", "adelay=300:all=1,apad=pad_dur=0.3", "-ar", "16000", "-ac", "1", "-f", "s16le", join(dir, `${name}.raw`),
    ]);
  }
  writeFileSync(join(dir, "list.ctl"), `${names.join("\n")}\n`);
  const hyp = join(dir, "out.hyp");
  execFileSync("pocketsphinx_batch", [
    "-ctl", join(dir, "list.ctl"), "-cepdir", dir, "-cepext", ".raw", "-adcin", "yes",
    "-hyp", hyp, "-hmm", `${SPHINX_MODEL}/en-us`, "-lm", `${SPHINX_MODEL}/en-us.lm.bin`,
    "-dict", `${SPHINX_MODEL}/cmudict-en-us.dict`, "-logfn", "/dev/null",
  ]);
  for (const row of readFileSync(hyp, "utf8").split("\n")) {
    const m = /^(.*?)\s*\((u\d+)\s+-?\d+\)\s*$/.exec(row);
    const id = m ? nameOf.get(m[2]) : undefined;
    if (id) heard.set(id, m![1].trim());
  }
  for (const id of files.keys()) if (!heard.has(id)) heard.set(id, "");
  return heard;
}
