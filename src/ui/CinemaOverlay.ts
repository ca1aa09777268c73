import { button, el } from "./dom";

/** What the cinema overlay's buttons do. */
export interface CinemaControls {
  pause(): void;
  skip(): void;
  render(): void;
  title(): void;
}

/** The overlay hides after this long without the mouse moving, ms. */
const BAR_HIDE_MS = 3000;
/** A piece's title card stays this long, ms. */
const CARD_MS = 3500;

/**
 * Cinema's layer over the picture: a title card naming each piece as it starts, and a
 * small bar (what plays and who holds the camera; pause, skip, "Render this", title) that
 * hides after a few seconds and comes back when the mouse moves.
 */
export class CinemaOverlay {
  private readonly card: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly what: HTMLElement;
  private readonly pauseButton: HTMLButtonElement;
  private hideTimer = 0;
  private cardTimer = 0;

  constructor(
    private readonly root: HTMLElement,
    controls: CinemaControls,
  ) {
    this.card = el("div", { class: "cinema-card gone", "data-cinema": "card", "aria-live": "polite" });
    this.what = el("span", { class: "what", "data-cinema": "now" });
    this.pauseButton = button("Pause", () => controls.pause(), { "data-action": "cinema-pause" });
    this.bar = el(
      "div",
      { class: "cinema-bar hidden", "data-cinema": "bar" },
      this.what,
      this.pauseButton,
      button("Skip", () => controls.skip(), { "data-action": "cinema-skip" }),
      button("Render this", () => controls.render(), { "data-action": "cinema-render" }),
      button("Title", () => controls.title(), { "data-action": "cinema-title" }),
    );
    root.classList.add("cinema");
    root.append(this.card, this.bar);
    root.addEventListener("mousemove", this.wake);
  }

  /** Shows a piece's title card ("2 · The Street") for a few seconds. */
  titleCard(title: string, subtitle: string): void {
    this.card.replaceChildren(el("div", {}, el("h2", {}, title), el("p", {}, subtitle)));
    this.card.classList.remove("gone");
    clearTimeout(this.cardTimer);
    this.cardTimer = window.setTimeout(() => this.card.classList.add("gone"), CARD_MS);
  }

  /** What plays now and who holds the camera ("The Street · operator: Stuntman"). */
  setNow(text: string): void {
    if (this.what.textContent !== text) this.what.textContent = text;
  }

  setPaused(paused: boolean): void {
    this.pauseButton.textContent = paused ? "Play" : "Pause";
  }

  /** Shows the bar, and hides it again after a few seconds without the mouse moving. */
  readonly wake = (): void => {
    this.bar.classList.remove("hidden");
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.bar.classList.add("hidden"), BAR_HIDE_MS);
  };

  dispose(): void {
    clearTimeout(this.hideTimer);
    clearTimeout(this.cardTimer);
    this.root.removeEventListener("mousemove", this.wake);
    this.root.classList.remove("cinema");
    this.card.remove();
    this.bar.remove();
  }
}
