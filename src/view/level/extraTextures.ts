/** Generated textures beyond the street's first four: tiles, lit windows, bark, tattoos, glow. */
export const EXTRA_KINDS = ["wallTiles", "litWindows", "bark", "tattoo", "glow"] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/** Bays and storeys one lit-window tile spans (the facade texture is one bay). */
export const LIT_TILE = { bays: 8, storeys: 6 } as const;

function hash(i: number): number {
  let x = Math.imul(i ^ 0x27d4eb2d, 0x85ebca6b);
  x ^= x >>> 15;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 13;
  return (x >>> 0) / 4294967296;
}

export function drawExtra(kind: ExtraKind): HTMLCanvasElement {
  const c = document.createElement("canvas");
  const g = c.getContext("2d")!;
  if (kind === "wallTiles") {
    drawTileGrid(c, g, "#e8e8e8", "#a8a8a8", 16);
  } else if (kind === "litWindows") {
    // Same window rectangle as the facade bay (30..98 of 128 across, 26..82 of 112 down).
    const cw = 32;
    const ch = 28;
    c.width = LIT_TILE.bays * cw;
    c.height = LIT_TILE.storeys * ch;
    g.fillStyle = "#000";
    g.fillRect(0, 0, c.width, c.height);
    const warm = ["#ffcf7a", "#ffe2a8", "#fff1d0", "#bcd3ff", "#ffb35c"];
    for (let by = 0; by < LIT_TILE.storeys; by++) {
      for (let bx = 0; bx < LIT_TILE.bays; bx++) {
        const i = by * LIT_TILE.bays + bx;
        if (hash(i) > 0.3) continue;
        g.fillStyle = warm[Math.floor(hash(i + 500) * warm.length)];
        g.fillRect(bx * cw + 8.5, by * ch + 7.5, 15, 11);
      }
    }
  } else if (kind === "bark") {
    c.width = 32;
    c.height = 128;
    g.fillStyle = "#f2f0ea";
    g.fillRect(0, 0, 32, 128);
    g.fillStyle = "#26231f";
    for (let i = 0; i < 26; i++) g.fillRect(hash(i) * 32, hash(i + 77) * 128, 4 + hash(i + 9) * 12, 1.5 + hash(i + 3) * 2.5);
  } else if (kind === "tattoo") {
    // Skin with dark blue-black ink: bands, a star, script strokes.
    c.width = c.height = 128;
    g.fillStyle = "#d9a98c";
    g.fillRect(0, 0, 128, 128);
    g.strokeStyle = "#1f2a36";
    g.fillStyle = "#1f2a36";
    g.lineWidth = 5;
    g.beginPath();
    g.moveTo(0, 18);
    g.lineTo(128, 18);
    g.moveTo(0, 30);
    g.lineTo(128, 30);
    g.stroke();
    g.beginPath();
    for (let k = 0; k < 10; k++) {
      const a = (k / 10) * Math.PI * 2 - Math.PI / 2;
      const r = k % 2 ? 10 : 24;
      g.lineTo(64 + Math.cos(a) * r, 72 + Math.sin(a) * r);
    }
    g.closePath();
    g.fill();
    g.lineWidth = 2;
    for (let k = 0; k < 6; k++) {
      g.beginPath();
      g.arc(20 + k * 18, 112, 6, 0, Math.PI * (1 + hash(k)));
      g.stroke();
    }
  } else {
    c.width = c.height = 64;
    const grad = g.createRadialGradient(32, 32, 0, 32, 32, 32);
    grad.addColorStop(0, "rgba(255,255,255,1)");
    grad.addColorStop(0.5, "rgba(255,255,255,0.35)");
    grad.addColorStop(1, "rgba(255,255,255,0)");
    g.fillStyle = grad;
    g.fillRect(0, 0, 64, 64);
  }
  return c;
}

/** A 64 px square of tiles: a base colour with grout lines every `stepPx`. */
export function drawTileGrid(c: HTMLCanvasElement, g: CanvasRenderingContext2D, base: string, grout: string, stepPx: number): void {
  c.width = c.height = 64;
  g.fillStyle = base;
  g.fillRect(0, 0, 64, 64);
  g.fillStyle = grout;
  for (let k = 0; k < 64; k += stepPx) {
    g.fillRect(k, 0, 1, 64);
    g.fillRect(0, k, 64, 1);
  }
}
