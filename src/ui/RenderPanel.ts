import { button, el } from "./dom";

/** What the person picked in the render panel. */
export interface RenderChoice {
  widthPx: number;
  heightPx: number;
  fps: number;
  /** A rig option's value (the caller's list: a preset id, "script", "A", "B", "AB" ...). */
  rig: string;
  fromS: number;
  /** Null: to the end. */
  seconds: number | null;
}

/** How far a render has got, for the bar. */
export interface RenderPanelProgress {
  frame: number;
  frames: number;
  etaS: number;
}

export interface RenderPanelOptions {
  /** What is being rendered, for the heading ("The Street, the autopilot's run"). */
  what: string;
  /** The rig choices, first selected: `[value, label]`. */
  rigs: readonly (readonly [string, string])[];
  /** Renders; resolves with the file name and size once the download was offered. */
  run(choice: RenderChoice, progress: (p: RenderPanelProgress) => void, signal: AbortSignal): Promise<{ name: string; bytes: number }>;
  onClose(): void;
}

const SIZES: readonly (readonly [number, number])[] = [
  [640, 360],
  [1280, 720],
  [1920, 1080],
];

/** "2 min 05 s" / "40 s". */
export function formatDuration(s: number): string {
  const t = Math.max(0, Math.round(s));
  return t >= 60 ? `${Math.floor(t / 60)} min ${String(t % 60).padStart(2, "0")} s` : `${t} s`;
}

function select(name: string, options: readonly (readonly [string, string])[], value?: string): HTMLSelectElement {
  const s = el("select", { name, "data-field": name });
  for (const [v, label] of options) s.append(el("option", { value: v }, label));
  if (value !== undefined) s.value = value;
  return s;
}

function field(label: string, input: HTMLElement): HTMLElement {
  return el("label", { class: "render-field" }, el("span", {}, label), input);
}

/**
 * The "Render video" panel: size, frame rate, camera and range; then a progress bar with
 * the time left and a Cancel that stops at once and saves nothing; the finished file is
 * offered as a download. Knows nothing of the game: `run` does the work.
 */
export function renderPanel(opts: RenderPanelOptions): HTMLElement {
  const size = select("size", SIZES.map(([w, h]) => [`${w}x${h}`, `${w} × ${h}`] as const), "1280x720");
  const fps = select("fps", [["30", "30 fps"], ["60", "60 fps"]], "30");
  const rig = select("rig", opts.rigs);
  const from = el("input", { type: "number", name: "from", "data-field": "from", min: "0", step: "0.5", value: "0" });
  const length = el("input", { type: "number", name: "seconds", "data-field": "seconds", min: "0", step: "0.5", placeholder: "to the end" });
  const status = el("p", { class: "render-status", role: "status", "aria-live": "polite" });
  const fill = el("div", { class: "fill", style: "width:0%" });
  const bar = el("div", { class: "bar", hidden: "" }, fill);
  let controller: AbortController | null = null;
  const go = button("Render", () => void start(), { "data-action": "render-go" });
  const cancel = button("Cancel", () => controller?.abort(), { "data-action": "render-cancel", hidden: "" });
  const close = button("Close", () => {
    controller?.abort();
    opts.onClose();
  }, { "data-action": "render-close" });
  const form = el("div", { class: "render-form" }, field("Size", size), field("Frame rate", fps), field("Camera", rig), field("From (s)", from), field("Length (s)", length));

  const start = async (): Promise<void> => {
    const [w, h] = size.value.split("x").map(Number);
    const seconds = length.value.trim() === "" ? null : Number(length.value);
    const choice: RenderChoice = { widthPx: w, heightPx: h, fps: Number(fps.value), rig: rig.value, fromS: Number(from.value) || 0, seconds };
    controller = new AbortController();
    go.disabled = true;
    form.inert = true;
    cancel.hidden = false;
    bar.hidden = false;
    fill.style.width = "0%";
    status.textContent = "Preparing the take…";
    try {
      const r = await opts.run(
        choice,
        (p) => {
          fill.style.width = `${((100 * p.frame) / p.frames).toFixed(1)}%`;
          status.textContent = `Frame ${p.frame} of ${p.frames}, about ${formatDuration(p.etaS)} left`;
        },
        controller.signal,
      );
      status.textContent = `Saved ${r.name} (${(r.bytes / 1e6).toFixed(1)} MB).`;
    } catch (e) {
      status.textContent = e instanceof DOMException && e.name === "AbortError" ? "Cancelled: nothing was saved." : `The video could not be made: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      controller = null;
      go.disabled = false;
      form.inert = false;
      cancel.hidden = true;
      bar.hidden = true;
    }
  };

  return el(
    "div",
    { class: "panel render", "data-screen": "render" },
    el("h2", {}, "Render video"),
    el("p", { class: "tagline" }, `${opts.what}: rendered offline frame by frame, so the video plays smoothly however slow this machine is (a WebM with sound).`),
    form,
    el("div", { class: "loading" }, bar),
    status,
    el("div", { class: "row" }, go, cancel, close),
  );
}
