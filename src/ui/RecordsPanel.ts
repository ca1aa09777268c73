import { DAY_ID, DAY_TITLE } from "../content/day";
import { PIECE_IDS, type PieceId, pieceTitle } from "../content/pieces";
import type { SettingsStore } from "../settings/SettingsStore";
import { clockTime } from "./clockTime";
import { button, el } from "./dom";

/**
 * The settings screen's records: each set piece's best time and the best whole day, and "Clear best times…",
 * which asks before it forgets them ("Defaults" never touches them).
 */
export function recordsSection(store: SettingsStore): HTMLElement {
  const box = el("div", { class: "records", "data-records": "" });
  const render = (confirming: boolean) => {
    const best = store.get().bestTimesS;
    const all: (PieceId | typeof DAY_ID)[] = [...PIECE_IDS, DAY_ID];
    const ids = all.filter((id) => best[id] !== undefined);
    const title = (id: PieceId | typeof DAY_ID) => (id === DAY_ID ? DAY_TITLE : pieceTitle(id));
    const list = ids.length
      ? el("dl", { class: "best-times" }, ...ids.flatMap((id) => [el("dt", {}, title(id)), el("dd", { "data-best": id }, clockTime(best[id] ?? 0))]))
      : el("p", { class: "note" }, "No best times yet: finish a set piece to set one.");
    const actions = confirming
      ? el(
          "div",
          { class: "confirm", role: "alertdialog", "aria-label": "Clear best times" },
          el("p", {}, `Forget ${ids.length === 1 ? "the best time" : ids.length === 2 ? "both best times" : `all ${ids.length} best times`}? This cannot be undone.`),
          el(
            "div",
            { class: "row" },
            button("Keep them", () => render(false), { "data-action": "clear-records-cancel" }),
            button("Clear them", () => {
              store.clearBestTimes();
              render(false);
            }, { "data-action": "clear-records-confirm", class: "danger" }),
          ),
        )
      : ids.length
        ? el("div", { class: "row" }, button("Clear best times…", () => render(true), { "data-action": "clear-records" }))
        : null;
    box.replaceChildren(list, actions ?? "");
    if (confirming) box.querySelector<HTMLButtonElement>('[data-action="clear-records-cancel"]')?.focus();
  };
  render(false);
  return el("section", {}, el("h3", { id: "records" }, "Records"), box);
}
