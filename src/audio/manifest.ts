/**
 * The audio manifest (assets/audio/manifest.json), written by scripts/audio/manifest.ts
 * when the sounds are generated. Ids are paths under assets/audio without the extension:
 * `sfx/shot.rifle`, `voice/st.jimmy`, `music/street.pulse`.
 */
export interface ManifestFile {
  bytes: number;
  sha256: string;
}

export interface ManifestSound {
  /** Decoded length of the OGG, seconds. */
  durationS: number;
  /** Absolute sample peak of the decoded OGG, dBFS. */
  peakDbfs: number;
  rmsDbfs: number;
  ogg: ManifestFile;
  mp3: ManifestFile;
  /** Voices: the tempo the line was sped up by to fit its subtitle, and its spoken length before. */
  voice?: { tempo: number; spokenS: number };
}

export interface AudioManifest {
  format: "headcam-audio-manifest";
  version: 1;
  generator: string;
  count: number;
  oggBytes: number;
  mp3Bytes: number;
  sounds: Record<string, ManifestSound>;
}
