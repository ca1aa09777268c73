/**
 * One dialogue line's voice, from words to the committed OGG and MP3: the character's
 * synthesiser speaks it, sox trims and shapes it (and puts Jimmy on the phone), a line
 * longer than its subtitle allows is sped up (tempo keeps the pitch), ffmpeg normalises
 * it to the loudness target (ebur128) with a peak limiter, and both files are encoded.
 * Every step is repeatable: sox runs with -R, nothing reads the clock or a random seed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import type { DialogueLine } from "../../src/content/dialogue";
import { VOICE_LOUDNESS } from "../../src/audio/loudness";
import { encode, ffmpegLoudness } from "./encode";
import { spokenText, type VoiceRecipe, voiceRecipeOf } from "./voiceRecipes";

/** Longest speed-up a line gets to fit its subtitle. */
const MAX_TEMPO = 1.4;
const OPUS_KBPS = 24;
const MP3_KBPS = 40;

/** What making one voice learned: how it was fitted and how loud it came out. */
export interface VoiceMade {
  /** The line's length as spoken before fitting, seconds, and the tempo it was sped up by. */
  spokenS: number;
  tempo: number;
  /** Integrated loudness of the normalised WAV before encoding, LUFS (ffmpeg ebur128). */
  normalisedLufs: number;
}

/**
 * Speaks the words into a WAV. A recipe with a breath says each sentence on its own and
 * joins them with a quick inhale (band-passed pink noise swelling in), not a pause.
 */
function speak(recipe: VoiceRecipe, words: string, wav: string, work: string, id: string): void {
  const b = recipe.breath;
  if (!b) {
    synthesise(recipe, words, wav);
    return;
  }
  const sentences = words.split(/(?<=[.!?])\s+/).filter((x) => x.length > 0);
  const inhale = join(work, "inhale.wav");
  const f32 = ["-r", "48000", "-c", "1", "-e", "floating-point", "-b", "32"];
  runSox(["-n", ...f32, inhale, "synth", String(b.durationS), "pinknoise", "band", "1800", "1400", "fade", "q", String(b.durationS * 0.75), String(b.durationS), "0.04", "gain", String(b.gainDb)], id);
  const parts: string[] = [];
  sentences.forEach((sentence, i) => {
    const raw = join(work, `part${i}.raw.wav`);
    const part = join(work, `part${i}.wav`);
    synthesise(recipe, sentence, raw);
    runSox([raw, ...f32, part, "silence", "1", "0.01", "-45d", "reverse", "silence", "1", "0.01", "-45d", "reverse"], id);
    if (i > 0) parts.push(inhale);
    parts.push(part);
  });
  runSox([...parts, wav], id);
}

/** Speaks the words with the character's synthesiser into a WAV. */
function synthesise(recipe: VoiceRecipe, words: string, wav: string): void {
  const s = recipe.synth;
  if (s.engine === "festival") {
    execFileSync("text2wave", ["-eval", `(${s.voice})`, "-o", wav], { input: words, stdio: ["pipe", "ignore", "pipe"] });
  } else {
    const setf = Object.entries(s.setf).flatMap(([k, v]) => ["--setf", `${k}=${v}`]);
    execFileSync("flite", ["-voice", s.voice, "-t", words, "-o", wav, ...setf], { stdio: ["ignore", "ignore", "pipe"] });
  }
}

/** Length of a WAV, seconds. */
function durationS(wav: string): number {
  return Number(execFileSync("soxi", ["-D", wav], { encoding: "utf8" }).trim());
}

/**
 * Makes `<outBase>.ogg` and `.mp3` for a line, working in `work`. `allowanceS` is how
 * long the voice may last.
 */
export function makeVoice(line: DialogueLine, allowanceS: number, work: string, outBase: string): VoiceMade {
  const recipe = voiceRecipeOf(line);
  const raw = join(work, "raw.wav");
  const shaped = join(work, "shaped.wav");
  const fitted = join(work, "fitted.wav");
  const done = join(work, "normalised.wav");
  speak(recipe, spokenText(line), raw, work, line.id);
  const trim = ["silence", "-l", "1", "0.01", "-45d", "-1", String(recipe.maxPauseS), "-45d", "reverse", "silence", "1", "0.01", "-45d", "reverse"];
  const chain = [...recipe.shape, ...(line.radio ? (recipe.device ?? []) : [])].flatMap((e) => e.split(" "));
  // Float files between the steps: nothing is dithered or clipped on the way.
  runSox([raw, "-r", "48000", "-c", "1", "-e", "floating-point", "-b", "32", shaped, ...trim, "gain", "-8", ...chain], line.id);
  const spokenS = durationS(shaped);
  const tempo = Math.min(MAX_TEMPO, Math.max(1, spokenS / allowanceS));
  const tempoText = tempo.toFixed(3);
  if (tempoText !== "1.000") runSox([shaped, "-e", "floating-point", "-b", "32", fitted, "tempo", "-s", tempoText], line.id);
  else runSox([shaped, fitted], line.id);
  const normalisedLufs = normalise(fitted, done, line.id);
  encode(done, outBase, OPUS_KBPS, MP3_KBPS);
  return { spokenS, tempo: Number(tempoText), normalisedLufs };
}

/** sox, repeatable (-R), and stopped on any warning: a clip it reports is a defect here. */
function runSox(args: readonly string[], id: string): void {
  const r = spawnSync("sox", ["-R", "-V2", ...args], { encoding: "utf8" });
  if (r.status !== 0 || r.stderr.trim() !== "") throw new Error(`voice ${id}: sox ${args.join(" ")}\n${r.stderr.trim()}`);
}

/**
 * Brings a WAV to the loudness target: measure (ebur128), gain, limit the peaks to the
 * ceiling, measure again and correct once if the limiter took more than 0.2 LU.
 */
function normalise(inWav: string, outWav: string, id: string): number {
  const target = VOICE_LOUDNESS.targetLufs;
  const ceiling = 10 ** (VOICE_LOUDNESS.peakCeilingDbfs / 20);
  let gainDb = target - ffmpegLoudness(inWav).integratedLufs;
  let lufs = 0;
  for (let pass = 0; pass < 3; pass++) {
    execFileSync("ffmpeg", [
      "-nostdin", "-loglevel", "error", "-y", "-i", inWav,
      "-af", `volume=${gainDb.toFixed(2)}dB,alimiter=limit=${ceiling.toFixed(4)}:attack=5:release=60:level=false:latency=true`,
      "-c:a", "pcm_f32le", "-fflags", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1", outWav,
    ]);
    lufs = ffmpegLoudness(outWav).integratedLufs;
    if (Math.abs(lufs - target) <= 0.2) return lufs;
    gainDb += target - lufs;
  }
  throw new Error(`voice ${id}: cannot reach ${target} LUFS under a ${VOICE_LOUDNESS.peakCeilingDbfs} dBFS ceiling (got ${lufs}); give its recipe more compression`);
}
