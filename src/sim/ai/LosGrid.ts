import type { LevelBox } from "../world/Level";
import { DMath } from "../core/DMath";

const EPS = 1e-9;
/** Scratch for `floorAt`'s one answer. */
const _top = new Float64Array(1);

/**
 * Line of sight on its own grid: the level's static boxes as oriented boxes, bucketed in
 * a uniform grid over x/z. A segment walks only the cells it crosses (Amanatides–Woo)
 * and tests each box once (a stamp per query), so perception costs the same in a street
 * or a city and never touches cannon-es.
 */
export class LosGrid {
  readonly cellM: number;
  private readonly minX: number;
  private readonly minZ: number;
  private readonly nx: number;
  private readonly nz: number;
  private readonly cellStart: Int32Array;
  private readonly cellItems: Int32Array;
  /** Per box: centre (3), half size (3), world-to-local rows (9). */
  private readonly data: Float64Array;
  private readonly stamps: Int32Array;
  private stamp = 0;
  /** Per box: 1 where sight passes (glass panes). */
  private readonly seeThrough: Uint8Array;
  /** Per box: 1 while it is out of the world (a broken pane, a car lifted away or wrecked): no query meets it. */
  private readonly off: Uint8Array;
  readonly boxCount: number;
  /** Boxes tested by the last query (for the benchmark). */
  tested = 0;
  /** Index of the box the last `raycast` stopped on, or -1. */
  lastBox = -1;

  constructor(boxes: readonly LevelBox[], cellM = 4) {
    this.cellM = cellM;
    const n = boxes.length;
    this.boxCount = n;
    this.data = new Float64Array(n * 15);
    this.stamps = new Int32Array(n);
    this.seeThrough = new Uint8Array(n);
    this.off = new Uint8Array(n);
    const aabb = new Float64Array(n * 4);
    let minX = Infinity;
    let minZ = Infinity;
    let maxX = -Infinity;
    let maxZ = -Infinity;
    for (let i = 0; i < n; i++) {
      const b = boxes[i];
      if (b.pane) this.seeThrough[i] = 1;
      const yaw = b.yawRad ?? 0;
      const pitch = b.pitchRad ?? 0;
      const cy = DMath.cos(yaw);
      const sy = DMath.sin(yaw);
      const cp = DMath.cos(pitch);
      const sp = DMath.sin(pitch);
      // R = Ry(yaw)·Rx(pitch); its columns are the box axes in the world.
      const r = [cy, sy * sp, sy * cp, 0, cp, -sp, -sy, cy * sp, cy * cp];
      const o = i * 15;
      const hx = b.size[0] / 2;
      const hy = b.size[1] / 2;
      const hz = b.size[2] / 2;
      this.data.set([b.center[0], b.center[1], b.center[2], hx, hy, hz], o);
      // World to local is Rᵀ: its rows are R's columns.
      this.data.set([r[0], r[3], r[6], r[1], r[4], r[7], r[2], r[5], r[8]], o + 6);
      const ex = Math.abs(r[0]) * hx + Math.abs(r[1]) * hy + Math.abs(r[2]) * hz;
      const ez = Math.abs(r[6]) * hx + Math.abs(r[7]) * hy + Math.abs(r[8]) * hz;
      aabb[i * 4] = b.center[0] - ex;
      aabb[i * 4 + 1] = b.center[2] - ez;
      aabb[i * 4 + 2] = b.center[0] + ex;
      aabb[i * 4 + 3] = b.center[2] + ez;
      minX = Math.min(minX, aabb[i * 4]);
      minZ = Math.min(minZ, aabb[i * 4 + 1]);
      maxX = Math.max(maxX, aabb[i * 4 + 2]);
      maxZ = Math.max(maxZ, aabb[i * 4 + 3]);
    }
    if (n === 0) minX = minZ = maxX = maxZ = 0;
    this.minX = minX;
    this.minZ = minZ;
    this.nx = Math.max(1, Math.ceil((maxX - minX) / cellM));
    this.nz = Math.max(1, Math.ceil((maxZ - minZ) / cellM));
    const counts = new Int32Array(this.nx * this.nz + 1);
    const visit = (i: number, f: (c: number) => void) => {
      const x0 = this.cx(aabb[i * 4]);
      const z0 = this.cz(aabb[i * 4 + 1]);
      const x1 = this.cx(aabb[i * 4 + 2]);
      const z1 = this.cz(aabb[i * 4 + 3]);
      for (let z = z0; z <= z1; z++) for (let x = x0; x <= x1; x++) f(z * this.nx + x);
    };
    for (let i = 0; i < n; i++) visit(i, (c) => counts[c + 1]++);
    for (let c = 0; c < this.nx * this.nz; c++) counts[c + 1] += counts[c];
    this.cellStart = counts;
    this.cellItems = new Int32Array(counts[this.nx * this.nz]);
    const fill = counts.slice(0, this.nx * this.nz);
    for (let i = 0; i < n; i++) visit(i, (c) => (this.cellItems[fill[c]++] = i));
  }

