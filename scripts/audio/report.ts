/**
 * What the generator says about the voices when it is done: the word error rate of
 * every English line with what the recogniser heard, the means per class (in the room,
 * through a phone or radio) against the gate, and the loudness of each character.
 */
import { VOICE_LOUDNESS } from "../../src/audio/loudness";
import type { AudioManifest, ManifestVoice } from "../../src/audio/manifest";
import { WER_GATE } from "./voiceRecipes";

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Prints the table through `log`; `ok` is false when a gate fails (the failures are printed). */
export function gateReport(manifest: AudioManifest, log: (s: string) => void): { ok: boolean; summary: Record<string, unknown> } {
  const voices = Object.entries(manifest.sounds).flatMap(([id, s]) => (s.voice ? [[id.slice(6), s.voice] as [string, ManifestVoice]] : []));
  const english = voices.filter(([, v]) => v.lang === "en" && v.wer !== null);
  log("  wer    class  speaker  line               heard");
  for (const [id, v] of english) log(`  ${v.wer?.toFixed(2).padStart(5)}  ${v.radio ? "phone" : "room "}  ${v.speaker.padEnd(7)}  ${id.padEnd(17)}  ${v.heard}`);
  const room = english.filter(([, v]) => !v.radio).map(([, v]) => v.wer ?? 1);
  const phone = english.filter(([, v]) => v.radio).map(([, v]) => v.wer ?? 1);
  const failures: string[] = [];
  if (mean(room) > WER_GATE.roomMean) failures.push(`mean WER in the room ${r3(mean(room))} > ${WER_GATE.roomMean}`);
  if (mean(phone) > WER_GATE.phoneMean) failures.push(`mean WER on the phone ${r3(mean(phone))} > ${WER_GATE.phoneMean}`);
  for (const [id, v] of english) if ((v.wer ?? 1) > WER_GATE.lineMax) failures.push(`${id}: WER ${v.wer} > ${WER_GATE.lineMax}`);
  const lufs = voices.map(([, v]) => v.lufs);
  for (const [id, v] of voices) {
    if (Math.abs(v.lufs - VOICE_LOUDNESS.targetLufs) > VOICE_LOUDNESS.fileToleranceLu) failures.push(`${id}: ${v.lufs} LUFS, target ${VOICE_LOUDNESS.targetLufs}`);
  }
  const bySpeaker: Record<string, number> = {};
  for (const sp of new Set(voices.map(([, v]) => v.speaker))) bySpeaker[sp] = r3(mean(voices.filter(([, v]) => v.speaker === sp).map(([, v]) => v.lufs)));
  log(`  WER in the room ${r3(mean(room))} (${room.length} lines, gate ${WER_GATE.roomMean}), on the phone ${r3(mean(phone))} (${phone.length}, gate ${WER_GATE.phoneMean}), worst line ${r3(Math.max(0, ...room, ...phone))} (gate ${WER_GATE.lineMax})`);
  log(`  loudness ${Math.min(...lufs)} .. ${Math.max(...lufs)} LUFS (target ${VOICE_LOUDNESS.targetLufs}); by speaker ${JSON.stringify(bySpeaker)}`);
  for (const f of failures) log(`  FAIL ${f}`);
  return {
    ok: failures.length === 0,
    summary: {
      werRoom: r3(mean(room)),
      werPhone: r3(mean(phone)),
      werMax: r3(Math.max(0, ...room, ...phone)),
      lufsMin: Math.min(...lufs),
      lufsMax: Math.max(...lufs),
      failures: failures.length,
    },
  };
}
