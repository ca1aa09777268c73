import "./ui/style.css";
import { App } from "./app/App";
import { browserStorage } from "./app/settings/storage";
import { parseUrlParams } from "./app/urlParams";
import { isPresetId } from "./rig/presets";

/** Browser entry: reads the URL, builds the app, installs `window.headcam`, starts. */
function boot(): void {
  const root = document.getElementById("app");
  if (!root) throw new Error("index.html lacks #app");
  const { options, errors } = parseUrlParams(location.search, isPresetId);
  const app = new App(root, browserStorage(), options);
  window.headcam = {
    start: (o) => app.start(o),
    state: () => app.state(),
    stats: () => app.stats(),
    pieces: () => app.pieces(),
    take: () => app.take(),
    replay: (text) => app.replay(text),
  };
  if (errors.length) {
    app.showError("That link has a problem", [...errors, "The title screen is one click away."]);
  } else if (options.mode !== "play") {
    const what = options.mode === "lab" ? "The Rig Lab" : "Cinema mode";
    app.showError(`${what} is not built yet`, [`${what} arrives in a later version of HEADCAM. The game itself is ready to play.`]);
  } else if (options.piece && options.autopilot) {
    app.start().catch((e) => app.showError("Could not start", [String(e)]));
  } else if (options.piece) {
    app.showClickToStart(options.piece);
  } else {
    app.showTitle();
  }
}

boot();
