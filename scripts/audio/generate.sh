#!/usr/bin/env bash
# Regenerates every sound under assets/audio/ and its manifest.
#   npm run audio:generate
# Needs Debian's espeak-ng, sox and ffmpeg (apt-get install -y espeak-ng sox ffmpeg) and
# node with the project's dev dependencies. Nothing is downloaded: effects and music are
# synthesised by scripts/audio/synth.ts, voices are spoken by espeak-ng and shaped by sox.
# The output is committed, so a fresh machine, CI and the tests need none of these tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in espeak-ng sox soxi ffmpeg; do
  command -v "$tool" >/dev/null || { echo "audio:generate needs $tool: apt-get install -y espeak-ng sox ffmpeg" >&2; exit 2; }
done
OUT=assets/audio
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
npx tsx scripts/audio/synth.ts "$WORK"
rm -rf "$OUT/sfx" "$OUT/music" "$OUT/voice"
mkdir -p "$OUT/sfx" "$OUT/music" "$OUT/voice" "$WORK/voice"

# ogg (Opus) for everyone, mp3 as the fallback for browsers without Opus in Ogg.
encode() { # wav, out-base, opus kbps, mp3 kbps
  ffmpeg -nostdin -loglevel error -y -i "$1" -ac 1 -c:a libopus -b:a "$3k" -vbr on -application audio \
    -map_metadata -1 -fflags +bitexact -flags:a +bitexact "$2.ogg"
  ffmpeg -nostdin -loglevel error -y -i "$1" -ac 1 -ar 44100 -c:a libmp3lame -b:a "$4k" \
    -map_metadata -1 -fflags +bitexact -flags:a +bitexact -id3v2_version 0 "$2.mp3"
}
for f in "$WORK"/sfx/*.wav; do encode "$f" "$OUT/sfx/$(basename "$f" .wav)" 32 48; done
for f in "$WORK"/music/*.wav; do encode "$f" "$OUT/music/$(basename "$f" .wav)" 40 56; done

# Voices: espeak-ng per speaker, shaped by sox (pitch, body, a little room); radio lines
# (Jimmy, the mercs' chatter) go through a phone band-pass with grit. A line longer than
# its subtitle allows is sped up (tempo keeps the pitch), up to 1.4x; pauses longer than 0.14 s are shortened first.
: >"$WORK/fit.tsv"
while IFS=$'\t' read -r id speaker radio allow text; do
  case "$speaker" in
    estelle) voice="en-us+f3"; pitch=58; speed=178; shape="pitch -60 equalizer 250 1q +2 equalizer 3000 1q +2 reverb 12 40 40" ;;
    akan)    voice="en-gb-x-rp+m3"; pitch=28; speed=165; shape="pitch -250 bass +5 overdrive 2 reverb 18 50 60" ;;
    jimmy)   voice="en-gb+Andy"; pitch=52; speed=192; shape="pitch -40" ;;
    merc)    voice="en-us+m7"; pitch=32; speed=195; shape="pitch -120" ;;
    *)       voice="en-us"; pitch=50; speed=170; shape="" ;;
  esac
  if [ "$radio" = "1" ]; then shape="$shape highpass 380 highpass 380 lowpass 3200 lowpass 3200 overdrive 10 compand 0.01,0.1 -60,-60,-30,-12,0,-6 -3"; fi
  espeak-ng -v "$voice" -p "$pitch" -s "$speed" -g 1 -w "$WORK/voice/raw.wav" "$text"
  # Trim silence at both ends, then shape; sox's effects chain runs left to right.
  # shellcheck disable=SC2086
  sox "$WORK/voice/raw.wav" -r 48000 "$WORK/voice/shaped.wav" silence -l 1 0.01 -45d -1 0.14 -45d reverse silence 1 0.01 -45d reverse gain -8 $shape
  dur=$(soxi -D "$WORK/voice/shaped.wav")
  factor=$(awk -v d="$dur" -v a="$allow" 'BEGIN { f = d / a; if (f < 1) f = 1; if (f > 1.4) f = 1.4; printf "%.3f", f }')
  if [ "$factor" != "1.000" ]; then
    sox "$WORK/voice/shaped.wav" "$WORK/voice/fit.wav" gain -3 tempo -s "$factor"
  else
    cp "$WORK/voice/shaped.wav" "$WORK/voice/fit.wav"
  fi
  sox "$WORK/voice/fit.wav" "$WORK/voice/$id.wav" gain -n -4
  printf '%s\t%s\t%s\n' "$id" "$factor" "$dur" >>"$WORK/fit.tsv"
  encode "$WORK/voice/$id.wav" "$OUT/voice/$id" 24 40
done <"$WORK/lines.tsv"

npx tsx scripts/audio/manifest.ts "$OUT" "$WORK/fit.tsv"
