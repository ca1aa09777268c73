import type { Level } from "../world/Level";
import type { LosGrid } from "./LosGrid";

/** Tuning of the nav grid; units in the names. */
export interface NavConfig {
  cellM: number;
  /** The grid grows its cells until it has at most this many nodes (city scale). */
  maxNodes: number;
  /** Highest step between neighbours a mercenary walks, metres. */
  maxStepM: number;
  clearanceM: number;
  agentRadiusM: number;
  /** A* gives up after this many expansions and goes to the closest node it found. */
  maxExpansions: number;
}

export const DEFAULT_NAV: NavConfig = {
  cellM: 1.5,
  maxNodes: 120_000,
  maxStepM: 0.45,
  clearanceM: 1.7,
  agentRadiusM: 0.3,
  maxExpansions: 3000,
};

const DIRS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [1, -1],
  [-1, 1],
  [-1, -1],
] as const;

/**
 * A waypoint grid built from the level data: a node wherever a walkable, unrotated box top
 * has head room, linked to its eight neighbours when the step between them is small.
 * Paths come from A* over preallocated arrays (no allocation per search).
 */
export class NavGrid {
  readonly nx: number;
  readonly nz: number;
  readonly cellM: number;
  readonly minX: number;
  readonly minZ: number;
  readonly valid: Uint8Array;
  readonly height: Float32Array;
  private readonly g: Float32Array;
  private readonly f: Float32Array;
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private readonly closed: Int32Array;
  private readonly heap: Int32Array;
  private search = 0;

  constructor(
    level: Level,
    los: LosGrid,
    readonly config: NavConfig = DEFAULT_NAV,
  ) {
    const [x0, , z0] = level.bounds.min;
    const [x1, , z1] = level.bounds.max;
    let cell = config.cellM;
    while (Math.ceil((x1 - x0) / cell) * Math.ceil((z1 - z0) / cell) > config.maxNodes) cell *= 1.25;
    this.cellM = cell;
    this.minX = x0;
    this.minZ = z0;
    this.nx = Math.max(1, Math.ceil((x1 - x0) / cell));
    this.nz = Math.max(1, Math.ceil((z1 - z0) / cell));
    const n = this.nx * this.nz;
    this.valid = new Uint8Array(n);
    this.height = new Float32Array(n);
    const flat = level.boxes.map((b) => b.walkable && Math.abs(b.pitchRad ?? 0) < 1e-6);
    const walk = (i: number) => flat[i];
    const topY = level.bounds.max[1];
    for (let i = 0; i < n; i++) {
      const x = this.nodeX(i);
      const z = this.nodeZ(i);
      const y = los.floorAt(x, z, topY, walk);
      if (y === -Infinity) continue;
      if (los.blocked(x, z, y + config.maxStepM + 0.05, y + config.clearanceM, config.agentRadiusM)) continue;
      this.valid[i] = 1;
      this.height[i] = y;
    }
    this.g = new Float32Array(n);
    this.f = new Float32Array(n);
    this.parent = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.closed = new Int32Array(n);
    this.heap = new Int32Array(n);
  }

  nodeX(i: number): number {
    return this.minX + ((i % this.nx) + 0.5) * this.cellM;
  }
  nodeZ(i: number): number {
    return this.minZ + (Math.floor(i / this.nx) + 0.5) * this.cellM;
  }
  nodeY(i: number): number {
    return this.height[i];
  }

  /** Whether a→b is a walkable link (neighbours, small step, no corner cut). */
  linked(a: number, b: number): boolean {
    if (!this.valid[a] || !this.valid[b]) return false;
    if (Math.abs(this.height[a] - this.height[b]) > this.config.maxStepM) return false;
    const ax = a % this.nx;
    const az = (a - ax) / this.nx;
    const bx = b % this.nx;
    const bz = (b - bx) / this.nx;
    if (ax !== bx && az !== bz) return this.valid[az * this.nx + bx] === 1 && this.valid[bz * this.nx + ax] === 1;
    return true;
  }

