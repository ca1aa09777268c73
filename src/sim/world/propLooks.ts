import type { PropKind, Surface, Vec3Tuple } from "./Level";

/** Size, mass and material of each kind of prop: throws hurt by mass and speed, so these are the damage too. */
export interface PropLook {
  /** Full extent, metres. */
  size: Vec3Tuple;
  massKg: number;
  surface: Surface;
}

export const PROP_LOOK: Record<PropKind, PropLook> = {
  crate: { size: [0.6, 0.6, 0.6], massKg: 20, surface: "wood" },
  barrel: { size: [0.6, 0.9, 0.6], massKg: 60, surface: "metal" },
  bottle: { size: [0.08, 0.3, 0.08], massKg: 0.6, surface: "glass" },
  chair: { size: [0.45, 0.9, 0.45], massKg: 6, surface: "wood" },
  extinguisher: { size: [0.18, 0.55, 0.18], massKg: 7, surface: "metal" },
  monitor: { size: [0.56, 0.38, 0.18], massKg: 5, surface: "metal" },
  printer: { size: [0.5, 0.34, 0.44], massKg: 14, surface: "metal" },
  plant: { size: [0.38, 0.95, 0.38], massKg: 9, surface: "concrete" },
};
