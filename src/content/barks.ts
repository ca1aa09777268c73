import type { DialogueLine } from "./dialogue";
import { TRAILER_NEWS } from "./sources";
import { subtitleDurationS, subtitleText } from "./subtitles";

/**
 * What a mercenary calls out to his squad. The core's bark logic (src/sim/ai/Barks.ts)
 * picks one when the AI's state changes: first sight, sight regained, a flank, a
 * reload, a live grenade close by, a comrade killed.
 */
export const BARK_KINDS = ["contact", "overThere", "flanking", "reloading", "grenade", "manDown"] as const;
export type BarkKind = (typeof BARK_KINDS)[number];

function bark(id: string, english: string, russian: string): DialogueLine {
  // The mercenaries chasing Henry through Moscow come from the trailer news; the words are ours.
  return { id, speaker: "merc", text: english, lang: "ru", spoken: russian, durationS: subtitleDurationS(subtitleText(english, "ru")), source: TRAILER_NEWS };
}

/** The barks, spoken in Russian and subtitled in English (shown as translated). */
export const BARK_LINES: readonly DialogueLine[] = [
  bark("bark.contact.1", "Contact!", "Контакт!"),
  bark("bark.contact.2", "I see him!", "Вижу его!"),
  bark("bark.there.1", "He's over there!", "Он там!"),
  bark("bark.there.2", "There he is!", "Вон он!"),
  bark("bark.flank.left", "Flanking left!", "Обхожу слева!"),
  bark("bark.flank.right", "Flanking right!", "Обхожу справа!"),
  bark("bark.reload.1", "Reloading!", "Перезаряжаю!"),
  bark("bark.reload.2", "I'm empty! Cover me!", "Пустой! Прикрой!"),
  bark("bark.grenade.1", "Grenade!", "Граната!"),
  bark("bark.grenade.2", "Get down! Grenade!", "Ложись! Граната!"),
  bark("bark.down.1", "Man down!", "Наш упал!"),
  bark("bark.down.2", "We lost one!", "Минус один!"),
];

/**
 * The lines of each kind, taken in turn. For `flanking` the first is the mercenary's
 * left and the second his right, as seen facing Henry.
 */
export const BARKS: { readonly [K in BarkKind]: readonly string[] } = {
  contact: ["bark.contact.1", "bark.contact.2"],
  overThere: ["bark.there.1", "bark.there.2"],
  flanking: ["bark.flank.left", "bark.flank.right"],
  reloading: ["bark.reload.1", "bark.reload.2"],
  grenade: ["bark.grenade.1", "bark.grenade.2"],
  manDown: ["bark.down.1", "bark.down.2"],
};
