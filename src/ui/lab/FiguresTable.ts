import type { TraceAnalysis } from "../../rig/analysis";
import { el } from "../dom";

/** A column of figures: its heading, its colour on the plot, and the numbers (or why none yet). */
export interface FiguresColumn {
  heading: string;
  color: string;
  figures: TraceAnalysis | null;
  pending?: string;
}

const ROWS: readonly [keyof Omit<TraceAnalysis, "comfort">, string, number][] = [
  ["peakAngularSpeedDegS", "peak angular speed (deg/s)", 1],
  ["rmsAngularSpeedDegS", "RMS angular speed (deg/s)", 1],
  ["rmsRollDeg", "RMS roll (deg)", 2],
  ["peakBobM", "peak bob (cm)", 1],
  ["vimsBandShare", "0.2–0.4 Hz share (%)", 1],
  ["vimsBandRmsDeg", "0.2–0.4 Hz RMS (deg)", 3],
];

/**
 * The rig's comfort figures (src/rig/README.md, "Measuring a rig") as a small table, one column per setting (A and B side by
 * side after a re-shoot), the comfort score coloured by its rating.
 */
export function figuresTable(title: string, columns: readonly FiguresColumn[]): HTMLElement {
  const head = el("tr", {}, el("th", {}, title), ...columns.map((c) => el("th", { style: `color:${c.color}` }, c.heading)));
  const score = el(
    "tr",
    { class: "lab-score" },
    el("td", {}, "comfort (0–100, higher is gentler)"),
    ...columns.map((c) =>
      c.figures
        ? el("td", { class: `rating-${c.figures.comfort.rating}`, "data-rating": c.figures.comfort.rating }, `${c.figures.comfort.score} ${c.figures.comfort.rating}`)
        : el("td", { class: "pending" }, c.pending ?? "…"),
    ),
  );
  const rows = ROWS.map(([key, label, digits]) =>
    el(
      "tr",
      {},
      el("td", {}, label),
      ...columns.map((c) => {
        if (!c.figures) return el("td", {}, "");
        const v = c.figures[key];
        const shown = key === "peakBobM" ? v * 100 : key === "vimsBandShare" ? v * 100 : v;
        return el("td", { "data-figure": key }, shown.toFixed(digits));
      }),
    ),
  );
  return el("table", { class: "lab-figures" }, head, score, ...rows);
}
