import { type FolderApi, type ListBladeApi, Pane } from "tweakpane";
import { PRESET_IDS } from "../../rig/presets";
import { LAYER_KEYS, type LayerKey, type RigSettings, rigSchema } from "../../rig/schema";
import type { ParamSpec } from "../../rig/schemaTypes";

/** What the panel asks of the Lab; every call comes from a person's hand on a control. */
export interface LabPanelHandlers {
  param(path: string, value: unknown): void;
  resetParam(layer: LayerKey, key: string): void;
  resetLayer(layer: LayerKey): void;
  preset(value: string): void;
  saveAs(name: string): void;
  deletePreset(value: string): void;
  importFile(): void;
  exportFile(): void;
  share(): void;
  slot(s: "A" | "B"): void;
  copyToOther(): void;
  reshoot(): void;
  mode(m: "course" | "free"): void;
  /** Which of the rig's courses loops (and whose level free play runs on). */
  course(id: "standard" | "parkour"): void;
  record(): void;
  explosion(m: number): void;
  /** Turns one camera-image effect of the edited slot on or off. */
  cameraEffect(effect: string, on: boolean): void;
  /** Pins the Lab's quality level (or auto). */
  quality(q: string): void;
  /** Previews a heavy head hit (the destroyed camera), and a fresh camera. */
  breakCamera(): void;
  repairCamera(): void;
  /** Opens "Render video" (A, B, or both side by side). */
  render(): void;
}

/** The camera image's effects the panel switches per slot, and the quality levels it offers. */
export interface CameraPanelSpec {
  effects: readonly { key: string; label: string; help: string }[];
  qualities: readonly string[];
}

/** The Lab-level controls the panel shows beside the rig's parameters. */
export interface LabControls {
  mode: "course" | "free";
  course: "standard" | "parkour";
  explosionM: number;
  slot: "A" | "B";
  saveName: string;
}

/** The picker's value for settings that are neither a built-in nor a saved preset (imported, tuned, from a link). */
export const UNSAVED_PRESET = "unsaved:";

const LAYER_TITLES: Record<LayerKey, string> = {
  head: "1 Head", bob: "2 Stride bob", sway: "3 Handheld sway", landing: "4 Landing", moves: "4b Parkour moves", punch: "5 Punch",
  trauma: "6 Trauma shake", impulse: "7 Impulses", stabiliser: "8 Stabiliser", lens: "10 Lens",
};

/**
 * The tuning panel, generated from the rig's schema with Tweakpane: one folder per layer
 * (help as its tooltip), gain, mute and solo first, every parameter labelled with its unit
 * and limited to its range, a ↺ per parameter and per layer. Above them: the preset picker,
 * files and links, A/B and the course. The panel edits copies of the values and reports
 * changes; the Lab validates them and calls `show` with what it accepted.
 */
export class LabPanel {
  private readonly pane: Pane;
  private readonly bound = {} as Record<LayerKey, Record<string, unknown>>;
  readonly controls: LabControls = { mode: "course", course: "standard", explosionM: 5, slot: "A", saveName: "My preset" };
  private presetList: ListBladeApi<string>;
  private readonly presetsFolder: FolderApi;
  private silent = false;
  private readonly camera: Record<string, unknown> = { quality: "auto" };

  constructor(container: HTMLElement, private readonly h: LabPanelHandlers, cameraSpec?: CameraPanelSpec) {
    this.pane = new Pane({ container, title: "Rig Lab" });
    this.labFolder();
    if (cameraSpec) this.cameraFolder(cameraSpec);
    this.presetsFolder = this.pane.addFolder({ title: "Presets" });
    this.presetList = this.makePresetList([]);
    this.filesFolder();
    const rig = this.pane.addFolder({ title: "Rig layers" });
    for (const layer of LAYER_KEYS) this.layerFolder(rig, layer);
  }

  private labFolder(): void {
    const f = this.pane.addFolder({ title: "Course and A/B" });
    const c = this.controls;
    this.on(f.addBinding(c, "course", { label: "course", options: { standard: "standard", parkour: "parkour" } }), (v) => this.h.course(v as "standard" | "parkour"));
    this.on(f.addBinding(c, "mode", { label: "run", options: { course: "course", "free play": "free" } }), (v) => this.h.mode(v as "course" | "free"));
    const ex = f.addBinding(c, "explosionM", { label: "blast distance (m)", min: 1, max: 25, step: 0.5 });
    ex.element.title = "Distance of the course's closing explosion; the standard course (and npm run rig -- analyze) uses 5 m.";
    this.on(ex, (v) => this.h.explosion(v as number));
    this.on(f.addBinding(c, "slot", { label: "editing (X)", options: { "A": "A", "B": "B" } }), (v) => this.h.slot(v as "A" | "B"));
    f.addButton({ title: "Copy this slot to the other" }).on("click", () => this.h.copyToOther());
    f.addButton({ title: "Re-shoot the take with A, then B" }).on("click", () => this.h.reshoot());
    f.addButton({ title: "Record a free-play take" }).on("click", () => this.h.record());
    f.addButton({ title: "Render video (A, B or both)…" }).on("click", () => this.h.render());
  }

  /** The camera image: each effect on or off for the edited slot (X compares A and B), the quality, a broken camera. */
  private cameraFolder(spec: CameraPanelSpec): void {
    const f = this.pane.addFolder({ title: "Camera image (per slot, X compares)" });
    const q = f.addBinding(this.camera, "quality", { label: "quality", options: Object.fromEntries(spec.qualities.map((v) => [v, v])) });
    q.element.title = "Bloom and motion blur need medium or richer; auto follows the frame rate.";
    this.on(q, (v) => this.h.quality(v as string));
    for (const e of spec.effects) {
      this.camera[e.key] = true;
      const b = f.addBinding(this.camera, e.key, { label: e.label });
      b.element.title = e.help;
      b.element.dataset.camera = e.key;
      this.on(b, (v) => this.h.cameraEffect(e.key, v as boolean));
    }
    f.addButton({ title: "Break the camera (a heavy head hit)" }).on("click", () => this.h.breakCamera());
    f.addButton({ title: "Fresh camera (as at a checkpoint)" }).on("click", () => this.h.repairCamera());
  }

