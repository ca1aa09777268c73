import type { LevelBox, Paint, Surface, Vec3Tuple } from "../Level";
import { DMath } from "../../core/DMath";
import { DEG } from "../../core/units";

/** A static box from its min corner and size (metres): easier to author than centres. */
export function boxFromMin(
  min: Vec3Tuple,
  size: Vec3Tuple,
  paint: Paint,
  surface: Surface,
  walkable: boolean,
  tag?: string,
): LevelBox {
  const box: LevelBox = {
    center: [min[0] + size[0] / 2, min[1] + size[1] / 2, min[2] + size[2] / 2],
    size,
    surface,
    walkable,
    paint,
  };
  if (tag) box.tag = tag;
  return box;
}

/**
 * A ramp that rises toward -Z (turned by `yawRad`; π rises toward +Z) from a foot edge centred at `foot`:
 * its top surface starts at `foot` and climbs `angleRad` over `lengthM` along the slope.
 */
export function rampBox(
  foot: Vec3Tuple,
  angleRad: number,
  lengthM: number,
  widthM: number,
  paint: Paint,
  surface: Surface,
  yawRad = 0,
  thicknessM = 0.6,
): LevelBox {
  const s = DMath.sin(angleRad);
  const c = DMath.cos(angleRad);
  // Up the slope is (0, s, -c) before yaw; the top face's normal is (0, c, s).
  const ly = (lengthM / 2) * s - (thicknessM / 2) * c;
  const lz = -(lengthM / 2) * c - (thicknessM / 2) * s;
  const sy = DMath.sin(yawRad);
  const cy = DMath.cos(yawRad);
  return {
    center: [foot[0] + sy * lz, foot[1] + ly, foot[2] + cy * lz],
    size: [widthM, thicknessM, lengthM],
    yawRad,
    pitchRad: angleRad,
    surface,
    walkable: Math.abs(angleRad) <= 45 * DEG + 1e-9,
    paint,
    tag: "ramp",
  };
}

/** Height (metres) of a `rampBox`'s top surface `alongM` metres (horizontally) up from its foot. */
export function rampHeightAt(footY: number, angleRad: number, alongM: number): number {
  return footY + DMath.tan(angleRad) * alongM;
}
