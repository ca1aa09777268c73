import { SETTINGS_LABELS, SETTINGS_SCHEMA } from "../settings/Settings";
import type { SettingsStore } from "../settings/SettingsStore";
import { comfortSchema } from "../rig/comfort";
import type { ParamSpec, ParamTable } from "../rig/schemaTypes";
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
  lockFov: "Lock field of view",
};

/**
 * The settings screen, generated from the settings schema and the rig's comfort schema;
 * every change goes through the store's validator and is saved at once.
 */
export function settingsPanel(store: SettingsStore, onBack: () => void): HTMLElement {
  const general = el("div", { class: "settings-list" });
  const comfort = el("div", { class: "settings-list" });
  const error = el("p", { class: "error", role: "alert" });
  const apply = (errors: string[] | null) => {
    error.textContent = errors ? errors.join("; ") : "";
    if (!errors) render();
  };
  const render = () => {
    const s = store.get();
    general.replaceChildren(
      ...rows(SETTINGS_SCHEMA, SETTINGS_LABELS, s as unknown as Record<string, unknown>, "setting", (k, v) => apply(store.update({ [k]: v }))),
    );
    comfort.replaceChildren(
      ...rows(comfortSchema, COMFORT_LABELS, s.comfort as unknown as Record<string, unknown>, "comfort", (k, v) =>
        apply(store.update({ comfort: { ...store.get().comfort, [k]: v } })),
      ),
    );
  };
  render();
  return el(
    "div",
    { class: "panel settings", "data-screen": "settings" },
    el("h2", {}, "Settings"),
    general,
    el("h3", { id: "comfort" }, "Comfort"),
    el("p", { class: "note" }, "This camera moves like a head. If it makes you queasy, lower these; a browser set to reduce motion starts with them low."),
    comfort,
    recordsSection(store),
    error,
    el(
      "div",
      { class: "row" },
      button(
        "Defaults",
        () => {
          store.reset();
          render();
        },
        { "data-action": "defaults", title: "Every setting back to its default; best times are kept (Records)." },
      ),
      button("Back", onBack, { "data-action": "back" }),
    ),
  );
}

function rows(
  table: ParamTable,
  labels: Record<string, string>,
  values: Record<string, unknown>,
  prefix: string,
  set: (key: string, v: unknown) => void,
): HTMLElement[] {
  return Object.entries(table).map(([key, spec]) => row(`${prefix}-${key}`, labels[key] ?? key, spec, values[key], (v) => set(key, v)));
}

function row(id: string, label: string, spec: ParamSpec, value: unknown, set: (v: unknown) => void): HTMLElement {
  let input: HTMLElement;
  let readout: HTMLElement | null = null;
  if (spec.kind === "number") {
    const r = el("input", { id, type: "range", min: String(spec.min), max: String(spec.max), step: String(spec.step), value: String(value) });
    readout = el("output", { for: id }, String(value));
    r.addEventListener("input", () => {
      readout!.textContent = r.value;
    });
    r.addEventListener("change", () => set(Number(r.value)));
    input = r;
  } else if (spec.kind === "boolean") {
    const c = el("input", { id, type: "checkbox" });
    c.checked = value === true;
    c.addEventListener("change", () => set(c.checked));
    input = c;
  } else {
    const s = el("select", { id });
    for (const o of spec.values) s.append(el("option", { value: o }, o));
    s.value = String(value);
    s.addEventListener("change", () => set(s.value));
    input = s;
  }
  return el("div", { class: "setting" }, el("label", { for: id, title: spec.help }, label), input, readout, el("small", {}, spec.help));
}
