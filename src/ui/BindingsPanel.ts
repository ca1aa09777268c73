import {
  ACTION_LABELS,
  type BindingDevice,
  defaultBindings,
  inputLabel,
  KEY_ACTIONS,
  type KeyAction,
  PAD_ACTIONS,
  type PadAction,
  rebind,
  SLOTS_PER_ACTION,
} from "../settings/Bindings";
import type { SettingsStore } from "../settings/SettingsStore";
import { button, el } from "./dom";

interface Slot {
  device: BindingDevice;
  action: KeyAction | PadAction;
  index: number;
  button: HTMLButtonElement;
}

/** A pad button counts as pressed above this value (triggers are analog). */
const PAD_PRESSED = 0.5;

/**
 * The bindings section of the settings screen: every action's keys (two each, mouse
 * buttons too) and gamepad button. Click a slot and press the new key, mouse button or pad
 * button; Esc cancels, Backspace or Delete clears it. An input bound elsewhere is refused
 * with a message naming the action that has it. Updated in place (`sync`).
 */
export function bindingsSection(store: SettingsStore, say: (errors: string[] | null) => void): { node: HTMLElement; sync(): void } {
  const slots: Slot[] = [];
  let stopListening: (() => void) | null = null;
  const label = (s: Slot) => {
    const list = store.get().bindings[s.device] as Record<string, (string | number)[]>;
    const code = list[s.action]?.[s.index];
    return code === undefined ? "—" : inputLabel(s.device, code);
  };
  const sync = () => {
    stopListening?.();
    for (const s of slots) s.button.textContent = label(s);
  };
  const apply = (s: Slot, code: string | number | null) => {
    const r = rebind(store.get().bindings, s.device, s.action, s.index, code);
    if (!r.ok) {
      say([r.error]);
      return;
    }
    say(store.update({ bindings: r.bindings }));
  };
  const listen = (s: Slot) => {
    stopListening?.();
    s.button.textContent = s.device === "keys" ? "Press a key or mouse button…" : "Press a pad button…";
    s.button.classList.add("listening");
    const done = (code: string | number | null | undefined) => {
      stopListening?.();
      if (code !== undefined) apply(s, code);
      s.button.textContent = label(s);
      s.button.focus();
    };
    const onKey = (e: KeyboardEvent) => {
      // Capture phase on window: the game's own key handling never sees this press.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.code === "Escape") done(undefined);
      else if (e.code === "Backspace" || e.code === "Delete") done(null);
      else if (s.device === "keys") done(e.code);
    };
    const onMouse = (e: MouseEvent) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      done(`Mouse${e.button}`);
    };
    const eatClick = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    let raf = 0;
    const wasDown = new Set<number>();
    let first = true;
    const pollPad = () => {
      raf = requestAnimationFrame(pollPad);
      for (const pad of navigator.getGamepads?.() ?? []) {
        if (!pad?.connected) continue;
        pad.buttons.forEach((b, i) => {
          const down = b.value > PAD_PRESSED;
          // A button already held when listening began must be let go first.
          if (down && !first && !wasDown.has(i)) done(i);
          if (down) wasDown.add(i);
          else wasDown.delete(i);
        });
      }
      first = false;
    };
    window.addEventListener("keydown", onKey, true);
    // The click that asked to listen is still going on: take mouse buttons from the next press.
    const t = setTimeout(() => {
      if (s.device === "keys") {
        window.addEventListener("mousedown", onMouse, true);
        window.addEventListener("click", eatClick, true);
        window.addEventListener("contextmenu", eatClick, true);
      }
    }, 0);
    if (s.device === "pad") raf = requestAnimationFrame(pollPad);
    stopListening = () => {
      clearTimeout(t);
      cancelAnimationFrame(raf);
      window.removeEventListener("keydown", onKey, true);
      window.removeEventListener("mousedown", onMouse, true);
      // The click that ends a mouse binding arrives after mousedown: drop it a moment later.
      setTimeout(() => {
        window.removeEventListener("click", eatClick, true);
        window.removeEventListener("contextmenu", eatClick, true);
      }, 0);
      s.button.classList.remove("listening");
      s.button.textContent = label(s);
      stopListening = null;
    };
  };
  const slotButton = (device: BindingDevice, action: KeyAction | PadAction, index: number) => {
    const s: Slot = { device, action, index, button: null as unknown as HTMLButtonElement };
    const name = `${ACTION_LABELS[action]}: ${device === "keys" ? (index === 0 ? "key" : "alternate key") : "gamepad button"}`;
    s.button = button("", () => listen(s), { class: "bind", "data-bind": `${device}.${action}.${index}`, "aria-label": name, title: name });
    slots.push(s);
    return s.button;
  };
  const rows = [...new Set<KeyAction | PadAction>([...KEY_ACTIONS, ...PAD_ACTIONS])].map((action) => {
    const cells: HTMLElement[] = [el("th", { scope: "row" }, ACTION_LABELS[action])];
    for (let i = 0; i < SLOTS_PER_ACTION; i++) {
      cells.push(el("td", {}, (KEY_ACTIONS as readonly string[]).includes(action) ? slotButton("keys", action, i) : action === "pause" && i === 0 ? "Esc" : ""));
    }
    cells.push(el("td", {}, (PAD_ACTIONS as readonly string[]).includes(action) ? slotButton("pad", action, 0) : ""));
    return el("tr", {}, ...cells);
  });
  sync();
  const node = el(
    "section",
    { class: "settings-section", "aria-labelledby": "bindings" },
    el("h3", { id: "bindings" }, "Controls"),
    el("p", { class: "note" }, "Click a slot, then press the new key, mouse button or pad button. Esc cancels; Backspace clears. The left stick moves and the right stick looks."),
    el(
      "table",
      { class: "bindings" },
      el("thead", {}, el("tr", {}, el("th", {}, "Action"), el("th", {}, "Key"), el("th", {}, "Also"), el("th", {}, "Gamepad"))),
      el("tbody", {}, ...rows),
    ),
    button(
      "Default controls",
      () => {
        say(store.update({ bindings: defaultBindings() }));
        sync();
      },
      { "data-action": "default-bindings" },
    ),
  );
  return { node, sync };
}
