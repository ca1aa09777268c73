import { button, el } from "../dom";

/**
 * The Lab's page: the 3D view with a caption and the plots over it on the left, a side
 * column on the right with the message box, the figures and the tuning panel.
 */
export class LabLayout {
  readonly root: HTMLElement;
  readonly view: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  readonly caption: HTMLElement;
  readonly plots: HTMLElement;
  readonly figures: HTMLElement;
  readonly panel: HTMLElement;
  /** A layer over the view for a dialog (Render video). */
  readonly overlay: HTMLElement;
  private readonly messages: HTMLElement;
  private readonly fileInput: HTMLInputElement;
  /** The lines of the error box now shown. */
  errorLines: string[] = [];
  /** A file was picked or dropped: its text. */
  onFile: (text: string, name: string) => void = () => {};

  constructor(parent: HTMLElement) {
    this.canvas = el("canvas", { class: "game", tabindex: "0" });
    this.caption = el("div", { class: "lab-caption" });
    this.plots = el("div", { class: "lab-plots" });
    this.view = el("div", { class: "lab-view" }, this.canvas, this.caption, this.plots);
    this.messages = el("div", { class: "lab-messages", role: "status", "aria-live": "polite" });
    this.figures = el("div", { class: "lab-figures-box" });
    this.panel = el("div", { class: "lab-panel" });
    this.fileInput = el("input", { type: "file", accept: ".json,application/json", class: "lab-file", "data-lab": "import" });
    this.fileInput.addEventListener("change", () => {
      const f = this.fileInput.files?.[0];
      if (f) void f.text().then((t) => this.onFile(t, f.name));
      this.fileInput.value = "";
    });
    const title = el("a", { class: "lab-title-link", href: "./", "data-action": "title" }, "← HEADCAM title screen");
    this.overlay = el("div", { class: "screen-layer lab-overlay" });
    this.view.append(this.overlay);
    const side = el("div", { class: "lab-side" }, title, this.messages, this.figures, this.panel, this.fileInput);
    this.root = el("div", { class: "lab", "data-screen": "lab" }, this.view, side);
    parent.append(this.root);
    this.root.addEventListener("dragover", this.dragOver);
    this.root.addEventListener("drop", this.drop);
  }

  /** Shows a dialog over the view (null closes it). */
  dialog(node: HTMLElement | null): void {
    this.overlay.replaceChildren(...(node ? [el("div", { class: "screen" }, node)] : []));
  }

  /** Opens the browser's file picker. */
  pickFile(): void {
    this.fileInput.click();
  }

  private readonly dragOver = (e: DragEvent): void => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
  };

  private readonly drop = (e: DragEvent): void => {
    e.preventDefault();
    const f = e.dataTransfer?.files[0];
    if (f) void f.text().then((t) => this.onFile(t, f.name));
  };

  /** A refusal: what was refused, and every line of why. Stays until closed. */
  error(title: string, lines: string[]): void {
    this.errorLines = lines;
    const close = button("Close", () => this.clearError(), { class: "lab-close" });
    const box = el("div", { class: "lab-error", role: "alert" }, el("strong", {}, title), el("ul", {}, ...lines.map((l) => el("li", {}, l))), close);
    this.messages.querySelector(".lab-error")?.remove();
    this.messages.prepend(box);
  }

  clearError(): void {
    this.errorLines = [];
    this.messages.querySelector(".lab-error")?.remove();
  }

  /** A note that fades by itself after `seconds`; with `link`, the link is shown selectable. */
  note(text: string, seconds = 6, link?: string): void {
    const n = el("div", { class: "lab-note" }, text, link ? el("input", { class: "lab-link", readonly: "", value: link }) : null);
    this.messages.append(n);
    setTimeout(() => n.remove(), seconds * 1000);
  }

  /** Starts a download of `text` as `fileName`. */
  download(text: string, fileName: string): void {
    const a = el("a", { download: fileName });
    a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  dispose(): void {
    this.root.removeEventListener("dragover", this.dragOver);
    this.root.removeEventListener("drop", this.drop);
    this.root.remove();
  }
}
