import manifestJson from "../../assets/audio/manifest.json";
import type { AudioManifest, ManifestSound } from "./manifest";
import { parseAudioManifest } from "./parseManifest";

/** The manifest built into the bundle, checked once: a broken one says which field, at load. */
function builtInManifest(): AudioManifest {
  const r = parseAudioManifest(manifestJson);
  if (!r.ok) throw new Error(`assets/audio/manifest.json is broken (npm run audio:generate remakes it): ${r.errors.join("; ")}`);
  return r.manifest;
}

/**
 * The sounds that exist, read from the manifest written when they were generated:
 * lengths (for voice timing and the voice cap) and levels (for the mix report).
 */
export class SoundBank {
  constructor(readonly manifest: AudioManifest = builtInManifest()) {}

  has(id: string): boolean {
    return Object.hasOwn(this.manifest.sounds, id);
  }

  get(id: string): ManifestSound | undefined {
    return this.manifest.sounds[id];
  }

  /** Length in seconds (0 for an unknown id). */
  durationS(id: string): number {
    return this.manifest.sounds[id]?.durationS ?? 0;
  }

  peakDbfs(id: string): number {
    return this.manifest.sounds[id]?.peakDbfs ?? -120;
  }

  ids(): string[] {
    return Object.keys(this.manifest.sounds);
  }
}
