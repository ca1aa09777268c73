import type { Level } from "../world/Level";
import type { LosGrid } from "./LosGrid";
import { NavLandmarks } from "./NavLandmarks";
import { NavSearch } from "./NavSearch";

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

/**
 * With a height given, `nearest` keeps to surfaces from this far below it (a noise at eye
 * height, a jump) to a little above it (a step up): one floor of a tower, metres.
 */
const LAYER_BELOW_M = 2.4;
const LAYER_ABOVE_M = 0.6;

/** Landmarks of a stacked grid's searches. */
const LANDMARKS = 6;

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
 * Where the level stacks floors (`navLayers`), each cell keeps that many surfaces, top
 * down, and a node is `layer · cells + cell`: a tower's floors are one graph, joined where
 * its stairs climb in small steps. Paths come from A* (`NavSearch`) over preallocated arrays.
 */
export class NavGrid {
  readonly nx: number;
  readonly nz: number;
  readonly cellM: number;
  readonly minX: number;
  readonly minZ: number;
  /** Surfaces kept per cell (1 on a street). */
  readonly layers: number;
  /** Cells in one layer (nx · nz). */
  readonly cells: number;
  /**
   * A goal that moved no more than this needs no new path before the next re-plan, metres:
   * a grid finer than the default cell re-plans no more often than a default one does.
   */
  readonly goalSlackM: number;
  readonly valid: Uint8Array;
  readonly height: Float32Array;
  private readonly searcher: NavSearch;
  /** Per node, the linked neighbour in each of the 8 directions, or -1. */
  private readonly links: Int32Array;
  private readonly stepM: Float32Array;
  /** Landmark distances guiding searches between floors (stacked grids only). */
  private readonly landmarks: NavLandmarks | null;
  private readonly walk: (i: number) => boolean;
  private readonly topY: number;
  /** Scratch: the surfaces of the cell being surveyed. */
  private readonly tops: Float64Array;

  constructor(
    level: Level,
    private readonly los: LosGrid,
    readonly config: NavConfig = DEFAULT_NAV,
  ) {
    const [x0, , z0] = level.bounds.min;
    const [x1, , z1] = level.bounds.max;
    let cell = level.navCellM ?? config.cellM;
    while (Math.ceil((x1 - x0) / cell) * Math.ceil((z1 - z0) / cell) > config.maxNodes) cell *= 1.25;
    this.cellM = cell;
    this.goalSlackM = Math.max(0, config.cellM - cell);
    this.minX = x0;
    this.minZ = z0;
    this.nx = Math.max(1, Math.ceil((x1 - x0) / cell));
    this.nz = Math.max(1, Math.ceil((z1 - z0) / cell));
    this.layers = Math.max(1, Math.floor(level.navLayers ?? 1));
    this.cells = this.nx * this.nz;
    const n = this.cells * this.layers;
    this.valid = new Uint8Array(n);
    this.height = new Float32Array(n).fill(Number.NEGATIVE_INFINITY);
    const flat = level.boxes.map((b) => b.walkable && Math.abs(b.pitchRad ?? 0) < 1e-6);
    this.walk = (i: number) => flat[i];
    this.topY = level.bounds.max[1];
    this.tops = new Float64Array(this.layers);
    this.stepM = new Float32Array(DIRS.map(([dx, dz]) => (dx !== 0 && dz !== 0 ? Math.SQRT2 : 1) * cell));
    this.links = new Int32Array(n * 8).fill(-1);
    // Landmarks are measured with every pane of glass open: a walk can only grow when the
    // glass stands, so their bounds stay true however much of it breaks.
    const stacked = this.layers > 1;
    const panes = stacked ? level.boxes.flatMap((b, i) => (b.pane && !los.isOff(i) ? [i] : [])) : [];
    for (const i of panes) los.setOff(i, true);
    for (let c = 0; c < this.cells; c++) this.survey(c);
    for (let c = 0; c < this.cells; c++) this.linkCell(c);
    // A finer or stacked grid needs more expansions for the same walk (a tower's stairs).
    const maxExpansions = Math.max(config.maxExpansions, Math.ceil(n / 6));
    const spawn = level.anchors[level.spawn]?.position;
    this.landmarks = stacked && spawn ? new NavLandmarks(this.links, this.stepM, n, this.nearest(spawn[0], spawn[2], 6, spawn[1]), LANDMARKS) : null;
    for (const i of panes) {
      los.setOff(i, false);
      const b = level.boxes[i];
      const r = Math.hypot(b.size[0], b.size[2]) / 2;
      this.refresh(b.center[0] - r, b.center[2] - r, b.center[0] + r, b.center[2] + r);
    }
    this.searcher = new NavSearch(n, this.links, this.stepM, maxExpansions, (a, b) => this.h(a, b));
  }

