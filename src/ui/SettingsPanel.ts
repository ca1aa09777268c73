import { SETTINGS_LABELS, SETTINGS_SCHEMA, SETTINGS_SECTIONS } from "../settings/Settings";
import type { SettingsStore } from "../settings/SettingsStore";
import { comfortSchema } from "../rig/comfort";
import type { ParamSpec } from "../rig/schemaTypes";
import { bindingsSection } from "./BindingsPanel";
import { button, el } from "./dom";
import { recordsSection } from "./RecordsPanel";

const COMFORT_LABELS: Record<keyof typeof comfortSchema, string> = {
  headBobGain: "Head bob",
  ownShakeGain: "Shake from your own hits",
  worldShakeGain: "Shake from explosions nearby",
  swayGain: "Handheld sway and breathing",
  punchGain: "Recoil and hit kicks",
  lensGain: "Lens effects and FOV kicks",
  maxRollDeg: "Most roll (°)",
  maxAngularSpeedDegS: "Fastest camera motion (°/s)",
  sprintFovDeg: "Widen the view when sprinting (°)",
  lockFov: "Lock field of view",
};

/** A control on the screen that can show the stored value again (after Defaults or a refusal). */
interface Row {
  node: HTMLElement;
  sync(): void;
}

/**
 * The settings screen, generated from the settings schema and the rig's comfort schema in
 * sections (the comfort section has the id `comfort`), with the bindings. Every change
 * goes through the store's validator and is saved at once. The controls are built once and
 * updated in place, so focus stays where it is: every control works from the keyboard.
 */
export function settingsPanel(store: SettingsStore, onBack: () => void): HTMLElement {
  const error = el("p", { class: "error", role: "alert" });
  const rows: Row[] = [];
  const say = (errors: string[] | null) => {
    error.textContent = errors ? errors.join("; ") : "";
  };
  const general = (key: keyof typeof SETTINGS_SCHEMA) =>
    row(`setting-${key}`, SETTINGS_LABELS[key], SETTINGS_SCHEMA[key], () => store.get()[key], (v) => store.update({ [key]: v }), say);
  const comfortRow = (key: keyof typeof comfortSchema) =>
    row(`comfort-${key}`, COMFORT_LABELS[key], comfortSchema[key], () => store.get().comfort[key], (v) => store.update({ comfort: { ...store.get().comfort, [key]: v } }), say);
  const sections: HTMLElement[] = [];
  for (const sec of SETTINGS_SECTIONS) {
    const list = el("div", { class: "settings-list" });
    const made = sec.keys.map(general);
    if (sec.id === "comfort") made.push(...(Object.keys(comfortSchema) as (keyof typeof comfortSchema)[]).map(comfortRow));
    rows.push(...made);
    list.append(...made.map((r) => r.node));
    const note =
      sec.id === "comfort"
        ? el("p", { class: "note" }, "This camera moves like a head. If it makes you queasy, lower these, or pick the comfort vignette; a browser set to reduce motion starts with them low.")
        : null;
    sections.push(el("section", { class: "settings-section", "aria-labelledby": sec.id }, el("h3", { id: sec.id }, sec.title), note, list));
  }
  const binds = bindingsSection(store, say);
  sections.splice(1, 0, binds.node);
  rows.push(binds);
  return el(
    "div",
    { class: "panel settings", "data-screen": "settings" },
    el("h2", {}, "Settings"),
    ...sections,
    recordsSection(store),
    // The footer stays at the bottom while the screen scrolls: a refusal shows where it is seen.
    el(
      "div",
      { class: "row" },
      error,
      button(
        "Defaults",
        () => {
          store.reset();
          for (const r of rows) r.sync();
          say(null);
        },
        { "data-action": "defaults", title: "Every setting back to its default; best times are kept (Records)." },
      ),
      button("Back", onBack, { "data-action": "back" }),
    ),
  );
}

/** Scrolls the settings screen to a section (e.g. `comfort`) and puts focus on its first control. */
export function showSettingsSection(panel: HTMLElement, id: string): void {
  const heading = panel.querySelector<HTMLElement>(`#${id}`);
  if (!heading) return;
  heading.scrollIntoView({ block: "start" });
  heading.parentElement?.querySelector<HTMLElement>("input, select, button")?.focus({ preventScroll: true });
}

function row(
  id: string,
  label: string,
  spec: ParamSpec,
  get: () => unknown,
  set: (v: unknown) => string[] | null,
  say: (errors: string[] | null) => void,
): Row {
  let input: HTMLInputElement | HTMLSelectElement;
  let readout: HTMLOutputElement | null = null;
  let sync: () => void;
  // A refused value shows the stored one again; the message names the field.
  const commit = (v: unknown) => {
    const errors = set(v);
    say(errors);
    if (errors) sync();
  };
  if (spec.kind === "number") {
    const r = el("input", { id, type: "range", min: String(spec.min), max: String(spec.max), step: String(spec.step) });
    const out = el("output", { for: id });
    readout = out;
    r.addEventListener("input", () => {
      out.textContent = r.value;
    });
    r.addEventListener("change", () => commit(Number(r.value)));
    sync = () => {
      r.value = String(get());
      out.textContent = r.value;
    };
    input = r;
  } else if (spec.kind === "boolean") {
    const c = el("input", { id, type: "checkbox" });
    c.addEventListener("change", () => commit(c.checked));
    sync = () => {
      c.checked = get() === true;
    };
    input = c;
  } else {
    const s = el("select", { id });
    for (const o of spec.values) s.append(el("option", { value: o }, o));
    s.addEventListener("change", () => commit(s.value));
    sync = () => {
      s.value = String(get());
    };
    input = s;
  }
  sync();
  const node = el("div", { class: "setting" }, el("label", { for: id, title: spec.help }, label), input, readout, el("small", {}, spec.help));
  return { node, sync };
}
