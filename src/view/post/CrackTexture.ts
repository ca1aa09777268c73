import { CanvasTexture, LinearFilter } from "three";
import { seededRandom } from "../../rig/math";
import type { LensCrack } from "./CameraDamage";

/** The glass's drawing size, px (16:9; the camera pass stretches it over any window). */
const WIDTH = 640;
const HEIGHT = 360;

/**
 * Cracks in the lens cover, drawn on a canvas: green is the dark fracture line, red the
 * thin highlight where light catches its edge. Rays run from the point of impact with a
 * small crushed ring around it; redrawn only when a hit adds a crack or a checkpoint clears them.
 */
export class CrackTexture {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  readonly texture: CanvasTexture;
  private version = -1;

  constructor() {
    this.canvas = document.createElement("canvas");
    this.canvas.width = WIDTH;
    this.canvas.height = HEIGHT;
    const ctx = this.canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D canvas for the lens crack");
    this.ctx = ctx;
    this.texture = new CanvasTexture(this.canvas);
    this.texture.minFilter = LinearFilter;
    this.texture.generateMipmaps = false;
    this.clear();
  }

  /** Redraws the glass when the cracks changed (`version` is CameraDamage's counter). */
  update(cracks: readonly LensCrack[], version: number): void {
    if (version === this.version) return;
    this.version = version;
    this.clear();
    for (const c of cracks) this.drawCrack(c);
    this.texture.needsUpdate = true;
  }

  private clear(): void {
    this.ctx.fillStyle = "#000";
    this.ctx.fillRect(0, 0, WIDTH, HEIGHT);
  }

  private drawCrack(c: LensCrack): void {
    const r = seededRandom(c.seed);
    const x0 = c.x * WIDTH;
    // The texture is flipped on upload, so canvas rows run down the picture as they do on screen.
    const y0 = c.y * HEIGHT;
    const rays = 7 + Math.floor(r() * 5);
    const angles: number[] = [];
    const lengths: number[] = [];
    for (let i = 0; i < rays; i++) {
      angles.push((i / rays) * Math.PI * 2 + (r() - 0.5) * 0.5);
      lengths.push((0.3 + r() * 0.6) * WIDTH);
    }
    // Glass breaks in straight radial cracks, joined by broken rings (a spider's web).
    for (let i = 0; i < rays; i++) this.ray(r, x0, y0, angles[i], lengths[i], 2.2, 1);
    for (const ringPx of [14 + r() * 10, 40 + r() * 30, 90 + r() * 50]) {
      for (let i = 0; i < rays; i++) {
        const j = (i + 1) % rays;
        if (ringPx > Math.min(lengths[i], lengths[j]) || r() < 0.35) continue;
        const a = ringPx * (0.85 + r() * 0.3);
        const b = ringPx * (0.85 + r() * 0.3);
        this.line(x0 + Math.cos(angles[i]) * a, y0 + Math.sin(angles[i]) * a, x0 + Math.cos(angles[j]) * b, y0 + Math.sin(angles[j]) * b, 1.3);
      }
    }
  }

  /** One fracture: nearly straight, thinning as it runs, sometimes forking. */
  private ray(r: () => number, x: number, y: number, angle: number, lengthPx: number, widthPx: number, forks: number): void {
    const segments = 5 + Math.floor(r() * 4);
    const step = lengthPx / segments;
    let a = angle;
    for (let s = 0; s < segments; s++) {
      a += (r() - 0.5) * 0.16;
      const nx = x + Math.cos(a) * step;
      const ny = y + Math.sin(a) * step;
      const w = Math.max(0.7, widthPx * (1 - (0.7 * s) / segments));
      this.line(x, y, nx, ny, w);
      if (forks > 0 && r() < 0.15) this.ray(r, nx, ny, a + (r() < 0.5 ? -1 : 1) * (0.3 + r() * 0.4), (lengthPx - s * step) * 0.45, w * 0.7, forks - 1);
      x = nx;
      y = ny;
    }
  }

  /** A dark fracture line with a thin highlight one pixel off, where the broken edge catches light. */
  private line(x0: number, y0: number, x1: number, y1: number, widthPx: number): void {
    const ctx = this.ctx;
    ctx.lineCap = "round";
    ctx.strokeStyle = "rgb(0,255,0)";
    ctx.lineWidth = widthPx;
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
    ctx.globalCompositeOperation = "lighter";
    ctx.strokeStyle = "rgb(230,0,0)";
    ctx.lineWidth = Math.max(0.6, widthPx * 0.45);
    ctx.beginPath();
    ctx.moveTo(x0 + 1.2, y0 - 1.2);
    ctx.lineTo(x1 + 1.2, y1 - 1.2);
    ctx.stroke();
    ctx.globalCompositeOperation = "source-over";
  }

  dispose(): void {
    this.texture.dispose();
  }
}