  /** The valid node nearest to (x, z) within `maxCells` rings, or -1. */
  nearest(x: number, z: number, maxCells = 6): number {
    const cx = Math.floor((x - this.minX) / this.cellM);
    const cz = Math.floor((z - this.minZ) / this.cellM);
    let best = -1;
    let bestD = Infinity;
    for (let r = 0; r <= maxCells; r++) {
      for (let dz = -r; dz <= r; dz++) {
        for (let dx = -r; dx <= r; dx++) {
          if (Math.max(Math.abs(dx), Math.abs(dz)) !== r) continue;
          const gx = cx + dx;
          const gz = cz + dz;
          if (gx < 0 || gz < 0 || gx >= this.nx || gz >= this.nz) continue;
          const i = gz * this.nx + gx;
          if (!this.valid[i]) continue;
          const ex = this.nodeX(i) - x;
          const ez = this.nodeZ(i) - z;
          const d = ex * ex + ez * ez;
          if (d < bestD) {
            bestD = d;
            best = i;
          }
        }
      }
      if (best >= 0) return best;
    }
    return best;
  }

  private h(a: number, b: number): number {
    const dx = Math.abs((a % this.nx) - (b % this.nx));
    const dz = Math.abs(Math.floor(a / this.nx) - Math.floor(b / this.nx));
    return (Math.max(dx, dz) + 0.41421356 * Math.min(dx, dz)) * this.cellM;
  }

  /**
   * A* from node `from` to node `to`. Writes the nodes after `from` (goal last) into `out`
   * and returns how many; when the goal is out of reach within the expansion budget,
   * the path leads to the closest node found. At most `out.length` nodes are written.
   */
  findPath(from: number, to: number, out: Int32Array): number {
    if (from < 0 || to < 0) return 0;
    const s = ++this.search;
    let size = 0;
    const push = (i: number) => {
      let k = size++;
      while (k > 0) {
        const p = (k - 1) >> 1;
        if (this.f[this.heap[p]] <= this.f[i]) break;
        this.heap[k] = this.heap[p];
        k = p;
      }
      this.heap[k] = i;
    };
    const pop = (): number => {
      const top = this.heap[0];
      const last = this.heap[--size];
      let k = 0;
      for (;;) {
        let c = 2 * k + 1;
        if (c >= size) break;
        if (c + 1 < size && this.f[this.heap[c + 1]] < this.f[this.heap[c]]) c++;
        if (this.f[this.heap[c]] >= this.f[last]) break;
        this.heap[k] = this.heap[c];
        k = c;
      }
      this.heap[k] = last;
      return top;
    };
    this.seen[from] = s;
    this.g[from] = 0;
    this.f[from] = this.h(from, to);
    this.parent[from] = -1;
    push(from);
    let closest = from;
    let closestH = this.f[from];
    let expansions = 0;
    while (size > 0 && expansions < this.config.maxExpansions) {
      const cur = pop();
      if (this.closed[cur] === s) continue;
      this.closed[cur] = s;
      expansions++;
      const hc = this.h(cur, to);
      if (hc < closestH) {
        closestH = hc;
        closest = cur;
      }
      if (cur === to) break;
      const cx = cur % this.nx;
      const cz = (cur - cx) / this.nx;
      for (const [dx, dz] of DIRS) {
        const gx = cx + dx;
        const gz = cz + dz;
        if (gx < 0 || gz < 0 || gx >= this.nx || gz >= this.nz) continue;
        const nb = gz * this.nx + gx;
        if (this.closed[nb] === s || !this.linked(cur, nb)) continue;
        const cost = this.g[cur] + (dx !== 0 && dz !== 0 ? Math.SQRT2 : 1) * this.cellM;
        if (this.seen[nb] === s && cost >= this.g[nb]) continue;
        this.seen[nb] = s;
        this.g[nb] = cost;
        this.f[nb] = cost + this.h(nb, to);
        this.parent[nb] = cur;
        push(nb);
      }
    }
    let len = 0;
    for (let i = closest; i !== from && i >= 0; i = this.parent[i]) len++;
    const n = Math.min(len, out.length);
    // Keep the first n steps of the path when it is longer than `out`.
    let skip = len - n;
    let k = n;
    for (let i = closest; i !== from && i >= 0; i = this.parent[i]) {
      if (skip > 0) {
        skip--;
        continue;
      }
      out[--k] = i;
    }
    return n;
  }
}
