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
    const ctx = this.ctx;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    const rays = 6 + Math.floor(r() * 5);
    for (let i = 0; i < rays; i++) {
      const angle = (i / rays) * Math.PI * 2 + (r() - 0.5) * 0.7;
      this.ray(r, x0, y0, angle, (0.25 + r() * 0.55) * WIDTH, 2.4, 2);
    }
    // The crushed ring where the blow landed.
    ctx.strokeStyle = "rgb(0,255,0)";
    ctx.lineWidth = 1.4;
    ctx.beginPath();
    const ring = 10 + r() * 14;
    for (let k = 0; k <= 14; k++) {
      const a = (k / 14) * Math.PI * 2;
      const rr = ring * (0.75 + r() * 0.5);
      const x = x0 + Math.cos(a) * rr;
      const y = y0 + Math.sin(a) * rr;
      if (k === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.stroke();
  }

  /** One fracture: a jittered polyline that thins as it runs and sometimes forks. */
  private ray(r: () => number, x: number, y: number, angle: number, lengthPx: number, widthPx: number, forks: number): void {
    const ctx = this.ctx;
    const segments = 7 + Math.floor(r() * 5);
    const step = lengthPx / segments;
    let a = angle;
    for (let s = 0; s < segments; s++) {
      a += (r() - 0.5) * 0.6;
      const nx = x + Math.cos(a) * step;
      const ny = y + Math.sin(a) * step;
      const w = Math.max(0.6, widthPx * (1 - s / segments));
      ctx.strokeStyle = "rgb(0,255,0)";
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(nx, ny);
      ctx.stroke();
      // The highlight: one pixel off the line, where the broken edge catches light.
      ctx.globalCompositeOperation = "lighter";
      ctx.strokeStyle = "rgb(200,0,0)";
      ctx.lineWidth = Math.max(0.5, w * 0.4);
      ctx.beginPath();
      ctx.moveTo(x + 1, y - 1);
      ctx.lineTo(nx + 1, ny - 1);
      ctx.stroke();
      ctx.globalCompositeOperation = "source-over";
      if (forks > 0 && r() < 0.22) this.ray(r, nx, ny, a + (r() < 0.5 ? -1 : 1) * (0.4 + r() * 0.6), (lengthPx - s * step) * 0.5, w * 0.7, forks - 1);
      x = nx;
      y = ny;
    }
  }

  dispose(): void {
    this.texture.dispose();
  }
}
