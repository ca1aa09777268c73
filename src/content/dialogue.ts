import { BARK_LINES } from "./barks";
import type { SpeakerId } from "./cast";
import { DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, type Source, TRAILER_NEWS } from "./sources";
import { type Lang, subtitleDurationS, subtitleText } from "./subtitles";

/** One line of dialogue, written for this game (no sentence comes from the documents). */
export interface DialogueLine {
  id: string;
  speaker: SpeakerId;
  /** Subtitle text, always English (a translation for `ru` lines): at most 2 lines of 42 characters with its tag. */
  text: string;
  /** The language the voice speaks: "en", or "ru" (mercenaries), subtitled as translated. */
  lang: Lang;
  /** What the voice says when it is not the subtitle: the Russian of a translated line. */
  spoken?: string;
  /** Voice asset name under assets/voice/, when one exists. */
  voice?: string;
  /** Seconds on screen: max(voice + 0.3 s, characters / 15, 1.2 s), counting the subtitle as shown (with its tag). */
  durationS: number;
  /** Heard through Henry's earpiece (Jimmy on the phone) rather than in the room. */
  radio?: boolean;
  source: Source;
}

/** A line in English unless `opts.lang` says otherwise (then `opts.spoken` holds what is said). */
export function line(id: string, speaker: SpeakerId, text: string, source: Source, opts: { radio?: boolean; lang?: Lang; spoken?: string } = {}): DialogueLine {
  const lang = opts.lang ?? "en";
  return { id, speaker, text, durationS: subtitleDurationS(subtitleText(text, lang)), source, ...opts, lang };
}

const PROD = PRODUCER_INTERVIEW;
const NEWS = TRAILER_NEWS;
const DIR = DIRECTOR_INTERVIEW;

