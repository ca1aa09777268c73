import type { RenderFigures, View } from "../view/View";
import type { HeadcamStats } from "./HeadcamApi";

/** What `stats()` reports before a view exists (the title screen without WebGL). */
const NO_FIGURES: RenderFigures = {
  quality: { level: "low", renderScale: 0, setting: "auto" },
  passes: 0,
  shadowMapSize: 0,
  msaaSamples: 0,
  anisotropy: 1,
  decorDrawn: 0,
  cracks: 0,
  droppedFrames: 0,
  exposure: { luminance: Number.NaN, ev: 0, readings: 0, clockS: 0 },
};

/** Rolling frame-time statistics over the last `capacity` frames (no allocation per frame). */
export class FrameStats {
  frames = 0;
  private readonly ring: Float64Array;
  private readonly scratch: Float64Array;
  private count = 0;
  private head = 0;

  constructor(capacity = 240) {
    this.ring = new Float64Array(capacity);
    this.scratch = new Float64Array(capacity);
  }

  record(frameMs: number): void {
    this.frames++;
    this.ring[this.head] = frameMs;
    this.head = (this.head + 1) % this.ring.length;
    if (this.count < this.ring.length) this.count++;
  }

  /** Median and 95th percentile of the recorded frame times, ms (0 when none). */
  summary(): { median: number; p95: number } {
    if (this.count === 0) return { median: 0, p95: 0 };
    const s = this.scratch.subarray(0, this.count);
    s.set(this.ring.subarray(0, this.count));
    s.sort();
    return { median: percentile(s, 0.5), p95: percentile(s, 0.95) };
  }

  /** `headcam.stats()`: these frame times with the renderer's counts of the last frame (zero before a view exists). */
  report(view: View | null): HeadcamStats {
    const mem = view?.memory ?? { geometries: 0, textures: 0 };
    const fig = view?.figures;
    const { quality, exposure, ...counts } = fig ?? NO_FIGURES;
    return {
      frames: this.frames,
      frameMs: this.summary(),
      drawCalls: view?.lastDrawCalls ?? 0,
      triangles: view?.lastTriangles ?? 0,
      geometries: mem.geometries,
      textures: mem.textures,
      quality: { ...quality, ...counts },
      // JSON has no NaN: before the first reading the luminance is null.
      exposure: { ...exposure, luminance: Number.isFinite(exposure.luminance) ? exposure.luminance : null },
    };
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