  private cx(x: number): number {
    return Math.min(this.nx - 1, Math.max(0, Math.floor((x - this.minX) / this.cellM)));
  }
  private cz(z: number): number {
    return Math.min(this.nz - 1, Math.max(0, Math.floor((z - this.minZ) / this.cellM)));
  }

  /** Removes a box from every query (a pane broke, a box was lifted or wrecked), or puts it back. */
  setOff(box: number, off: boolean): void {
    this.off[box] = off ? 1 : 0;
  }

  /** Whether a box is out of every query. */
  isOff(box: number): boolean {
    return this.off[box] === 1;
  }

  /** Whether the straight segment a→b is clear of every static box (sight: panes of glass let it through). */
  clear(ax: number, ay: number, az: number, bx: number, by: number, bz: number): boolean {
    const dx = bx - ax;
    const dy = by - ay;
    const dz = bz - az;
    const len = DMath.hypot3(dx, dy, dz);
    if (len < EPS) return true;
    return this.raycast(ax, ay, az, dx / len, dy / len, dz / len, len, true, true) >= len;
  }

  /**
   * Distance along the unit direction d from o to the first static box, or `maxM` when
   * nothing is hit before it (`lastBox` names the box). With `any`, the first box found
   * ends the walk (a yes/no query); with `sight`, panes of glass are looked through.
   */
  raycast(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, maxM: number, any = false, sight = false): number {
    this.stamp = (this.stamp + 1) | 0;
    this.tested = 0;
    this.lastBox = -1;
    let best = maxM;
    let x = this.cx(ox);
    let z = this.cz(oz);
    const stepX = dx > 0 ? 1 : -1;
    const stepZ = dz > 0 ? 1 : -1;
    const invX = Math.abs(dx) > EPS ? 1 / Math.abs(dx) : Infinity;
    const invZ = Math.abs(dz) > EPS ? 1 / Math.abs(dz) : Infinity;
    const bx0 = this.minX + (x + (dx > 0 ? 1 : 0)) * this.cellM;
    const bz0 = this.minZ + (z + (dz > 0 ? 1 : 0)) * this.cellM;
    let tMaxX = invX === Infinity ? Infinity : Math.abs(bx0 - ox) * invX;
    let tMaxZ = invZ === Infinity ? Infinity : Math.abs(bz0 - oz) * invZ;
    const tDX = this.cellM * invX;
    const tDZ = this.cellM * invZ;
    let tEnter = 0;
    for (;;) {
      const c = z * this.nx + x;
      for (let k = this.cellStart[c]; k < this.cellStart[c + 1]; k++) {
        const i = this.cellItems[k];
        if (this.stamps[i] === this.stamp) continue;
        this.stamps[i] = this.stamp;
        if (this.off[i] || (sight && this.seeThrough[i])) continue;
        this.tested++;
        const t = this.hitBox(i, ox, oy, oz, dx, dy, dz, best);
        if (t < best) {
          best = t;
          this.lastBox = i;
          if (any) return best;
        }
      }
      const tExit = Math.min(tMaxX, tMaxZ);
      if (best <= tExit || tExit >= maxM || tEnter >= maxM) return best;
      tEnter = tExit;
      if (tMaxX < tMaxZ) {
        x += stepX;
        tMaxX += tDX;
        if (x < 0 || x >= this.nx) return best;
      } else {
        z += stepZ;
        tMaxZ += tDZ;
        if (z < 0 || z >= this.nz) return best;
      }
    }
  }

  /** Slab test in the box's own frame; returns the entry distance or Infinity. */
  private hitBox(i: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, maxT: number): number {
    const d = this.data;
    const o = i * 15;
    const px = ox - d[o];
    const py = oy - d[o + 1];
    const pz = oz - d[o + 2];
    let tMin = 0;
    let tMax = maxT;
    for (let a = 0; a < 3; a++) {
      const r = o + 6 + a * 3;
      const lo = d[r] * px + d[r + 1] * py + d[r + 2] * pz;
      const ld = d[r] * dx + d[r + 1] * dy + d[r + 2] * dz;
      const h = d[o + 3 + a];
      if (Math.abs(ld) < EPS) {
        if (lo < -h || lo > h) return Infinity;
        continue;
      }
      let t1 = (-h - lo) / ld;
      let t2 = (h - lo) / ld;
      if (t1 > t2) {
        const s = t1;
        t1 = t2;
        t2 = s;
      }
      if (t1 > tMin) tMin = t1;
      if (t2 < tMax) tMax = t2;
      if (tMin > tMax) return Infinity;
    }
    return tMin;
  }

