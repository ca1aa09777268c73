/**
 * ffmpeg for the generator: the two encodings the game ships (Opus in OGG for everyone,
 * MP3 for browsers without Opus), written bit-exact so the same WAV always gives the same
 * bytes, and the BS.1770 loudness meter (the `ebur128` filter).
 */
import { execFileSync, spawnSync } from "node:child_process";

/** Encodes a WAV to `<outBase>.ogg` (Opus at `opusKbps`) and `<outBase>.mp3` (at `mp3Kbps`), mono. */
export function encode(wav: string, outBase: string, opusKbps: number, mp3Kbps: number): void {
  const exact = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact"];
  execFileSync("ffmpeg", ["-nostdin", "-loglevel", "error", "-y", "-i", wav, "-ac", "1", "-c:a", "libopus", "-b:a", `${opusKbps}k`, "-vbr", "on", "-application", "audio", ...exact, `${outBase}.ogg`]);
  execFileSync("ffmpeg", ["-nostdin", "-loglevel", "error", "-y", "-i", wav, "-ac", "1", "-ar", "44100", "-c:a", "libmp3lame", "-b:a", `${mp3Kbps}k`, ...exact, "-id3v2_version", "0", `${outBase}.mp3`]);
}

/** ffmpeg's ebur128 summary of a file: integrated loudness (LUFS) and true peak (dBTP). */
export function ffmpegLoudness(path: string): { integratedLufs: number; truePeakDbtp: number } {
  const r = spawnSync("ffmpeg", ["-nostdin", "-hide_banner", "-nostats", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-"], { encoding: "utf8" });
  const summary = r.stderr.slice(r.stderr.lastIndexOf("Summary:"));
  const i = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary);
  const p = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
  if (r.status !== 0 || !i || !p) throw new Error(`ffmpeg ebur128 could not measure ${path}: ${r.stderr.slice(-400)}`);
  const num = (s: string) => (s === "-inf" ? Number.NEGATIVE_INFINITY : Number(s));
  return { integratedLufs: num(i[1]), truePeakDbtp: num(p[1]) };
}
