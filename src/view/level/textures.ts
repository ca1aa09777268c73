import { CanvasTexture, ClampToEdgeWrapping, RepeatWrapping, SRGBColorSpace, type Texture } from "three";
import { drawExtra, drawTileGrid, EXTRA_KINDS, type ExtraKind, LIT_TILE } from "./extraTextures";
import { drawSignAtlas, loadSignFont } from "./signAtlas";

type TextureKind = "facade" | "asphalt" | "tiles" | "crate" | ExtraKind | "signs";

/**
 * Generated textures, drawn once per kind and shared by every material that uses them.
 * Greyscale where possible so the material colour tints them.
 */
export class TextureBank {
  private readonly made = new Map<TextureKind, Texture>();
  private anisotropy = 4;

  /** The anisotropic filtering textures are made and uploaded with. */
  get anisotropyNow(): number {
    return this.anisotropy;
  }

  /** Anisotropic filtering of every texture, now and later (the quality level's); a change uploads them again. */
  setAnisotropy(n: number): void {
    if (n === this.anisotropy) return;
    this.anisotropy = n;
    for (const t of this.made.values()) {
      t.anisotropy = n;
      t.needsUpdate = true;
    }
  }

  get(kind: TextureKind): Texture {
    let t = this.made.get(kind);
    if (!t) {
      const canvas = kind === "signs" ? drawSignAtlas() : (EXTRA_KINDS as readonly string[]).includes(kind) ? drawExtra(kind as ExtraKind) : draw(kind as BaseKind);
      const tex = new CanvasTexture(canvas);
      t = tex;
      t.wrapS = t.wrapT = kind === "signs" || kind === "glow" ? ClampToEdgeWrapping : RepeatWrapping;
      if (kind === "litWindows") t.repeat.set(1 / LIT_TILE.bays, 1 / LIT_TILE.storeys);
      if (kind === "signs") {
        // Drawn at once with the fallback face, again when the bundled Cyrillic font is in.
        void loadSignFont().then(() => {
          if (this.made.get("signs") !== tex) return;
          drawSignAtlas(canvas);
          tex.needsUpdate = true;
        });
      }
      t.colorSpace = SRGBColorSpace;
      t.anisotropy = this.anisotropy;
      this.made.set(kind, t);
    }
    return t;
  }

  /**
   * Frees every texture's GPU copy and keeps the drawn canvases: a level that uses one
   * again uploads it again, and the GPU holds only what the current level draws (the
   * street's textures do not stay behind in the lab).
   */
  releaseGpu(): void {
    for (const t of this.made.values()) t.dispose();
  }

  dispose(): void {
    this.releaseGpu();
    this.made.clear();
  }
}

/** A small deterministic hash noise (0..1 per integer) so textures are identical on every load. */
export function hashNoise(i: number): number {
  let x = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296;
}

type BaseKind = "facade" | "asphalt" | "tiles" | "crate";

function draw(kind: BaseKind): HTMLCanvasElement {
  const c = document.createElement("canvas");
  const g = c.getContext("2d")!;
  if (kind === "facade") {
    // One panel-block bay: a storey-high concrete panel with one window and a seam.
    c.width = 128;
    c.height = 112;
    g.fillStyle = "#e6e6e6";
    g.fillRect(0, 0, 128, 112);
    for (let i = 0; i < 400; i++) {
      const v = 200 + Math.floor(hashNoise(i) * 40);
      g.fillStyle = `rgb(${v},${v},${v})`;
      g.fillRect(hashNoise(i + 999) * 128, hashNoise(i + 1999) * 112, 2, 2);
    }
    g.fillStyle = "#9a9a9a";
    g.fillRect(0, 0, 128, 2);
    g.fillRect(0, 0, 2, 112);
    // Window: dark glass with a frame and a mullion.
    g.fillStyle = "#f4f4f4";
    g.fillRect(30, 26, 68, 56);
    g.fillStyle = "#2a3440";
    g.fillRect(34, 30, 60, 48);
    g.fillStyle = "#4a5a6a";
    g.fillRect(34, 30, 60, 14);
    g.fillStyle = "#f4f4f4";
    g.fillRect(62, 30, 4, 48);
    g.fillStyle = "#bdbdbd";
    g.fillRect(26, 82, 76, 5);
  } else if (kind === "asphalt") {
    c.width = c.height = 128;
    g.fillStyle = "#bdbdbd";
    g.fillRect(0, 0, 128, 128);
    for (let i = 0; i < 3000; i++) {
      const v = 150 + Math.floor(hashNoise(i) * 100);
      g.fillStyle = `rgb(${v},${v},${v})`;
      g.fillRect(hashNoise(i + 5000) * 128, hashNoise(i + 9000) * 128, 1.5, 1.5);
    }
  } else if (kind === "tiles") {
    drawTileGrid(c, g, "#dedede", "#9c9c9c", 32);
  } else {
    c.width = c.height = 64;
    g.fillStyle = "#d8d8d8";
    g.fillRect(0, 0, 64, 64);
    g.fillStyle = "#8c8c8c";
    for (let y = 0; y < 64; y += 16) g.fillRect(0, y, 64, 2);
    g.lineWidth = 5;
    g.strokeStyle = "#7a7a7a";
    g.strokeRect(2, 2, 60, 60);
    g.beginPath();
    g.moveTo(4, 4);
    g.lineTo(60, 60);
    g.stroke();
  }
  return c;
}
