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
  // The office: midday to afternoon, up a tower full of guards to the roof.
  line("of.drop", "jimmy", "Service door. This is your stop. Get to the roof.", NEWS, { radio: true }),
  line("of.shutter", "jimmy", "Shutter's down behind you. The only way now is up.", NEWS, { radio: true }),
  line("of.lobby", "jimmy", "The lobby's full of guards. West stairs, past reception!", NEWS, { radio: true }),
  line("of.pour", "jimmy", "More coming in the front doors! Don't wait for them.", NEWS, { radio: true }),
  line("of.appear", "jimmy", "Over here! The caretaker. Yes, it's me. Up the stairs!", PROD),
  line("of.blocked", "jimmy", "They've piled desks on the next flight. Cross this floor.", DIR),
  line("of.glass", "jimmy", "This glass door needs a key card. You are the key card.", DIR),
  line("of.throw", "jimmy", "Chairs, screens, printers. If you can lift it, throw it.", DIR),
  line("of.smoke", "jimmy", "Red canister on the wall. Hit it and they can't see a thing.", "outside"),
  line("of.east", "jimmy", "East stairs go up. I'll take the lift and meet you there.", PROD),
  line("of.f2", "jimmy", "Server room, kitchen, cubicles. All guards. West stairs!", NEWS, { radio: true }),
  line("of.lift", "jimmy", "Lifts! Faster than stairs. Watch and learn.", PROD),
  line("of.fall", "jimmy", "No car! There's no car in here!", PROD),
  line("of.merc", "merc", "He's going for the west stairs! Hold the boardroom!", NEWS, { radio: true, lang: "ru", spoken: "Он уходит на западную лестницу. Держите переговорную." }),
  line("of.back", "jimmy", "Henry! Me again. New body, long story. Keep climbing.", PROD, { radio: true }),
  line("of.boardroom", "jimmy", "The boardroom's full of them. Go through the glass.", NEWS, { radio: true }),
  line("of.roofstairs", "jimmy", "Last flight. The roof is right above you.", NEWS, { radio: true }),
  line("of.roof", "jimmy", "See him? The man with the glowing case. Don't lose him!", NEWS, { radio: true }),
  line("of.end", "jimmy", "Over the edge and after him. Mind the gaps.", NEWS, { radio: true }),
  line("of.nag.lag", "jimmy", "Keep up, Henry! More of them are coming up behind you!", DIR, { radio: true }),
  line("of.nag.wrong", "jimmy", "Wrong way! The stairs are behind you!", DIR, { radio: true }),
  line("of.nag.still", "jimmy", "Don't just stand there. They're on every floor!", DIR, { radio: true }),
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
  // The army: night on the tower roof, Akan watching, then throwing; Estelle freed.
  line("ar.roof", "jimmy", "Top of the tower. She's up here, Henry. So is every gun he owns.", NEWS, { radio: true }),
  line("ar.lifts", "jimmy", "Lifts are moving! Keep off the open deck!", DIR, { radio: true }),
  line("ar.watch", "akan", "Look at him go. Send more. I have all night.", NEWS),
  line("ar.breathe", "jimmy", "Breathe. Take their rifles while it's quiet.", DIR, { radio: true }),
  line("ar.ropes", "jimmy", "Ropes over the edge! They're climbing the walls!", DIR, { radio: true }),
  line("ar.more", "akan", "A thousand men, Henry. I can keep this up till morning.", PROD),
  line("ar.shields", "jimmy", "Riot shields! Get round the side of them, or punch them.", DIR, { radio: true }),
  line("ar.myself", "akan", "Still standing? Then I'll do this myself.", NEWS),
  line("ar.glows", "jimmy", "When you see it glow, move to the side, not back!", DIR, { radio: true }),
  line("ar.guard", "jimmy", "He drops his guard when he lifts the big stuff. Shoot him then!", DIR, { radio: true }),
  line("ar.panic", "akan", "Everyone up here! Now! Kill it!", NEWS),
  line("ar.rattled", "jimmy", "He's rattled. Don't let him pick anything up!", DIR, { radio: true }),
  line("ar.beaten", "akan", "Not you. Not a tin man with no name.", NEWS),
  line("ar.go", "jimmy", "That's the last of them. Go to her, Henry.", DIR, { radio: true }),
  line("ar.free", "estelle", "Henry! You came. You actually came for me.", NEWS),
  line("ar.last", "estelle", "You still don't remember me. That's all right. We start again.", PROD),
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
