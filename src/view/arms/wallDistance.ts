import type { LevelBox } from "../../sim/world/Level";

/**
 * Distance along a ray from (ox, oy, oz) in direction (dx, dy, dz) (unit) to the first
 * level box it meets, up to `maxM` (returns maxM when none). Boxes are treated as turned
 * by yaw only: a ramp's pitch is ignored, which only matters on slopes. No allocation.
 */
export function wallDistance(boxes: readonly LevelBox[], ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, maxM: number): number {
  let best = maxM;
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    const hx = b.size[0] / 2;
    const hy = b.size[1] / 2;
    const hz = b.size[2] / 2;
    const rx = ox - b.center[0];
    const ry = oy - b.center[1];
    const rz = oz - b.center[2];
    // Cheap reject: the ray cannot reach the box's bounding sphere within `best`.
    const r = Math.sqrt(hx * hx + hy * hy + hz * hz) + best;
    if (rx * rx + ry * ry + rz * rz > r * r) continue;
    const yaw = b.yawRad ?? 0;
    const c = Math.cos(yaw);
    const s = Math.sin(yaw);
    // Into the box's frame (inverse yaw about y).
    const px = c * rx - s * rz;
    const pz = s * rx + c * rz;
    const vx = c * dx - s * dz;
    const vz = s * dx + c * dz;
    let t0 = 0;
    let t1 = best;
    const slab = (p: number, v: number, h: number): boolean => {
      if (Math.abs(v) < 1e-9) return p >= -h && p <= h;
      let a = (-h - p) / v;
      let d = (h - p) / v;
      if (a > d) [a, d] = [d, a];
      if (a > t0) t0 = a;
      if (d < t1) t1 = d;
      return t0 <= t1;
    };
    if (slab(px, vx, hx) && slab(ry, dy, hy) && slab(pz, vz, hz) && t0 < best) best = t0;
  }
  return best;
}
