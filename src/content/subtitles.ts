/** The languages voices speak: English, and Russian for the mercenaries. */
export type Lang = "en" | "ru";
export const LANGS: readonly Lang[] = ["en", "ru"];

/** The tag a translated line's subtitle starts with, so nobody takes it for what was said. */
export const TRANSLATED_TAG: { readonly [L in Lang]: string } = { en: "", ru: "[in Russian] " };

/** What the subtitle shows for a line: its English text, tagged when it is a translation. */
export function subtitleText(text: string, lang: Lang): string {
  return TRANSLATED_TAG[lang] + text;
}

/** Subtitle limits (issue: at most 2 lines of 42 characters). */
export const SUBTITLE_MAX_LINE_CHARS = 42;
export const SUBTITLE_MAX_LINES = 2;
/** Reading speed and floor of a subtitle's time on screen. */
export const READING_CHARS_PER_S = 15;
export const MIN_SUBTITLE_S = 1.2;
/** Time a subtitle stays after its voice ends, seconds. */
export const VOICE_TAIL_S = 0.3;

/**
 * How long a line stays on screen, seconds: max(voice + 0.3 s, characters / 15, 1.2 s).
 * "Line finished" triggers read this, never the audio.
 */
export function subtitleDurationS(text: string, voiceS = 0): number {
  const s = Math.max(voiceS > 0 ? voiceS + VOICE_TAIL_S : 0, text.length / READING_CHARS_PER_S, MIN_SUBTITLE_S);
  return Math.round(s * 100) / 100;
}

/**
 * Breaks a line into at most `SUBTITLE_MAX_LINES` lines of `SUBTITLE_MAX_LINE_CHARS`,
 * at spaces, balancing the two lines; null when it does not fit.
 */
export function wrapSubtitle(text: string): string[] | null {
  if (text.length <= SUBTITLE_MAX_LINE_CHARS) return [text];
  const words = text.split(" ");
  let best: string[] | null = null;
  let bestDiff = Number.POSITIVE_INFINITY;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(" ");
    const b = words.slice(i).join(" ");
    if (a.length > SUBTITLE_MAX_LINE_CHARS || b.length > SUBTITLE_MAX_LINE_CHARS) continue;
    const diff = Math.abs(a.length - b.length);
    if (diff < bestDiff) {
      best = [a, b];
      bestDiff = diff;
    }
  }
  return best;
}