  /** Finds a cell's walkable surfaces, top down, and which have head room. */
  private survey(c: number): void {
    const x = this.nodeX(c);
    const z = this.nodeZ(c);
    const cfg = this.config;
    const tops = this.tops;
    const n = this.los.floorsAt(x, z, this.topY, this.walk, tops, 0.05);
    for (let k = 0; k < this.layers; k++) {
      const i = k * this.cells + c;
      const y = k < n ? tops[k] : Number.NEGATIVE_INFINITY;
      this.valid[i] = 0;
      this.height[i] = y;
      if (y === Number.NEGATIVE_INFINITY) continue;
      if (!this.los.blocked(x, z, y + cfg.maxStepM + 0.05, y + cfg.clearanceM, cfg.agentRadiusM)) this.valid[i] = 1;
    }
  }

  /**
   * Surveys again the cells in a rectangle (metres) after the level changed there (a pane
   * broke): nodes that were blocked may now be open. The graph keeps its node numbering.
   */
  refresh(minX: number, minZ: number, maxX: number, maxZ: number): void {
    const r = this.config.agentRadiusM + this.cellM;
    const gx0 = Math.max(0, Math.floor((minX - r - this.minX) / this.cellM));
    const gz0 = Math.max(0, Math.floor((minZ - r - this.minZ) / this.cellM));
    const gx1 = Math.min(this.nx - 1, Math.floor((maxX + r - this.minX) / this.cellM));
    const gz1 = Math.min(this.nz - 1, Math.floor((maxZ + r - this.minZ) / this.cellM));
    for (let gz = gz0; gz <= gz1; gz++) for (let gx = gx0; gx <= gx1; gx++) this.survey(gz * this.nx + gx);
    for (let gz = Math.max(0, gz0 - 1); gz <= Math.min(this.nz - 1, gz1 + 1); gz++) {
      for (let gx = Math.max(0, gx0 - 1); gx <= Math.min(this.nx - 1, gx1 + 1); gx++) this.linkCell(gz * this.nx + gx);
    }
  }

  /** Records, for every node of cell `c`, which node it links to in each direction. */
  private linkCell(c: number): void {
    const cx = c % this.nx;
    const cz = (c - cx) / this.nx;
    for (let k = 0; k < this.layers; k++) {
      const i = k * this.cells + c;
      for (let d = 0; d < 8; d++) {
        this.links[i * 8 + d] = -1;
        if (!this.valid[i]) continue;
        const gx = cx + DIRS[d][0];
        const gz = cz + DIRS[d][1];
        if (gx < 0 || gz < 0 || gx >= this.nx || gz >= this.nz) continue;
        for (let l = 0; l < this.layers; l++) {
          const nb = l * this.cells + gz * this.nx + gx;
          if (this.linked(i, nb)) {
            this.links[i * 8 + d] = nb;
            break;
          }
        }
      }
    }
  }

  nodeX(i: number): number {
    return this.minX + ((i % this.cells) % this.nx + 0.5) * this.cellM;
  }
  nodeZ(i: number): number {
    return this.minZ + (Math.floor((i % this.cells) / this.nx) + 0.5) * this.cellM;
  }
  nodeY(i: number): number {
    return this.height[i];
  }

  /** A valid node of cell `c` within a step of height `y`, or -1. */
  private nodeAt(c: number, y: number): number {
    for (let k = 0; k < this.layers; k++) {
      const i = k * this.cells + c;
      if (this.valid[i] && Math.abs(this.height[i] - y) <= this.config.maxStepM) return i;
    }
    return -1;
  }

