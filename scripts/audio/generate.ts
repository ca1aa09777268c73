/**
 * `npm run audio:generate [-- --all | --check [--only <id,id>] | --report]`: makes every sound
 * under assets/audio/ and its manifest. Effects and music are synthesised by synth.ts;
 * every dialogue line in src/content/dialogue.ts is voiced (voices.ts), normalised to the
 * loudness target, and English lines are heard by the recogniser for the intelligibility
 * gate. Only what changed is remade: a sound whose recipe (words, voice, shaping, tool
 * versions) matches the manifest and whose files match their hashes is kept, and the
 * result is byte for byte what a full run (`--all`) makes. `--check` makes everything (or
 * the `--only` ids) twice from scratch and compares the two runs byte for byte (and says
 * how many differ from the committed files: libopus picks its code by CPU, so another
 * machine may encode Opus differently). `--report` prints the gate's table from the
 * committed manifest and needs no tools.
 * Needs Debian's festival, flite, sox, ffmpeg and pocketsphinx; installs nothing.
 * Progress goes to stderr; the last stdout line is a JSON summary. Exit 2 on bad input or
 * missing tools, 1 when the gate fails or --check finds two runs that differ.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AudioManifest } from "../../src/audio/manifest";
import { DIALOGUE } from "../../src/content/dialogue";
import { VOICE_TAIL_S } from "../../src/content/subtitles";
import { encode } from "./encode";
import { FOLDERS, filesMatch, fileInfo, readPrevious, type VoiceFacts, writeManifest } from "./manifest";
import { RECOGNISER, recognise } from "./recognise";
import { gateReport } from "./report";
import { renderSynth } from "./synth";
import { checkTools, type ToolVersions } from "./tools";
import { makeVoice } from "./voices";
import { describeSynth, voiceAllowanceS, voiceRecipeHash, voiceRecipeOf } from "./voiceRecipes";
import { wordErrorRate } from "./wer";

const ASSETS = "assets/audio";
/** Encoder bit rates (Opus, MP3), kbit/s. */
const RATES = { sfx: [32, 48], music: [40, 56] } as const;

interface Args {
  all: boolean;
  check: boolean;
  report: boolean;
  only: Set<string> | null;
}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { all: false, check: false, report: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--all") a.all = true;
    else if (k === "--check") a.check = true;
    else if (k === "--report") a.report = true;
    else if (k === "--only") {
      const v = argv[++i];
      if (!v || v.startsWith("--")) throw new Error("--only needs a list of sound ids (voice/st.north,sfx/shot.rifle)");
      a.only = new Set(v.split(",").filter(Boolean));
    } else throw new Error(`unknown argument ${JSON.stringify(k)} (use --all, --check, --only <ids>, --report)`);
  }
  if (a.only && !a.check) throw new Error("--only goes with --check");
  return a;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Effects and music: synthesised, then encoded unless the same WAV was encoded last time. */
function makeEffects(out: string, work: string, tools: ToolVersions, prev: AudioManifest | null, only: Set<string> | null): Map<string, string> {
  const sources = new Map<string, string>();
  let made = 0;
  for (const [id, wav] of renderSynth(join(work, "synth"))) {
    if (only && !only.has(id)) continue;
    const [opus, mp3] = id.startsWith("sfx/") ? RATES.sfx : RATES.music;
    const source = createHash("sha256").update(readFileSync(wav)).update(`${opus}/${mp3}/${tools.synth.ffmpeg}`).digest("hex").slice(0, 16);
    sources.set(id, source);
    if (prev?.sounds[id]?.source === source && filesMatch(out, id, prev.sounds[id])) continue;
    encode(wav, join(out, id), opus, mp3);
    made++;
  }
  log(`effects and music: ${sources.size}, ${made} encoded`);
  return sources;
}

