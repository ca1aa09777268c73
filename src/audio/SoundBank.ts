import manifestJson from "../../assets/audio/manifest.json";
import type { AudioManifest, ManifestSound } from "./manifest";

/**
 * The sounds that exist, read from the manifest written when they were generated:
 * lengths (for voice timing and the voice cap) and levels (for the mix report).
 */
export class SoundBank {
  constructor(readonly manifest: AudioManifest = manifestJson as AudioManifest) {}

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
