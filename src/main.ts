import "./ui/style.css";
import { App } from "./app/App";
import { HowlerEngine } from "./audio/HowlerEngine";
import { bootLab } from "./app/lab/bootLab";
import { browserStorage } from "./settings/storage";
import { parseUrlParams } from "./app/urlParams";
import { isPresetId } from "./rig/presets";
import { DAY_ID } from "./content/day";

/** Browser entry: reads the URL, builds the app, installs `window.headcam`, starts. */
function boot(): void {
  const root = document.getElementById("app");
  if (!root) throw new Error("index.html lacks #app");
  const { options, errors } = parseUrlParams(location.search, isPresetId);
  if (options.mode === "lab" && errors.length === 0) {
    // The Lab is its own chunk (Tweakpane included): the game page never loads it.
    bootLab(root, browserStorage(), (api) => {
      window.headcam = api;
    });
    return;
  }
  // The only place a real sound engine is made; the context waits for the start click.
  const app = new App(root, browserStorage(), options, new HowlerEngine());
  window.headcam = {
    start: (o) => app.start(o),
    state: () => app.state(),
    stats: () => app.stats(),
    pieces: () => app.pieces(),
    take: () => app.take(),
    replay: (text) => app.replay(text),
    loadLevel: (id, o) => app.loadLevel(id, o),
    quit: () => app.quit(),
    hold: (ticks) => app.hold(ticks),
    release: () => app.release(),
    render: (o) => app.render(o),
  };
  if (errors.length) {
    app.showError("That link has a problem", [...errors, "The title screen is one click away."]);
  } else if (options.mode === "cinema") {
    // Cinema of the whole day is cinema of every piece in story order (its default).
    app.startCinema(options.piece === DAY_ID ? null : options.piece, false).catch((e) => app.showError("Could not start cinema", [String(e)]));
  } else if (options.piece && options.autopilot) {
    app.start().catch((e) => app.showError("Could not start", [String(e)]));
  } else if (options.piece) {
    app.showClickToStart(options.piece);
  } else {
    app.showTitle();
  }
}

boot();
