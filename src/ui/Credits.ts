import { CAST, CREW, SUPPORTING } from "../content/cast";
import { button, el } from "./dom";
import { clockTime } from "./clockTime";

/** The credits' text: the fan-demo notice, the film's crew and cast as the documents give them, this game. */
function creditLines(): HTMLElement[] {
  return [
    el(
      "p",
      {},
      "HEADCAM is an unaffiliated fan demo inspired by the 2015 film Hardcore Henry. Its characters belong to the film and its makers; no one involved with the film made or endorsed this game.",
    ),
    el("h3", {}, "The film"),
    ...CREW.map((c) => el("p", {}, `${c.job} ${c.name}`)),
    el("h3", {}, "Cast of the film"),
    ...CAST.map((c) => el("p", {}, `${c.name} (${c.role.replace(/\.$/, "")}): ${c.playedBy}`)),
    el("p", {}, `Also with ${SUPPORTING.names.join(", ")}.`),
    el("h3", {}, "This game"),
    el("p", {}, "Every line of dialogue and every caption was written for this game. Henry never speaks."),
    el("p", {}, "Built with three.js, cannon-es, howler, mediabunny, vite and vitest. Sign lettering: Noto Sans, SIL Open Font License 1.1."),
    el(
      "p",
      {},
      "Voices spoken by the Festival Speech Synthesis System (University of Edinburgh, Carnegie Mellon University) and Flite (Carnegie Mellon University), with the CMU ARCTIC voices slt, awb and rms and the Russian voice msu_ru_nsh by Nickolay V. Shmyrev.",
    ),
  ];
}

/** The credits: cast and crew as the documents give them, the fan-demo notice, licences. */
export function creditsPanel(onBack: () => void): HTMLElement {
  return el(
    "div",
    { class: "panel credits", "data-screen": "credits" },
    el("h2", {}, "Credits"),
    ...creditLines(),
    el("div", { class: "row" }, button("Back", onBack, { "data-action": "back" })),
  );
}

/**
 * The credits rolling at the end of the story (after the finale's fade): the same text as
 * the title screen's credits, scrolling up over `seconds` (the caller moves on when they
 * are over); "Skip" goes on at once.
 */
export function creditsRoll(seconds: number, onDone: () => void): HTMLElement {
  const roll = el("div", { class: "roll", style: `animation-duration: ${seconds}s` }, el("h2", {}, "HEADCAM"), ...creditLines());
  const panel = el(
    "div",
    { class: "panel credits rolling", "data-screen": "credits-roll" },
    el("div", { class: "window" }, roll),
    el("div", { class: "row" }, button("Skip", onDone, { "data-action": "skip" })),
  );
  return panel;
}

export interface EndCardFigures {
  title: string;
  seconds: number;
  bestSeconds: number | null;
  shotsFired: number;
  hits: number;
  camerasDestroyed: number;
  /** Panes of glass broken (0 where a piece has none). */
  glassBroken: number;
  /** Props Henry threw. */
  propsThrown: number;
}

/** The end of a set piece: time, shots, hits, cameras destroyed, glass broken and props thrown; next and retry. */
export function endCard(f: EndCardFigures, actions: { next: (() => void) | null; retry: () => void; title: () => void }): HTMLElement {
  return el(
    "div",
    { class: "panel endcard", "data-screen": "end" },
    el("h2", {}, `${f.title}: done`),
    el(
      "dl",
      {},
      el("dt", {}, "Time"),
      el("dd", { "data-figure": "time" }, clockTime(f.seconds)),
      el("dt", {}, "Best"),
      el("dd", {}, f.bestSeconds === null ? "—" : clockTime(f.bestSeconds)),
      el("dt", {}, "Shots fired"),
      el("dd", { "data-figure": "shots" }, String(f.shotsFired)),
      el("dt", {}, "Hits"),
      el("dd", {}, String(f.hits)),
      el("dt", {}, "Cameras destroyed"),
      el("dd", { "data-figure": "cameras" }, String(f.camerasDestroyed)),
      el("dt", {}, "Glass broken"),
      el("dd", { "data-figure": "glass" }, String(f.glassBroken)),
      el("dt", {}, "Props thrown"),
      el("dd", { "data-figure": "thrown" }, String(f.propsThrown)),
    ),
    el(
      "div",
      { class: "row" },
      actions.next ? button("Next", actions.next, { "data-action": "next" }) : null,
      button("Retry", actions.retry, { "data-action": "retry" }),
      button("Title screen", actions.title, { "data-action": "title" }),
    ),
  );
}

export interface DayCardFigures {
  seconds: number;
  bestSeconds: number | null;
  /** One row per piece played: its title, its time, whether it was finished. */
  splits: { title: string; seconds: number; completed: boolean }[];
  shotsFired: number;
  hits: number;
  camerasDestroyed: number;
}

/** The end of the whole day: the total time, the best day, a split per piece; again or the title. */
export function dayEndCard(f: DayCardFigures, actions: { retry: () => void; title: () => void }): HTMLElement {
  return el(
    "div",
    { class: "panel endcard day", "data-screen": "end" },
    el("h2", {}, "The whole day: done"),
    el(
      "dl",
      {},
      el("dt", {}, "Total"),
      el("dd", { "data-figure": "time" }, clockTime(f.seconds)),
      el("dt", {}, "Best day"),
      el("dd", {}, f.bestSeconds === null ? "—" : clockTime(f.bestSeconds)),
      ...f.splits.flatMap((s, i) => [
        el("dt", {}, `${i + 1}. ${s.title}`),
        el("dd", { "data-split": String(i) }, s.completed ? clockTime(s.seconds) : `${clockTime(s.seconds)} (unfinished)`),
      ]),
      el("dt", {}, "Shots fired"),
      el("dd", { "data-figure": "shots" }, String(f.shotsFired)),
      el("dt", {}, "Hits"),
      el("dd", {}, String(f.hits)),
      el("dt", {}, "Cameras destroyed"),
      el("dd", { "data-figure": "cameras" }, String(f.camerasDestroyed)),
    ),
    el(
      "div",
      { class: "row" },
      button("Play the day again", actions.retry, { "data-action": "retry" }),
      button("Title screen", actions.title, { "data-action": "title" }),
    ),
  );
}

/**
 * Between two pieces of the day: the time and the place, for a moment (it goes on by itself;
 * a click or a key skips it).
 */
export function dayTransition(when: string, title: string, index: number, count: number): HTMLElement {
  return el(
    "div",
    { class: "panel transition", "data-screen": "transition" },
    el("p", { class: "when" }, when),
    el("h2", {}, title),
    el("p", { class: "note" }, `${index} of ${count} · click or press a key to go on`),
  );
}