  /**
   * Whether a vertical column (x, z) between y0 and y1, widened by r, overlaps a box (nav
   * building). Every cell the widened column touches is searched, and an upright box is
   * met anywhere along the column (a desk top or a slab between the sample heights counts).
   */
  blocked(x: number, z: number, y0: number, y1: number, r: number): boolean {
    this.stamp = (this.stamp + 1) | 0;
    const cx0 = this.cx(x - r);
    const cx1 = this.cx(x + r);
    const cz0 = this.cz(z - r);
    const cz1 = this.cz(z + r);
    for (let gz = cz0; gz <= cz1; gz++) {
      for (let gx = cx0; gx <= cx1; gx++) {
        const c = gz * this.nx + gx;
        for (let k = this.cellStart[c]; k < this.cellStart[c + 1]; k++) {
          const i = this.cellItems[k];
          if (this.off[i] || this.stamps[i] === this.stamp) continue;
          this.stamps[i] = this.stamp;
          if (this.columnMeets(i, x, z, y0, y1, r)) return true;
        }
      }
    }
    return false;
  }

  private columnMeets(i: number, x: number, z: number, y0: number, y1: number, r: number): boolean {
    const d = this.data;
    const o = i * 15;
    const px = x - d[o];
    const pz = z - d[o + 2];
    // Upright (yaw only): the local y axis is the world's, so the column is one interval test.
    if (Math.abs(d[o + 10] - 1) < 1e-9) {
      const lx = d[o + 6] * px + d[o + 8] * pz;
      const lz = d[o + 12] * px + d[o + 14] * pz;
      if (Math.abs(lx) > d[o + 3] + r || Math.abs(lz) > d[o + 5] + r) return false;
      return y1 >= d[o + 1] - d[o + 4] && y0 <= d[o + 1] + d[o + 4];
    }
    for (const y of [y0, (y0 + y1) / 2, y1]) {
      const py = y - d[o + 1];
      let inside = true;
      for (let a = 0; a < 3 && inside; a++) {
        const rr = o + 6 + a * 3;
        const l = d[rr] * px + d[rr + 1] * py + d[rr + 2] * pz;
        const h = d[o + 3 + a] + (a === 1 ? 0 : r);
        if (l < -h || l > h) inside = false;
      }
      if (inside) return true;
    }
    return false;
  }

  /**
   * Every distinct box top under (x, z) no higher than `maxY`, highest first, into `out`;
   * returns how many (at most `out.length`). Tops closer than `mergeM` count once.
   */
  floorsAt(x: number, z: number, maxY: number, walkable: (i: number) => boolean, out: Float64Array, mergeM: number): number {
    const c = this.cz(z) * this.nx + this.cx(x);
    const d = this.data;
    let n = 0;
    for (let k = this.cellStart[c]; k < this.cellStart[c + 1]; k++) {
      const i = this.cellItems[k];
      if (this.off[i] || !walkable(i)) continue;
      const o = i * 15;
      const px = x - d[o];
      const pz = z - d[o + 2];
      const lx = d[o + 6] * px + d[o + 8] * pz;
      const lz = d[o + 12] * px + d[o + 14] * pz;
      if (Math.abs(lx) > d[o + 3] || Math.abs(lz) > d[o + 5]) continue;
      const top = d[o + 1] + d[o + 4];
      if (top > maxY) continue;
      // Insert in descending order, merging near-equal tops (a step on a slab).
      let j = 0;
      while (j < n && out[j] > top + mergeM) j++;
      if (j < n && Math.abs(out[j] - top) <= mergeM) {
        if (top > out[j]) out[j] = top;
        continue;
      }
      if (n === out.length) {
        if (j >= n) continue;
        n--;
      }
      for (let m = n; m > j; m--) out[m] = out[m - 1];
      out[j] = top;
      n++;
    }
    return n;
  }

  /** Height of the highest box top under (x, z) no higher than `maxY`, or -Infinity (flat, unrotated boxes only). */
  floorAt(x: number, z: number, maxY: number, walkable: (i: number) => boolean): number {
    return this.floorsAt(x, z, maxY, walkable, _top, 0) > 0 ? _top[0] : Number.NEGATIVE_INFINITY;
  }
}