  /** Whether nodes a and b stand within `m` of each other on the same floor (a step apart in height at most). */
  within(a: number, b: number, m: number): boolean {
    if (a < 0 || b < 0) return false;
    const dx = this.nodeX(a) - this.nodeX(b);
    const dz = this.nodeZ(a) - this.nodeZ(b);
    return dx * dx + dz * dz <= m * m && Math.abs(this.height[a] - this.height[b]) <= this.config.maxStepM;
  }

  /** Whether a→b is a walkable link (neighbours, small step, no corner cut). */
  linked(a: number, b: number): boolean {
    if (!this.valid[a] || !this.valid[b]) return false;
    const ha = this.height[a];
    if (Math.abs(ha - this.height[b]) > this.config.maxStepM) return false;
    const ca = a % this.cells;
    const cb = b % this.cells;
    const ax = ca % this.nx;
    const az = (ca - ax) / this.nx;
    const bx = cb % this.nx;
    const bz = (cb - bx) / this.nx;
    if (ax !== bx && az !== bz) return this.nodeAt(az * this.nx + bx, ha) >= 0 && this.nodeAt(bz * this.nx + ax, ha) >= 0;
    return true;
  }

  /**
   * The valid node nearest to (x, z) within `maxCells` rings, or -1. With a height `y`
   * (feet or eye, metres) on a stacked grid only surfaces from `LAYER_BELOW_M` below it to
   * `LAYER_ABOVE_M` above it count (the same floor of a tower); without one, the highest surface of a cell wins.
   */
  nearest(x: number, z: number, maxCells = 6, y = Number.POSITIVE_INFINITY): number {
    const cx = Math.floor((x - this.minX) / this.cellM);
    const cz = Math.floor((z - this.minZ) / this.cellM);
    // One layer: the height never matters (a street keeps its old choice of node).
    const anyY = y === Number.POSITIVE_INFINITY || this.layers === 1;
    let best = -1;
    let bestD = Infinity;
    for (let r = 0; r <= maxCells; r++) {
      for (let dz = -r; dz <= r; dz++) {
        for (let dx = -r; dx <= r; dx++) {
          if (Math.max(Math.abs(dx), Math.abs(dz)) !== r) continue;
          const gx = cx + dx;
          const gz = cz + dz;
          if (gx < 0 || gz < 0 || gx >= this.nx || gz >= this.nz) continue;
          for (let k = 0; k < this.layers; k++) {
            const i = k * this.cells + gz * this.nx + gx;
            if (!this.valid[i]) continue;
            const dy = anyY ? 0 : this.height[i] - y;
            if (dy < -LAYER_BELOW_M || dy > LAYER_ABOVE_M) continue;
            const ex = this.nodeX(i) - x;
            const ez = this.nodeZ(i) - z;
            const d = ex * ex + ez * ez + dy * dy;
            if (d < bestD) {
              bestD = d;
              best = i;
            }
            // Without a height, the first (highest) valid surface of a cell stands for it.
            if (anyY) break;
          }
        }
      }
      if (best >= 0) return best;
    }
    return best;
  }

  /** A lower bound on the walk from node a to node b, metres (A*'s heuristic). */
  private h(a: number, b: number): number {
    const ca = a % this.cells;
    const cb = b % this.cells;
    const dx = Math.abs((ca % this.nx) - (cb % this.nx));
    const dz = Math.abs(Math.floor(ca / this.nx) - Math.floor(cb / this.nx));
    const flat = (Math.max(dx, dz) + 0.41421356 * Math.min(dx, dz)) * this.cellM;
    if (!this.landmarks) return flat;
    // Between floors, climbing a metre takes at least a metre of walking (no step is steeper than a cell).
    return Math.max(flat + Math.abs(this.height[a] - this.height[b]), this.landmarks.bound(a, b));
  }

  /**
   * A* from node `from` to node `to`. Writes the nodes after `from` (goal last) into `out`
   * and returns how many; when the goal is out of reach within the expansion budget,
   * the path leads to the closest node found. At most `out.length` nodes are written.
   */
  findPath(from: number, to: number, out: Int32Array): number {
    return this.searcher.find(from, to, out);
  }
}
