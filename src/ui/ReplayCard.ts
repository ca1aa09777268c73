import { button, el } from "./dom";
import { clockTime } from "./clockTime";

/**
 * The corner note that says a take is being replayed (not a live run): added to `root`,
 * hidden under menus like the HUD; `remove()` when the replay ends or is left.
 */
export function replayBadge(root: HTMLElement, pieceTitle: string): HTMLElement {
  const badge = el("div", { class: "replay-badge", "data-replay": "badge", role: "status" }, el("span", { class: "dot" }, "▶"), ` Replay of a take · ${pieceTitle}`);
  root.append(badge);
  return badge;
}

/** The small card at the end of a replayed take that stops before its set piece's end. */
export function replayEndCard(
  f: { pieceTitle: string; seconds: number },
  actions: { again: () => void; render: () => void; title: () => void },
): HTMLElement {
  return el(
    "div",
    { class: "panel replay-end", "data-screen": "replay-end" },
    el("h2", {}, "Replay ended"),
    el("p", {}, `The take ran out after ${clockTime(f.seconds)}, before the end of ${f.pieceTitle}.`),
    el(
      "div",
      { class: "row" },
      button("Watch again", actions.again, { "data-action": "replay-again" }),
      button("Render video", actions.render, { "data-action": "render" }),
      button("Title screen", actions.title, { "data-action": "title" }),
    ),
  );
}
