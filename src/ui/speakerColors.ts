import type { SpeakerId } from "../content/cast";

/**
 * The colour of each speaker's name in subtitles. Chosen by simulation so that every
 * pair stays apart (CIEDE2000 at least 15) for protan, deutan and tritan viewers as
 * well, and each reads at 4.5:1 or better on the subtitle box over a white scene
 * (tests/ui/speakerColors.test.ts). The name is always written too: colour is a help.
 */
export const SPEAKER_COLORS: { readonly [K in SpeakerId]: string } = {
  // Henry never speaks; his entry keeps the table total.
  henry: "#ffffff",
  /** Warm amber. */
  estelle: "#ffc870",
  /** Sky blue: the voice on the phone. */
  jimmy: "#9abcff",
  /** Ice white: cold. */
  akan: "#eaf6ff",
  // The courier never speaks either (he runs); his entry keeps the table total.
  courier: "#ffffff",
  /** Khaki grey: the uniforms. */
  merc: "#bdbda5",
};

/** The colour of a speaker's name (white for an id not in the cast). */
export function speakerColor(id: string): string {
  return Object.hasOwn(SPEAKER_COLORS, id) ? SPEAKER_COLORS[id as SpeakerId] : "#ffffff";
}
