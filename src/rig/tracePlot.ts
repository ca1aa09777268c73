/**
 * An SVG plot of a trace that a person can read at a glance: four panels (rotation in deg,
 * translation in cm, angular speed in deg/s, FOV in deg) over a shared time axis in
 * seconds, with the course's segments shaded and named. Pure string building.
 */
import { angularSpeedDegS, type TraceAnalysis } from "./analysis";
import { DEG } from "./math";
import type { CourseSegment, RigTrace } from "./standardCourse";

interface Series {
  label: string;
  color: string;
  values: ArrayLike<number>;
  scale: number;
}
interface Panel {
  title: string;
  unit: string;
  series: Series[];
  symmetric: boolean;
}

const W = 1200;
const LEFT = 78;
const RIGHT = 24;
const TOP = 96;
const PANEL_H = 150;
const GAP = 34;
const BOTTOM = 50;

function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * mag;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function fmt(v: number): string {
  return Number.parseFloat(v.toPrecision(4)).toString();
}

function range(panel: Panel): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const s of panel.series) {
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i] * s.scale;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo)) lo = hi = 0;
  if (panel.symmetric) {
    const m = Math.max(Math.abs(lo), Math.abs(hi), 0.1);
    return [-m * 1.1, m * 1.1];
  }
  if (hi - lo < 1) {
    const mid = (hi + lo) / 2;
    return lo >= 0 && mid < 1 ? [0, 2] : [mid - 1, mid + 1];
  }
  const pad = (hi - lo) * 0.08;
  return [Math.max(0, lo - pad), hi + pad];
}

function drawPanel(panel: Panel, y0: number, n: number, out: string[]): void {
  const plotW = W - LEFT - RIGHT;
  const [lo, hi] = range(panel);
  const yOf = (v: number) => y0 + PANEL_H - ((v - lo) / (hi - lo)) * PANEL_H;
  const xOf = (i: number) => LEFT + (i / Math.max(1, n - 1)) * plotW;
  out.push(`<rect x="${LEFT}" y="${y0}" width="${plotW}" height="${PANEL_H}" fill="none" stroke="#888"/>`);
  const step = niceStep(hi - lo, 4);
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
    const y = yOf(v).toFixed(1);
    const zero = Math.abs(v) < step * 1e-6;
    out.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${y}" y2="${y}" stroke="${zero ? "#999" : "#ddd"}"/>`);
    out.push(`<text x="${LEFT - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="12">${fmt(zero ? 0 : v)}</text>`);
  }
  out.push(`<text x="16" y="${y0 + PANEL_H / 2}" transform="rotate(-90 16 ${y0 + PANEL_H / 2})" text-anchor="middle" font-size="13">${esc(panel.unit)}</text>`);
  out.push(`<text x="${LEFT + 6}" y="${y0 - 8}" font-size="14" font-weight="bold">${esc(panel.title)}</text>`);
  let lx = W - RIGHT - 8;
  for (const s of [...panel.series].reverse()) {
    const pts: string[] = [];
    for (let i = 0; i < s.values.length; i++) pts.push(`${xOf(i).toFixed(1)},${yOf(s.values[i] * s.scale).toFixed(2)}`);
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="1.4" points="${pts.join(" ")}"/>`);
    lx -= 12 + s.label.length * 7.5;
    out.push(`<rect x="${lx}" y="${y0 - 18}" width="10" height="10" fill="${s.color}"/>`);
    out.push(`<text x="${lx + 14}" y="${y0 - 8}" font-size="13">${esc(s.label)}</text>`);
    lx -= 14;
  }
}

/** Renders the trace of a course run as a standalone SVG file. */
export function renderTraceSvg(
  title: string,
  trace: RigTrace,
  segments: readonly CourseSegment[],
  figures?: TraceAnalysis,
): string {
  const n = trace.ticks;
  const speed = angularSpeedDegS(trace);
  const r = 1 / DEG;
  const panels: Panel[] = [
    { title: "Rotation offset", unit: "deg", symmetric: true, series: [
      { label: "pitch (up +)", color: "#1f77b4", values: trace.pitchRad, scale: r },
      { label: "yaw (left +)", color: "#2ca02c", values: trace.yawRad, scale: r },
      { label: "roll", color: "#d62728", values: trace.rollRad, scale: r },
    ] },
    { title: "Position offset (camera frame)", unit: "cm", symmetric: true, series: [
      { label: "x right", color: "#9467bd", values: trace.xM, scale: 100 },
      { label: "y up", color: "#ff7f0e", values: trace.yM, scale: 100 },
      { label: "z back", color: "#7f7f7f", values: trace.zM, scale: 100 },
    ] },
    { title: "Angular speed of the rotation offset", unit: "deg/s", symmetric: false, series: [
      { label: "|d(pitch, yaw, roll)/dt|", color: "#222", values: speed, scale: 1 },
    ] },
    { title: "Horizontal field of view", unit: "deg", symmetric: false, series: [
      { label: "FOV", color: "#8c564b", values: trace.fovDeg, scale: 1 },
    ] },
  ];
  const H = TOP + panels.length * (PANEL_H + GAP) + BOTTOM - GAP;
  const plotW = W - LEFT - RIGHT;
  const xOfTick = (t: number) => LEFT + (t / Math.max(1, n - 1)) * plotW;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${LEFT}" y="26" font-size="20" font-weight="bold">${esc(title)}</text>`,
  ];
  if (figures) {
    const f = figures;
    out.push(`<text x="${LEFT}" y="48" font-size="13" fill="#333">peak ${f.peakAngularSpeedDegS} deg/s · RMS ${f.rmsAngularSpeedDegS} deg/s · roll RMS ${f.rmsRollDeg} deg · peak bob ${f.peakBobM} m · VIMS band ${(f.vimsBandShare * 100).toFixed(1)} % (${f.vimsBandRmsDeg} deg RMS) · comfort ${f.comfort.score} (${f.comfort.rating})</text>`);
  }
  const bottomY = TOP + panels.length * (PANEL_H + GAP) - GAP;
  segments.forEach((s, i) => {
    const x0 = xOfTick(s.startTick);
    const x1 = xOfTick(Math.min(s.endTick, n - 1));
    if (i % 2 === 1) out.push(`<rect x="${x0.toFixed(1)}" y="${TOP - 30}" width="${(x1 - x0).toFixed(1)}" height="${bottomY - TOP + 30}" fill="#f1f3f8"/>`);
    out.push(`<line x1="${x0.toFixed(1)}" x2="${x0.toFixed(1)}" y1="${TOP - 30}" y2="${bottomY}" stroke="#bbb" stroke-dasharray="3 3"/>`);
    out.push(`<text x="${(x0 + 3).toFixed(1)}" y="${TOP - (i % 2 === 0 ? 34 : 18)}" font-size="12" fill="#444">${esc(s.label)}</text>`);
  });
  for (let i = 0; i < panels.length; i++) drawPanel(panels[i], TOP + i * (PANEL_H + GAP), n, out);
  const seconds = (n - 1) * trace.dtS;
  for (let s = 0; s <= seconds + 1e-9; s += 1) {
    const x = (LEFT + (s / seconds) * plotW).toFixed(1);
    out.push(`<line x1="${x}" x2="${x}" y1="${bottomY}" y2="${bottomY + 5}" stroke="#444"/>`);
    if (s % 2 === 0) out.push(`<text x="${x}" y="${bottomY + 19}" text-anchor="middle" font-size="12">${s}</text>`);
  }
  out.push(`<text x="${LEFT + plotW / 2}" y="${bottomY + 40}" text-anchor="middle" font-size="13">time (s)</text>`);
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
