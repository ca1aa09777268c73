import type { Lang } from "../content/subtitles";

/**
 * The audio manifest (assets/audio/manifest.json), written by scripts/audio/manifest.ts
 * when the sounds are generated. Ids are paths under assets/audio without the extension:
 * `sfx/shot.rifle`, `voice/st.jimmy`, `music/street.pulse`.
 */
export interface ManifestFile {
  bytes: number;
  sha256: string;
}

/** How a dialogue line's voice was made, how loud it is, and how well a recogniser understands it. */
export interface ManifestVoice {
  /** The tempo the line was sped up by to fit its subtitle, and its spoken length before, seconds. */
  tempo: number;
  spokenS: number;
  speaker: string;
  lang: Lang;
  /** Heard through a device (Jimmy's phone, a mercenary's radio). */
  radio: boolean;
  /** Synthesiser and voice ("flite rms", "festival voice_cmu_us_slt_arctic_hts"). */
  synth: string;
  /** Hash of everything that decided the bytes (scripts/audio/voiceRecipes.ts). */
  recipe: string;
  /** Integrated loudness of the decoded OGG, LUFS, and its true peak, dBTP (ffmpeg ebur128). */
  lufs: number;
  truePeakDbtp: number;
  /** English lines: the recogniser's word error rate on the decoded OGG and what it heard; null otherwise. */
  wer: number | null;
  heard: string | null;
}

export interface ManifestSound {
  /** Decoded length of the OGG, seconds. */
  durationS: number;
  /** Absolute sample peak of the decoded OGG, dBFS. */
  peakDbfs: number;
  rmsDbfs: number;
  ogg: ManifestFile;
  mp3: ManifestFile;
  /** Effects and music: hash of the synthesised WAV and the encoder settings (unchanged: not re-encoded). */
  source?: string;
  voice?: ManifestVoice;
}

export interface AudioManifest {
  format: "headcam-audio-manifest";
  version: 2;
  generator: string;
  /** Debian package versions of the tools that made the files. */
  tools: Record<string, string>;
  /** The intelligibility gate: how it listens, with which package versions. */
  recogniser: { how: string; packages: Record<string, string> };
  /** The loudness every voice line is normalised to, and the meter. */
  loudness: { tool: string; targetLufs: number; peakCeilingDbfs: number };
  count: number;
  oggBytes: number;
  mp3Bytes: number;
  sounds: Record<string, ManifestSound>;
}

/** Envelopes beside the manifest (assets/audio/envelopes.json), read only by `npm run mix`. */
export interface AudioEnvelopes {
  /** Peak per block of every sound, dBFS. */
  blockS: number;
  peakDbfs: Record<string, number[]>;
  /** Voices: loudness of each 100 ms (K-weighted mean square as LUFS, -120 for silence). */
  loudnessBlockS: number;
  loudness: Record<string, number[]>;
}
