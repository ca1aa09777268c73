import type { Paint } from "../../sim/world/Level";

/** How each paint of the level format looks: base colour, roughness, and which texture. */
export interface PaintLook {
  color: number;
  roughness: number;
  metalness: number;
  /** A generated texture, tiled in world units (metres per tile). */
  texture?: "facade" | "asphalt" | "tiles" | "crate" | "wallTiles";
  /** Facades whose windows light up at night (the emissive lit-window map). */
  litWindows?: boolean;
  /** Glows in its own colour at night, this bright (a floodlit spire, a lit star). */
  nightGlow?: number;
  tileM?: [number, number];
  transparent?: boolean;
  opacity?: number;
  /** A glow of its own (a lit office ceiling), as a colour. */
  emissive?: number;
}

export const PALETTE: Record<Paint, PaintLook> = {
  road: { color: 0x7a7c80, roughness: 0.95, metalness: 0, texture: "asphalt", tileM: [4, 4] },
  pavement: { color: 0x9a968e, roughness: 0.9, metalness: 0, texture: "tiles", tileM: [2, 2] },
  kerb: { color: 0xb9b5aa, roughness: 0.85, metalness: 0 },
  marking: { color: 0xe8e4d6, roughness: 0.7, metalness: 0 },
  panel: { color: 0xd7d2c6, roughness: 0.9, metalness: 0, texture: "facade", tileM: [3.2, 2.8], litWindows: true },
  panelDark: { color: 0xa8a69c, roughness: 0.9, metalness: 0, texture: "facade", tileM: [3.2, 2.8], litWindows: true },
  brick: { color: 0xa0523d, roughness: 0.9, metalness: 0, texture: "facade", tileM: [3.2, 2.8], litWindows: true },
  stucco: { color: 0xe2c28f, roughness: 0.85, metalness: 0, texture: "facade", tileM: [3.6, 3.6] },
  roof: { color: 0x5a5a5f, roughness: 0.9, metalness: 0 },
  glass: { color: 0x9fb8c6, roughness: 0.1, metalness: 0, transparent: true, opacity: 0.45 },
  metal: { color: 0x8a8f96, roughness: 0.5, metalness: 0.15 },
  wood: { color: 0x8a6a45, roughness: 0.8, metalness: 0 },
  car: { color: 0x9b3a30, roughness: 0.45, metalness: 0.1 },
  carDark: { color: 0x3c5068, roughness: 0.45, metalness: 0.1 },
  crate: { color: 0xa77b45, roughness: 0.8, metalness: 0, texture: "crate", tileM: [1, 1] },
  concrete: { color: 0x8e8c86, roughness: 0.95, metalness: 0 },
  grass: { color: 0x5d7a3a, roughness: 1, metalness: 0 },
  sign: { color: 0x2f6fb5, roughness: 0.6, metalness: 0 },
  carLight: { color: 0xc9c6bd, roughness: 0.45, metalness: 0.1 },
  tile: { color: 0xb8b4a8, roughness: 0.6, metalness: 0, texture: "wallTiles", tileM: [1.2, 1.2] },
  labWall: { color: 0xdfe3e6, roughness: 0.5, metalness: 0.1, texture: "wallTiles", tileM: [2.4, 2.4] },
  labFloor: { color: 0x6d737a, roughness: 0.6, metalness: 0.3, texture: "tiles", tileM: [1.2, 1.2] },
  labTrim: { color: 0x3a3f46, roughness: 0.4, metalness: 0.5 },
  carpet: { color: 0x545c66, roughness: 1, metalness: 0, texture: "tiles", tileM: [0.6, 0.6] },
  fabric: { color: 0x6f7d8c, roughness: 1, metalness: 0 },
  ceiling: { color: 0xe9ecec, roughness: 0.9, metalness: 0, emissive: 0x5a5e60 },
  gilt: { color: 0xd8a640, roughness: 0.35, metalness: 0.7, nightGlow: 0.5 },
  star: { color: 0xc0392b, roughness: 0.4, metalness: 0.2, nightGlow: 2.2 },
  tower: { color: 0xe0cfa8, roughness: 0.85, metalness: 0, texture: "facade", tileM: [3.2, 3.4], litWindows: true },
  invisible: { color: 0, roughness: 1, metalness: 0 },
};