  /** Shows the edited slot's camera switches and the quality without reporting changes back. */
  showCamera(switches: Readonly<Record<string, boolean>>, quality: string): void {
    Object.assign(this.camera, switches, { quality });
    this.silent = true;
    this.pane.refresh();
    this.silent = false;
  }

  private filesFolder(): void {
    const f = this.presetsFolder;
    f.addBinding(this.controls, "saveName", { label: "name" });
    f.addButton({ title: "Save as my preset" }).on("click", () => this.h.saveAs(this.controls.saveName));
    f.addButton({ title: "Delete selected (mine only)" }).on("click", () => this.h.deletePreset(this.presetList.value));
    f.addButton({ title: "Import a file…" }).on("click", () => this.h.importFile());
    f.addButton({ title: "Export to a file" }).on("click", () => this.h.exportFile());
    f.addButton({ title: "Share as a link" }).on("click", () => this.h.share());
  }

  private makePresetList(mine: string[], value = "stuntman"): ListBladeApi<string> {
    const list = this.presetsFolder.addBlade({ view: "list", label: "preset", options: presetOptions(mine, null), value, index: 0 }) as ListBladeApi<string>;
    list.on("change", (ev) => {
      // The unsaved entry names what is in the slot already: nothing to load.
      if (!this.silent && ev.value !== UNSAVED_PRESET) this.h.preset(ev.value);
    });
    return list;
  }

  /**
   * Shows the user's presets in the picker and selects `value`, or, when the slot holds
   * settings of no preset (imported, tuned, from a link), an entry naming them (`unsavedName`).
   * The picker stays the same view: this may run inside its own change event.
   */
  setPresets(mine: string[], value: string | null, unsavedName: string | null = null): void {
    this.silent = true;
    this.presetList.options = presetOptions(mine, value === null ? unsavedName : null);
    this.presetList.value = value ?? UNSAVED_PRESET;
    this.silent = false;
  }

  private layerFolder(parent: FolderApi, layer: LayerKey): void {
    const schema = rigSchema[layer];
    const f = parent.addFolder({ title: LAYER_TITLES[layer], expanded: layer === "bob" });
    f.element.title = schema.help;
    this.bound[layer] = {};
    const params = schema.params as Record<string, ParamSpec>;
    for (const key of Object.keys(params)) {
      const spec = params[key];
      const obj = this.bound[layer];
      obj[key] = spec.default;
      const b =
        spec.kind === "number"
          ? f.addBinding(obj, key, { label: `${key} (${spec.unit})`, min: spec.min, max: spec.max, step: spec.step })
          : spec.kind === "enum"
            ? f.addBinding(obj, key, { label: key, options: Object.fromEntries(spec.values.map((v) => [v, v])) })
            : f.addBinding(obj, key, { label: key });
      const range = spec.kind === "number" ? ` Range ${spec.min}–${spec.max} ${spec.unit}, default ${spec.default}.` : "";
      b.element.title = `${spec.help}${range}`;
      b.element.dataset.param = `${layer}.${key}`;
      b.element.classList.add("lab-param");
      const reset = document.createElement("button");
      reset.type = "button";
      reset.className = "lab-reset";
      reset.textContent = "↺";
      reset.title = `Reset ${layer}.${key} to the loaded preset's value`;
      reset.addEventListener("click", () => this.h.resetParam(layer, key));
      b.element.append(reset);
      // Sliders report float noise (0.010000000000000002): keep the step's decimals.
      const step = spec.kind === "number" ? spec.step : 0;
      this.on(b, (v) => this.h.param(`${layer}.${key}`, step > 0 ? roundToStep(v as number, step) : v));
    }
    f.addButton({ title: `Reset ${layer}` }).on("click", () => this.h.resetLayer(layer));
  }

  /** Subscribes to a binding's changes, ignoring the ones `show` causes. */
  private on<V>(b: { on(ev: "change", fn: (ev: { value: V }) => void): unknown }, fn: (v: V) => void): void {
    b.on("change", (ev) => {
      if (!this.silent) fn(ev.value);
    });
  }

  /** Shows `settings` in the controls without reporting changes back. */
  show(settings: RigSettings, lab: Partial<LabControls> = {}): void {
    for (const layer of LAYER_KEYS) Object.assign(this.bound[layer], settings.layers[layer]);
    Object.assign(this.controls, lab);
    this.silent = true;
    this.pane.refresh();
    this.silent = false;
  }

  get element(): HTMLElement {
    return this.pane.element;
  }

  dispose(): void {
    this.pane.dispose();
  }
}

/** The picker's entries: the built-ins, the user's own, and first the slot's unsaved settings by name. */
function presetOptions(mine: string[], unsavedName: string | null): { text: string; value: string }[] {
  return [
    ...(unsavedName === null ? [] : [{ text: `${unsavedName} (unsaved)`, value: UNSAVED_PRESET }]),
    ...PRESET_IDS.map((id) => ({ text: id, value: id })),
    ...mine.map((n) => ({ text: `mine: ${n}`, value: `user:${n}` })),
  ];
}

/** `v` with no more decimals than `step` has. */
function roundToStep(v: number, step: number): number {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return Number(v.toFixed(Math.min(10, decimals + 1)));
}
