/**
 * Renders every procedural sound to WAV: `tsx scripts/audio/synth.ts <outDir>` writes
 * `<outDir>/sfx/<name>.wav` and `<outDir>/music/<piece>.<layer>.wav`, and prints the
 * dialogue lines (`lines.tsv`: id, speaker, radio, seconds allowed, text) for the voice
 * step of generate.sh. Deterministic: the same code gives the same samples.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DIALOGUE } from "../../src/content/dialogue";
import { VOICE_TAIL_S } from "../../src/content/subtitles";
import { writeWav } from "./dsp";
import { MUSIC_LAYERS, PIECE_MUSIC, renderLayer } from "./music";
import { effectRecipes } from "./sfx";
import { finaleRecipes } from "./sfxFinale";

const out = process.argv[2];
if (!out) {
  console.error("usage: tsx scripts/audio/synth.ts <outDir>");
  process.exit(2);
}
mkdirSync(join(out, "sfx"), { recursive: true });
mkdirSync(join(out, "music"), { recursive: true });

let seed = 1000;
const effects = { ...effectRecipes(), ...finaleRecipes() };
for (const [name, recipe] of Object.entries(effects)) {
  writeWav(join(out, "sfx", `${name}.wav`), recipe(seed));
  seed += 17;
}
for (const piece of Object.keys(PIECE_MUSIC)) {
  for (const layer of MUSIC_LAYERS) writeWav(join(out, "music", `${piece}.${layer}.wav`), renderLayer(piece, layer));
}
// The voice must end VOICE_TAIL_S before its subtitle leaves, with 0.1 s to spare for encoding.
const tsv = DIALOGUE.map((l) =>
  [l.id, l.speaker, l.radio ? "1" : "0", (l.durationS - VOICE_TAIL_S - 0.1).toFixed(2), l.text.replace(/\s+/g, " ")].join("\t"),
);
writeFileSync(join(out, "lines.tsv"), tsv.join("\n") + "\n");
console.log(`synth: ${Object.keys(effects).length} effects, ${Object.keys(PIECE_MUSIC).length * MUSIC_LAYERS.length} music layers, ${DIALOGUE.length} lines`);
