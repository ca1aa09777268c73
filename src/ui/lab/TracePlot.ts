import { CHANNELS, type TraceRing } from "../../rig/TraceRing";

/** One line set on the plot: a trace and the colour and name it is drawn in. */
export interface PlotSeries {
  ring: TraceRing;
  color: string;
  label: string;
}

const STRIP_GAP = 4;
const LEFT = 74;
/** Smallest half-range of a strip, so a still trace draws flat instead of amplified noise. */
const MIN_HALF: readonly number[] = [0.5, 0.5, 0.5, 0.5, 0.5, 2];

/**
 * Six stacked strips (pitch, yaw, roll, vertical, lateral, FOV) drawn on a 2D canvas: cheap
 * enough to redraw every frame, and a person reads it at a glance. Each strip scales to the
 * largest value of all series so overlaid A/B traces share an axis.
 */
export class TracePlot {
  readonly canvas: HTMLCanvasElement;
  private readonly g: CanvasRenderingContext2D;

  constructor(
    private readonly w: number,
    private readonly h: number,
    private readonly dtS: number,
  ) {
    const widthPx = w;
    const heightPx = h;
    this.canvas = document.createElement("canvas");
    this.canvas.className = "lab-plot";
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    this.canvas.width = Math.round(widthPx * dpr);
    this.canvas.height = Math.round(heightPx * dpr);
    this.canvas.style.width = `${widthPx}px`;
    this.canvas.style.height = `${heightPx}px`;
    const g = this.canvas.getContext("2d");
    if (!g) throw new Error("no 2D canvas");
    g.scale(dpr, dpr);
    this.g = g;
  }

  /** Redraws every strip; `spanTicks` is the time the x axis covers (the longest series by default). */
  draw(series: readonly PlotSeries[], title: string, spanTicks = 0): void {
    const g = this.g;
    const { w, h } = this;
    g.fillStyle = "rgba(12, 13, 16, 0.9)";
    g.fillRect(0, 0, w, h);
    const span = Math.max(spanTicks, ...series.map((s) => s.ring.length), 2);
    const top = 16;
    const stripH = (h - top - 14 - STRIP_GAP * (CHANNELS.length - 1)) / CHANNELS.length;
    const plotW = w - LEFT - 8;
    g.font = "11px system-ui, sans-serif";
    g.fillStyle = "#b9b4a8";
    g.fillText(title, 6, 12);
    let lx = w - 8;
    g.textAlign = "right";
    for (let i = series.length - 1; i >= 0; i--) {
      g.fillStyle = series[i].color;
      g.fillText(series[i].label, lx, 12);
      lx -= g.measureText(series[i].label).width + 12;
    }
    g.textAlign = "left";
    CHANNELS.forEach((ch, c) => {
      const y0 = top + c * (stripH + STRIP_GAP);
      let mid = 0;
      let half = MIN_HALF[c];
      if (ch.key === "fov") {
        // FOV sits around the player's 90 deg plus offsets: centre the strip on its range.
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (const s of series) for (let k = 0; k < s.ring.length; k++) {
          const v = s.ring.at(c, k);
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
        if (Number.isFinite(lo)) {
          mid = (lo + hi) / 2;
          half = Math.max(half, (hi - lo) / 2);
        }
      } else {
        for (const s of series) for (let k = 0; k < s.ring.length; k++) half = Math.max(half, Math.abs(s.ring.at(c, k)));
      }
      half *= 1.1;
      g.fillStyle = "rgba(255,255,255,0.04)";
      g.fillRect(LEFT, y0, plotW, stripH);
      g.strokeStyle = "rgba(255,255,255,0.15)";
      g.beginPath();
      g.moveTo(LEFT, y0 + stripH / 2);
      g.lineTo(LEFT + plotW, y0 + stripH / 2);
      g.stroke();
      g.fillStyle = "#f2efe8";
      g.fillText(`${ch.label} (${ch.unit})`, 4, y0 + stripH / 2 + 1);
      g.fillStyle = "#8d887c";
      g.fillText(`±${fmt(half)}`, 4, y0 + stripH / 2 + 13);
      if (ch.key === "fov") g.fillText(`${fmt(mid)}`, 44, y0 + stripH / 2 + 13);
      for (const s of series) {
        const n = s.ring.length;
        if (n < 2) continue;
        g.strokeStyle = s.color;
        g.lineWidth = 1.25;
        g.beginPath();
        for (let k = 0; k < n; k++) {
          const x = LEFT + (k / (span - 1)) * plotW;
          const y = y0 + stripH / 2 - ((s.ring.at(c, k) - mid) / half) * (stripH / 2);
          if (k === 0) g.moveTo(x, y);
          else g.lineTo(x, y);
        }
        g.stroke();
      }
    });
    g.fillStyle = "#8d887c";
    g.fillText(`${fmt(span * this.dtS)} s`, w - 34, h - 2);
    g.fillText("0", LEFT, h - 2);
  }

  /** Share of sampled pixels that are not the background: 0 for a blank plot (tests read it). */
  ink(): number {
    const d = this.g.getImageData(0, 0, this.canvas.width, this.canvas.height).data;
    let lit = 0;
    let n = 0;
    for (let i = 0; i < d.length; i += 4 * 7) {
      n++;
      if (d[i] + d[i + 1] + d[i + 2] > 3 * 60) lit++;
    }
    return n ? lit / n : 0;
  }
}

function fmt(v: number): string {
  return Number.parseFloat(v.toPrecision(3)).toString();
}
