import { button, el } from "./dom";
import { clockTime } from "./clockTime";

export interface PieceEntry {
  id: string;
  title: string;
  available: boolean;
  /** The player's best time on it, seconds, if one was set. */
  bestSeconds?: number;
}

/**
 * The DOM overlays: title, click to start, loading, pause, settings, messages. One
 * screen at a time in `root`; toasts stack apart from it. Knows nothing of the game.
 */
export class Screens {
  private readonly layer: HTMLElement;
  private readonly toasts: HTMLElement;
  current: string | null = null;
  /** The controls help lines (inputs, what they do), read each time a screen shows them: the current bindings. */
  help: () => [string, string][] = () => [];

  constructor(private readonly root: HTMLElement) {
    this.layer = el("div", { class: "screen-layer" });
    this.toasts = el("div", { class: "toasts", role: "status", "aria-live": "polite" });
    root.append(this.layer, this.toasts);
  }

  private show(name: string, node: HTMLElement, opts: { fullClick?: () => void } = {}): void {
    this.current = name;
    // A menu is up: the HUD, subtitles and objective hide under it (style.css, "data-menu").
    this.root.dataset.menu = name;
    const screen = el("div", { class: `screen screen-${name}`, "data-screen": name }, node);
    if (opts.fullClick) {
      const go = opts.fullClick;
      screen.addEventListener("click", () => go());
    }
    this.layer.replaceChildren(screen);
  }

  hide(): void {
    this.current = null;
    delete this.root.dataset.menu;
    this.layer.replaceChildren();
  }

  /** The title screen; with `modes.day`, a "Play the whole day" button above the pieces. */
  title(
    pieces: PieceEntry[],
    onPlay: (id: string) => void,
    onSettings: (section?: string) => void,
    onReplay: () => void,
    onCredits: () => void,
    modes: { cinema: () => void; lab: () => void; day?: () => void },
  ): void {
    const list = el("ul", { class: "pieces" });
    pieces.forEach((p, i) => {
      const b = button(`${i + 1}. ${p.title}`, () => onPlay(p.id), { "data-piece": p.id });
      if (!p.available) {
        b.disabled = true;
        b.title = "Not built yet";
      }
      const best = p.bestSeconds === undefined ? null : el("span", { class: "best", "data-best": p.id }, `best ${clockTime(p.bestSeconds)}`);
      list.append(el("li", {}, b, p.available ? best : el("span", { class: "soon" }, "coming later")));
    });
    this.show(
      "title",
      el(
        "div",
        { class: "panel title" },
        el("h1", {}, "HEADCAM"),
        el("p", { class: "tagline" }, "A first-person chase through Moscow, seen through the camera on a cyborg's head."),
        el(
          "p",
          { class: "note" },
          "Contains violence, gunfire, explosions, flashes and strong camera motion that can make some people feel sick. ",
          button("Comfort settings", () => onSettings("comfort"), { class: "link", "data-action": "comfort" }),
          " turn the shake down or off; a browser set to reduce motion starts gentle.",
        ),
        modes.day ? el("div", { class: "row day" }, button("Play the whole day", modes.day, { "data-action": "day", "data-piece": "day" })) : null,
        list,
        el(
          "div",
          { class: "row" },
          button("Cinema", modes.cinema, { "data-action": "cinema", title: "Watch the game play itself as a film" }),
          button("Rig Lab", modes.lab, { "data-action": "lab", title: "Tune the head-mounted camera" }),
          button("Replay a take…", onReplay, { "data-action": "replay" }),
          button("Settings", () => onSettings(), { "data-action": "settings" }),
          button("Credits", onCredits, { "data-action": "credits" }),
        ),
        el("details", { class: "controls-help" }, el("summary", {}, "Controls"), this.controlsTable()),
      ),
    );
  }

  clickToStart(title: string, onStart: () => void): void {
    this.show(
      "start",
      el(
        "div",
        { class: "panel start" },
        el("h2", {}, title),
        el("p", { class: "big" }, "Click anywhere to start"),
        this.controlsTable(),
      ),
      { fullClick: onStart },
    );
  }

  loading(label: string, fraction: number): void {
    const bar = el("div", { class: "bar" }, el("div", { class: "fill", style: `width:${Math.round(fraction * 100)}%` }));
    this.show("loading", el("div", { class: "panel loading" }, el("p", {}, label), bar));
  }

  pause(handlers: { resume: () => void; restart: () => void; settings: () => void; saveTake: () => void; render: () => void; quit: () => void }): void {
    this.show(
      "pause",
      el(
        "div",
        { class: "panel pause" },
        el("h2", {}, "Paused"),
        el(
          "div",
          { class: "column" },
          button("Resume", handlers.resume, { "data-action": "resume" }),
          button("Restart", handlers.restart, { "data-action": "restart" }),
          button("Settings", handlers.settings, { "data-action": "settings" }),
          button("Save this take", handlers.saveTake, { "data-action": "save-take" }),
          button("Render video", handlers.render, { "data-action": "render" }),
          button("Quit to title", handlers.quit, { "data-action": "quit" }),
        ),
        this.controlsTable(),
      ),
    );
  }

  custom(name: string, node: HTMLElement): void {
    this.show(name, node);
  }

  /** A message that replaces a blank page: what went wrong, and a way on. */
  message(title: string, lines: string[], action?: { label: string; run: () => void }): void {
    this.show(
      "message",
      el(
        "div",
        { class: "panel message", role: "alert" },
        el("h2", {}, title),
        ...lines.map((l) => el("p", {}, l)),
        action ? button(action.label, action.run, { "data-action": "message" }) : null,
      ),
    );
  }

  /** A short note that fades by itself. */
  toast(text: string, seconds = 6): void {
    const t = el("div", { class: "toast" }, text);
    this.toasts.append(t);
    setTimeout(() => t.remove(), seconds * 1000);
  }

  private controlsTable(): HTMLElement {
    return el("table", { class: "controls" }, ...this.help().map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, v))));
  }
}
