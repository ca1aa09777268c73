import envelopesJson from "../../../assets/audio/envelopes.json";
import { integratedLoudness, meanSquareOfLufs, VOICE_LOUDNESS } from "../../audio/loudness";
import type { AudioEnvelopes } from "../../audio/manifest";
import type { PlayRecord } from "../../audio/RecordingEngine";
import { dialogueLine } from "../../content/dialogue";

const envelopes = envelopesJson as AudioEnvelopes;

/** A piece's voices, measured like a programme (BS.1770 integrated loudness), from the manifest's 100 ms energies. */
export interface VoiceTrackLoudness {
  targetLufs: number;
  /** Everything the voices bus carried, each sound at its own gain and distance, LUFS. */
  trackLufs: number;
  /** Each character's lines end to end as the files play (full voice volume, no distance, no gaps), LUFS. */
  byCharacter: Record<string, { lines: number; lufs: number }>;
  /** Characters further than the tolerance (2 LU) from the target. */
  offTarget: string[];
}

/** The 100 ms energies of what a record played (until it ended or was stopped). */
function blocksOf(r: PlayRecord): readonly number[] {
  const blocks = envelopes.loudness[r.id] ?? [];
  return blocks.slice(0, Math.min(blocks.length, Math.floor((r.endS - r.atS) / envelopes.loudnessBlockS + 1e-9)));
}

/** Adds a sound's 100 ms energies into `track` from when it started, times `gain`². */
function addInto(track: Float64Array, r: PlayRecord, gain: number): void {
  const from = Math.round(r.atS / envelopes.loudnessBlockS);
  const blocks = blocksOf(r);
  for (let j = 0; j < blocks.length && from + j < track.length; j++) track[from + j] += meanSquareOfLufs(blocks[j]) * gain * gain;
}

/** Measures the voices a run played (records on the voices bus) over `seconds`. */
export function voiceTrackLoudness(log: readonly PlayRecord[], seconds: number, gainOf: (r: PlayRecord) => number): VoiceTrackLoudness {
  const size = Math.ceil(seconds / envelopes.loudnessBlockS) + 1;
  const track = new Float64Array(size);
  const characters = new Map<string, { lines: number; blocks: number[] }>();
  for (const r of log) {
    if (r.bus !== "voices" || r.loop) continue;
    addInto(track, r, gainOf(r));
    const speaker = dialogueLine(r.id.slice("voice/".length))?.speaker ?? "unknown";
    let c = characters.get(speaker);
    if (!c) {
      c = { lines: 0, blocks: [] };
      characters.set(speaker, c);
    }
    c.lines++;
    // The character's speech without the silences between lines (short barks would read low over gaps).
    for (const b of blocksOf(r)) c.blocks.push(meanSquareOfLufs(b));
  }
  const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : -120);
  const byCharacter: Record<string, { lines: number; lufs: number }> = {};
  for (const [speaker, c] of [...characters].sort(([a], [b]) => a.localeCompare(b))) byCharacter[speaker] = { lines: c.lines, lufs: round(integratedLoudness(c.blocks)) };
  const target = VOICE_LOUDNESS.targetLufs;
  return {
    targetLufs: target,
    trackLufs: round(integratedLoudness(track)),
    byCharacter,
    offTarget: Object.entries(byCharacter)
      .filter(([, c]) => !(Math.abs(c.lufs - target) <= VOICE_LOUDNESS.characterToleranceLu))
      .map(([s]) => s),
  };
}