/** Every line in the game. Henry has none: he has no voice. */
export const DIALOGUE: readonly DialogueLine[] = [
  // Awakening: the airborne lab at dawn.
  line("aw.wake", "estelle", "Easy. Stay down a moment. You were gone a long time.", PROD),
  line("aw.nomemory", "estelle", "Nothing? That's normal. It comes back in pieces.", PROD),
  line("aw.arm", "estelle", "Your arm first. Pressure, then a click, then you.", "outside"),
  line("aw.leg", "estelle", "And the leg. Don't kick me, please.", "outside"),
  line("aw.look", "estelle", "Follow the lights. Look at each one for me.", "outside"),
  line("aw.lookdone", "estelle", "Your eyes track perfectly. Good.", "outside"),
  line("aw.flex", "estelle", "Now make a fist. Squeeze, hold, let go.", "outside"),
  line("aw.steps", "estelle", "Stand up. A few steps toward me. Slowly.", "outside"),
  line("aw.name", "estelle", "Your name is Henry. I'm Estelle, your wife.", PROD),
  line("aw.strong", "estelle", "The new arm is stronger than the old one. Careful with handshakes.", "outside"),
  line("aw.window", "estelle", "Go on, look out. That's Moscow down there, under the clouds.", "outside"),
  line("aw.lab", "estelle", "We're a long way up. Nobody finds this lab by accident.", PROD),
  line("aw.voice", "estelle", "Your voice module is next. Give me two minutes.", "outside"),
  line("aw.alarm", "estelle", "That's the outer hatch. No, no, no, not yet.", NEWS),
  line("aw.akan", "akan", "Doctor. You've been building toys without me.", NEWS),
  line("aw.fight", "estelle", "Take my pistol. Your hands remember, even if you don't.", NEWS),
  line("aw.more", "estelle", "More at the hatch! Keep them away from me!", NEWS),
  line("aw.pod", "estelle", "The escape pod, at the end. Go, I'm right here!", "outside"),
  line("aw.seal", "estelle", "The pod needs a few seconds to seal. Keep your eyes on that door.", "outside"),
  line("aw.drop", "estelle", "Hold on to something. This is going to be loud.", "outside"),
  // The street: morning, a chase under fire.
  line("st.crash", "estelle", "Henry? Henry, get up! Please, get up!", NEWS),
  line("st.taken", "akan", "Stay down, tin man. She's coming with me.", NEWS),
  line("st.jimmy", "jimmy", "Henry! It's Jimmy. You don't know me. Go north!", PROD, { radio: true }),
  line("st.north", "jimmy", "Straight up the avenue. Don't stop for anything.", DIR, { radio: true }),
  line("st.fight1", "jimmy", "Three of them by the kiosks. Use the cars.", DIR, { radio: true }),
  line("st.barrel", "jimmy", "See the red barrel? Shoot it. Trust me.", DIR, { radio: true }),
  line("st.clear1", "jimmy", "Lovely. Keep moving, more are coming.", DIR, { radio: true }),
  line("st.courtyard", "jimmy", "Right, into the courtyard! Cut through!", DIR, { radio: true }),
  line("st.fight2", "jimmy", "It's an ambush. Get low, pick them off.", DIR, { radio: true }),
  line("st.fight3", "jimmy", "Last lot between you and me. Go loud.", DIR, { radio: true }),
  line("st.end", "jimmy", "You made it. Into the van. I'll explain. Mostly.", PROD, { radio: true }),
  line("st.merc", "merc", "Target's on foot! Heading north!", PROD, { radio: true, lang: "ru", spoken: "Цель пешком! Уходит на север!" }),
  // Rooftops: afternoon into dusk, after the courier with the glowing case.
  line("ro.roof", "jimmy", "Henry, you're on the roof. Good. See the man with the glowing case?", NEWS, { radio: true }),
  line("ro.after", "jimmy", "Whatever that thing is, we need it. Catch him!", NEWS, { radio: true }),
  line("ro.drop", "jimmy", "Over the lip and down! Crouch as you land and roll.", DIR, { radio: true }),
  line("ro.merc1", "merc", "He's on the roof! Cover the runner!", PROD, { radio: true, lang: "ru", spoken: "Он на крыше! Прикройте бегуна!" }),
  line("ro.skylights", "jimmy", "Straight over the skylights. Don't go round!", DIR, { radio: true }),
  line("ro.gap", "jimmy", "Gap ahead! Full speed, jump right at the edge.", DIR, { radio: true }),
  line("ro.wall", "jimmy", "That wall's nothing. Jump, grab, pull yourself up.", DIR, { radio: true }),
  line("ro.jimmyHere", "jimmy", "Up here! The ladder on the lift house. Climb!", DIR),
  line("ro.jimmyShot", "jimmy", "Ow! They shot my aerial. And me. Keep going!", PROD),
  line("ro.jimmyBack", "jimmy", "It's me again. Newer me. Long story. Jump!", PROD, { radio: true }),
  line("ro.guards", "merc", "Protect the package! Put him down!", PROD, { radio: true, lang: "ru", spoken: "Охраняйте груз! Валите его!" }),
  line("ro.dusk", "jimmy", "The light's going. Get him before it's dark.", NEWS, { radio: true }),
  line("ro.drop2", "jimmy", "He jumped down! After him, and roll!", DIR, { radio: true }),
  line("ro.cornered", "jimmy", "He's out of roof. Take it off him.", NEWS, { radio: true }),
  line("ro.caught", "jimmy", "Got it? Don't shake it. I'm not sure what it does.", NEWS, { radio: true }),
  line("ro.end", "jimmy", "It's humming. That's probably fine. Get off that roof.", NEWS, { radio: true }),
  line("ro.warn1", "jimmy", "He's getting away! Faster, Henry!", DIR, { radio: true }),
  line("ro.warn2", "jimmy", "You're losing him! Take the short way!", DIR, { radio: true }),
  line("ro.lost", "jimmy", "Lost him. Back up, we do that again.", DIR, { radio: true }),
  // Jimmy nags when Henry lags, turns the wrong way or stands still.
  line("jimmy.lag", "jimmy", "Keep up, Henry! They're right behind you!", DIR, { radio: true }),
  line("jimmy.lag2", "jimmy", "Faster! I can't wait here all day!", DIR, { radio: true }),
  line("jimmy.wrong", "jimmy", "Wrong way! Turn around, north is behind you!", DIR, { radio: true }),
  line("jimmy.still", "jimmy", "Don't just stand there. Move!", DIR, { radio: true }),
  line("jimmy.still2", "jimmy", "Admire the architecture later, Henry.", DIR, { radio: true }),
  // The mercenaries' barks in Russian (src/content/barks.ts), called by the core's AI.
  ...BARK_LINES,
];

const BY_ID = new Map(DIALOGUE.map((l) => [l.id, l]));

export function dialogueLine(id: string): DialogueLine | undefined {
  return BY_ID.get(id);
}