/** Every dialogue line: kept when its recipe and files are unchanged, otherwise voiced; English ones heard. */
function makeVoices(out: string, work: string, tools: ToolVersions, prev: AudioManifest | null, only: Set<string> | null, hear = true): Map<string, VoiceFacts> {
  const facts = new Map<string, VoiceFacts>();
  const toHear = new Map<string, string>();
  const sameEar = prev !== null && prev.recogniser.how === RECOGNISER && JSON.stringify(prev.recogniser.packages) === JSON.stringify(tools.recogniser);
  let made = 0;
  for (const line of DIALOGUE) {
    const id = `voice/${line.id}`;
    if (only && !only.has(id)) continue;
    if (line.speaker === "henry") throw new Error(`line ${line.id}: Henry never speaks`);
    const allowanceS = voiceAllowanceS(line, VOICE_TAIL_S);
    const recipe = voiceRecipeHash(line, allowanceS, tools.synth);
    const old = prev?.sounds[id];
    if (old?.voice?.recipe === recipe && filesMatch(out, id, old)) {
      const { lufs: _l, truePeakDbtp: _p, ...kept } = old.voice;
      facts.set(line.id, kept);
      if (line.lang === "en" && (!sameEar || kept.wer === null)) toHear.set(line.id, join(out, `${id}.ogg`));
      continue;
    }
    const lineWork = join(work, "voice", line.id);
    mkdirSync(lineWork, { recursive: true });
    const m = makeVoice(line, allowanceS, lineWork, join(out, id));
    log(`voiced ${line.id} (${line.speaker}, ${m.spokenS.toFixed(2)} s spoken, tempo ${m.tempo})`);
    made++;
    facts.set(line.id, {
      tempo: m.tempo,
      spokenS: Math.round(m.spokenS * 1000) / 1000,
      speaker: line.speaker,
      lang: line.lang,
      radio: line.radio === true,
      synth: describeSynth(voiceRecipeOf(line).synth),
      recipe,
      wer: null,
      heard: null,
    });
    if (line.lang === "en") toHear.set(line.id, join(out, `${id}.ogg`));
  }
  const heard = hear ? recognise(toHear, work) : new Map<string, string>();
  for (const [lineId, words] of heard) {
    const f = facts.get(lineId);
    const line = DIALOGUE.find((l) => l.id === lineId);
    if (!f || !line) continue;
    f.heard = words;
    f.wer = Math.round(wordErrorRate(line.text, words) * 1000) / 1000;
  }
  log(`voices: ${facts.size}, ${made} voiced, ${heard.size} heard by the recogniser`);
  return facts;
}

/** Deletes files of sounds that no longer exist in the data. */
function removeStale(out: string, keep: ReadonlySet<string>): void {
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(out, folder))) {
      const id = `${folder}/${name.replace(/\.(ogg|mp3)$/, "")}`;
      if (keep.has(id)) continue;
      unlinkSync(join(out, folder, name));
      log(`removed ${folder}/${name}`);
    }
  }
}

/** The files of `ids` that differ between two folders, byte for byte. */
function compare(a: string, b: string, ids: readonly string[]): string[] {
  const diff: string[] = [];
  for (const id of ids) {
    for (const ext of ["ogg", "mp3"]) {
      const pb = join(b, `${id}.${ext}`);
      if (!existsSync(pb) || fileInfo(join(a, `${id}.${ext}`)).sha256 !== fileInfo(pb).sha256) diff.push(`${id}.${ext}`);
    }
  }
  return diff;
}

/** --check: two runs from scratch, compared with each other and with the committed files. */
function check(work: string, tools: ToolVersions, only: Set<string> | null): number {
  const runs = ["first", "second"].map((name) => {
    const out = join(work, name);
    for (const f of FOLDERS) mkdirSync(join(out, f), { recursive: true });
    const sources = makeEffects(out, join(work, `${name}.work`), tools, null, only);
    const voices = makeVoices(out, join(work, `${name}.work`), tools, null, only, false);
    return { out, ids: [...sources.keys(), ...[...voices.keys()].map((l) => `voice/${l}`)] };
  });
  const runsDiffer = compare(runs[0].out, runs[1].out, runs[0].ids);
  const committedDiffer = compare(runs[0].out, ASSETS, runs[0].ids);
  for (const d of runsDiffer) log(`${d}: the two runs differ`);
  for (const d of committedDiffer) log(`${d}: differs from the committed file`);
  console.log(JSON.stringify({ checked: runs[0].ids.length, runsDiffer: runsDiffer.length, differFromCommitted: committedDiffer.length }));
  return runsDiffer.length ? 1 : 0;
}

/** --report: the gate's table from the committed manifest. */
function report(): number {
  const prev = readPrevious(ASSETS);
  if (!prev) throw new Error(`no version 2 manifest in ${ASSETS}: run npm run audio:generate`);
  const gate = gateReport(prev.manifest, log);
  console.log(JSON.stringify(gate.summary));
  return gate.ok ? 0 : 1;
}

function main(): number {
  let args: Args;
  let tools: ToolVersions;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args.report) return report();
    tools = checkTools();
  } catch (e) {
    console.error(`audio:generate: ${(e as Error).message}`);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), "headcam-audio-"));
  try {
    if (args.check) return check(work, tools, args.only);
    const out = ASSETS;
    for (const f of FOLDERS) mkdirSync(join(out, f), { recursive: true });
    const prev = args.all ? null : (readPrevious(out)?.manifest ?? null);
    const sources = makeEffects(out, work, tools, prev, null);
    const voices = makeVoices(out, work, tools, prev, null);
    const ids = [...sources.keys(), ...[...voices.keys()].map((l) => `voice/${l}`)];
    removeStale(out, new Set(ids));
    const manifest = writeManifest(out, tools, voices, sources);
    const gate = gateReport(manifest, log);
    console.log(JSON.stringify({ count: manifest.count, oggBytes: manifest.oggBytes, mp3Bytes: manifest.mp3Bytes, ...gate.summary }));
    return gate.ok ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
