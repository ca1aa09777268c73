/**
 * How each character's voice is made: which speech synthesiser and voice says the line,
 * and how sox shapes it. Chosen so each is recognisable and the recogniser still
 * understands the English (the gate in scripts/audio/README.md). Changing a recipe
 * changes the recipe hash of that speaker's lines, so the next `npm run audio:generate`
 * remakes exactly those.
 */
import { createHash } from "node:crypto";
import type { SpeakerId } from "../../src/content/cast";
import { VOICE_LOUDNESS } from "../../src/audio/loudness";
import type { DialogueLine } from "../../src/content/dialogue";

/** A speech synthesiser and one of its voices, with the voice's own prosody controls. */
export type Synth =
  /** festival's text2wave with a voice function, e.g. `voice_cmu_us_slt_arctic_hts`. */
  | { engine: "festival"; voice: string }
  /** flite with a built-in voice and `--setf` features (pitch mean and spread, duration stretch). */
  | { engine: "flite"; voice: string; setf: Readonly<Record<string, number>> };

export interface VoiceRecipe {
  /** What the voice sounds like, in words (README and report). */
  sound: string;
  synth: Synth;
  /** Pauses inside a line longer than this are shortened to it, seconds. */
  maxPauseS: number;
  /** A short, quick inhale between sentences (out of breath), instead of a pause. */
  breath?: { durationS: number; gainDb: number };
  /** sox effects after trimming, applied left to right (each string one effect). */
  shape: readonly string[];
  /** For lines heard through a device (`radio`): the phone or radio after the shaping. */
  device?: readonly string[];
}

/** Jimmy's phone: a telephone band (300 Hz to 3.4 kHz) with a lift where consonants live and a little grit. */
const PHONE = ["highpass 300", "highpass 300", "lowpass 3400", "lowpass 3400", "equalizer 2500 1q +4", "overdrive 4 20", "compand 0.005,0.08 -60,-60,-40,-22,0,-8 -4"];

/** A mercenary's handheld radio: narrower than the phone and harder driven. */
const WALKIE = ["highpass 450", "highpass 450", "lowpass 2800", "lowpass 2800", "equalizer 1800 1q +3", "overdrive 10 30", "compand 0.003,0.06 -60,-60,-36,-18,0,-8 -6"];

/** The cast who speak (Henry has no voice; the courier only runs). */
export type VoicedSpeaker = Exclude<SpeakerId, "henry" | "courier">;

export const VOICE_RECIPES: { readonly [K in VoicedSpeaker]: VoiceRecipe } = {
  estelle: {
    sound: "festival's HTS voice slt (US female), a touch lower, warmed at 250 Hz, softened above 4.5 kHz, in a small room",
    synth: { engine: "festival", voice: "voice_cmu_us_slt_arctic_hts" },
    maxPauseS: 0.2,
    shape: ["pitch -80", "equalizer 250 1q +3", "equalizer 4500 1q -2", "reverb 15 50 30 100 0 -6"],
  },
  akan: {
    sound: "flite's awb (Scottish male) with a low, flat pitch (85 Hz, spread 6), close and dry: proximity bass, presence, compressed",
    synth: { engine: "flite", voice: "awb", setf: { int_f0_target_mean: 85, int_f0_target_stddev: 6 } },
    maxPauseS: 0.3,
    shape: ["bass +4 150", "equalizer 3000 1.2q +2", "compand 0.005,0.12 -50,-50,-30,-22,0,-10 -2"],
  },
  jimmy: {
    sound: "flite's rms (US male) at 1.16x speed, gasping a breath between sentences instead of pausing, through a phone that keeps its consonants",
    synth: { engine: "flite", voice: "rms", setf: { duration_stretch: 0.86 } },
    maxPauseS: 0.12,
    breath: { durationS: 0.2, gainDb: -24 },
    shape: [],
    device: PHONE,
  },
  merc: {
    sound: "festival's Russian voice msu_ru_nsh (male), pushed forward like a shout; on the radio, a handheld's narrow band",
    synth: { engine: "festival", voice: "voice_msu_ru_nsh_clunits" },
    maxPauseS: 0.12,
    shape: ["equalizer 2000 1q +4", "overdrive 5 20", "compand 0.005,0.1 -50,-50,-30,-20,0,-10 -3"],
    device: WALKIE,
  },
};

/** The intelligibility gate on the recogniser's word error rate (English lines). */
export const WER_GATE = {
  /** Mean over lines spoken in the room. */
  roomMean: 0.35,
  /** Mean over lines heard through a phone or radio. */
  phoneMean: 0.5,
  /** Any one line. */
  lineMax: 0.8,
} as const;

/** "flite rms", "festival voice_cmu_us_slt_arctic_hts": how the manifest names a synthesiser. */
export function describeSynth(s: Synth): string {
  return `${s.engine} ${s.voice}`;
}

/** Bumped when the voice pipeline in scripts/audio/voices.ts changes what it makes. */
export const VOICE_PIPELINE_VERSION = 1;

/** Seconds a line's voice may last: its subtitle's time less the tail and 0.1 s for encoding. */
export function voiceAllowanceS(line: DialogueLine, tailS: number): number {
  return Math.round((line.durationS - tailS - 0.1) * 100) / 100;
}

/** The words the voice says (the Russian of a translated line, otherwise the subtitle). */
export function spokenText(line: DialogueLine): string {
  return (line.spoken ?? line.text).replace(/\s+/g, " ").trim();
}

/**
 * A hash of everything that decides a voice file's bytes: the words, the speaker's
 * recipe, the device, the time allowed, the loudness target, the tools' versions and the
 * pipeline version.
 * The generator reuses a file whose recipe is unchanged; the tests recompute it from the
 * data to catch a line edited without regenerating.
 */
export function voiceRecipeHash(line: DialogueLine, allowanceS: number, tools: Readonly<Record<string, string>>): string {
  const recipe = voiceRecipeOf(line);
  const key = {
    v: VOICE_PIPELINE_VERSION,
    words: spokenText(line),
    lang: line.lang,
    radio: line.radio === true,
    allowanceS,
    synth: recipe.synth,
    maxPauseS: recipe.maxPauseS,
    breath: recipe.breath ?? null,
    shape: recipe.shape,
    device: line.radio ? (recipe.device ?? []) : [],
    loudness: VOICE_LOUDNESS,
    tools,
  };
  return createHash("sha256").update(JSON.stringify(key)).digest("hex").slice(0, 16);
}

/** The recipe of a line's speaker; throws naming the line when the speaker never speaks. */
export function voiceRecipeOf(line: DialogueLine): VoiceRecipe {
  const s = line.speaker;
  if (!Object.hasOwn(VOICE_RECIPES, s)) throw new Error(`line ${line.id}: ${s} never speaks`);
  return VOICE_RECIPES[s as VoicedSpeaker];
}
