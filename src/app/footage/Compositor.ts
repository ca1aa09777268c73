import { wrapSubtitle } from "../../content/subtitles";
import type { FootageShot } from "./FootageShot";

/** Where a shot's picture goes in the video frame, pixels. */
export interface Panel {
  x: number;
  y: number;
  widthPx: number;
  heightPx: number;
}

/**
 * The layout of a video frame: one shot fills it; two sit side by side at half the width,
 * keeping the frame's aspect (letterboxed), each labelled above. Sizes are even.
 */
export function panelsFor(count: 1 | 2, widthPx: number, heightPx: number): Panel[] {
  if (count === 1) return [{ x: 0, y: 0, widthPx, heightPx }];
  const w = Math.floor(widthPx / 4) * 2;
  const h = Math.max(2, Math.floor((w * heightPx) / widthPx / 2) * 2);
  const y = Math.floor((heightPx - h) / 2);
  return [
    { x: 0, y, widthPx: w, heightPx: h },
    { x: widthPx - w, y, widthPx: w, heightPx: h },
  ];
}

/**
 * The canvas the encoder reads: each shot's picture copied in right after it is drawn
 * (a WebGL buffer is only valid until the task ends), the labels of an A/B pair, and the
 * subtitle burned in as the game shows it (speaker, then at most two lines).
 */
export class Compositor {
  readonly canvas = document.createElement("canvas");
  private readonly g: CanvasRenderingContext2D;

  constructor(
    readonly widthPx: number,
    readonly heightPx: number,
    readonly panels: readonly Panel[],
  ) {
    this.canvas.width = widthPx;
    this.canvas.height = heightPx;
    const g = this.canvas.getContext("2d", { alpha: false });
    if (!g) throw new Error("this browser has no 2D canvas to compose video frames on");
    this.g = g;
  }

  /** Clears the frame (black bars around an A/B pair). */
  begin(): void {
    this.g.fillStyle = "#000";
    this.g.fillRect(0, 0, this.widthPx, this.heightPx);
  }

  /** Copies shot `i`'s picture into its panel, with its label; call right after the shot draws. */
  place(i: number, shot: FootageShot): void {
    const p = this.panels[i];
    const g = this.g;
    g.drawImage(shot.canvas, p.x, p.y, p.widthPx, p.heightPx);
    if (!shot.label) return;
    const size = Math.max(12, Math.round(this.heightPx * 0.04));
    g.font = `bold ${size}px 'Noto Sans', sans-serif`;
    g.textBaseline = "bottom";
    g.textAlign = "left";
    g.fillStyle = "#fff";
    g.fillText(shot.label, p.x + size * 0.5, p.y - size * 0.3);
  }

  /** Burns a subtitle in at the bottom centre (yellow speaker, white text on a dark box). */
  subtitle(line: { speaker: string; text: string } | null): void {
    if (!line) return;
    const g = this.g;
    const size = Math.max(12, Math.round(this.heightPx * 0.042));
    g.font = `${size}px 'Noto Sans', sans-serif`;
    g.textBaseline = "middle";
    g.textAlign = "left";
    const rows = wrapSubtitle(line.text) ?? [line.text];
    const lead = `${line.speaker}: `;
    const leadW = g.measureText(lead).width;
    const widths = rows.map((r, i) => (i === 0 ? leadW : 0) + g.measureText(r).width);
    const rowH = size * 1.3;
    const boxW = Math.max(...widths) + size;
    const boxH = rows.length * rowH + size * 0.4;
    const x0 = (this.widthPx - boxW) / 2;
    const y0 = this.heightPx * 0.93 - boxH;
    g.fillStyle = "rgba(0,0,0,0.62)";
    g.fillRect(x0, y0, boxW, boxH);
    rows.forEach((row, i) => {
      const y = y0 + size * 0.2 + rowH * (i + 0.5);
      let x = (this.widthPx - widths[i]) / 2;
      if (i === 0) {
        g.fillStyle = "#ffd866";
        g.fillText(lead, x, y);
        x += leadW;
      }
      g.fillStyle = "#fff";
      g.fillText(row, x, y);
    });
  }

  dispose(): void {
    this.canvas.width = this.canvas.height = 0;
  }
}
