/**
 * Renders every procedural sound to WAV: `<outDir>/sfx/<name>.wav` and
 * `<outDir>/music/<piece>.<layer>.wav`. Deterministic: the same code gives the same samples.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeWav } from "./dsp";
import { MUSIC_LAYERS, PIECE_MUSIC, renderLayer } from "./music";
import { effectRecipes } from "./sfx";

/** Writes the WAVs and returns their sound ids (`sfx/shot.rifle`, `music/street.pad`) with paths. */
export function renderSynth(out: string): Map<string, string> {
  mkdirSync(join(out, "sfx"), { recursive: true });
  mkdirSync(join(out, "music"), { recursive: true });
  const files = new Map<string, string>();
  let seed = 1000;
  for (const [name, recipe] of Object.entries(effectRecipes())) {
    const path = join(out, "sfx", `${name}.wav`);
    writeWav(path, recipe(seed));
    files.set(`sfx/${name}`, path);
    seed += 17;
  }
  for (const piece of Object.keys(PIECE_MUSIC)) {
    for (const layer of MUSIC_LAYERS) {
      const path = join(out, "music", `${piece}.${layer}.wav`);
      writeWav(path, renderLayer(piece, layer));
      files.set(`music/${piece}.${layer}`, path);
    }
  }
  return files;
}
