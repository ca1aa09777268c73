import { CAST } from "../content/cast";
import { wrapSubtitle } from "../content/subtitles";
import { el } from "./dom";
import { speakerColor } from "./speakerColors";

/** A line on screen: an id (a new id replaces what is shown), the speaker's id and the text. */
export interface SubtitleLine {
  line: string;
  speaker: string;
  text: string;
}

export interface SubtitleStyle {
  enabled: boolean;
  size: "small" | "medium" | "large";
  background: "box" | "shadow" | "none";
}

/**
 * The subtitle line (speaker and text, at most two lines) and the current objective.
 * Updates the DOM only when what is shown changes.
 */
export class Subtitles {
  readonly element: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly text: HTMLElement;
  private readonly objective: HTMLElement;
  private shownLine: string | null = null;
  private shownObjective: string | null = null;

  constructor(root: HTMLElement, style: SubtitleStyle) {
    this.speaker = el("span", { class: "speaker" });
    this.text = el("span", { class: "text" });
    this.element = el("div", { class: "subtitle", role: "status", "aria-live": "polite", hidden: "" }, this.speaker, this.text);
    this.objective = el("div", { class: "objective", hidden: "" });
    root.append(this.element, this.objective);
    this.setStyle(style);
  }

  setStyle(style: SubtitleStyle): void {
    this.element.dataset.size = style.size;
    this.element.dataset.bg = style.background;
    this.element.classList.toggle("off", !style.enabled);
  }

  /** Shows a line (by id, speaker id and text) or nothing. */
  show(line: SubtitleLine | null): void {
    const id = line?.line ?? null;
    if (id === this.shownLine) return;
    this.shownLine = id;
    if (!line) {
      this.element.hidden = true;
      return;
    }
    const name = CAST.find((c) => c.id === line.speaker)?.name ?? line.speaker;
    this.speaker.textContent = `${name}: `;
    this.speaker.style.color = speakerColor(line.speaker);
    this.element.dataset.speaker = line.speaker;
    const rows = wrapSubtitle(line.text) ?? [line.text];
    this.text.replaceChildren(...rows.flatMap((r, i) => (i ? [el("br"), r] : [r])));
    this.element.hidden = false;
  }

  showObjective(text: string | null): void {
    if (text === this.shownObjective) return;
    this.shownObjective = text;
    this.objective.hidden = text === null;
    this.objective.textContent = text ? `▸ ${text}` : "";
  }

  dispose(): void {
    this.element.remove();
    this.objective.remove();
  }
}
