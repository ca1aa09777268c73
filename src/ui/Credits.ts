import { CAST, CREW, SUPPORTING } from "../content/cast";
import { button, el } from "./dom";

/** The credits: cast and crew as the documents give them, the fan-demo notice, licences. */
export function creditsPanel(onBack: () => void): HTMLElement {
  return el(
    "div",
    { class: "panel credits", "data-screen": "credits" },
    el("h2", {}, "Credits"),
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
    el("div", { class: "row" }, button("Back", onBack, { "data-action": "back" })),
  );
}

export interface EndCardFigures {
  title: string;
  seconds: number;
  bestSeconds: number | null;
  shotsFired: number;
  hits: number;
  camerasDestroyed: number;
}

/** The end of a set piece: time, shots, hits and cameras destroyed; next and retry. */
export function endCard(f: EndCardFigures, actions: { next: (() => void) | null; retry: () => void; title: () => void }): HTMLElement {
  const time = (s: number) => `${Math.floor(s / 60)}:${(s % 60).toFixed(1).padStart(4, "0")}`;
  return el(
    "div",
    { class: "panel endcard", "data-screen": "end" },
    el("h2", {}, `${f.title}: done`),
    el(
      "dl",
      {},
      el("dt", {}, "Time"),
      el("dd", { "data-figure": "time" }, time(f.seconds)),
      el("dt", {}, "Best"),
      el("dd", {}, f.bestSeconds === null ? "—" : time(f.bestSeconds)),
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
      actions.next ? button("Next", actions.next, { "data-action": "next" }) : null,
      button("Retry", actions.retry, { "data-action": "retry" }),
      button("Title screen", actions.title, { "data-action": "title" }),
    ),
  );
}
