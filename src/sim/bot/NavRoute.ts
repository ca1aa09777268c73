import { LosGrid } from "../ai/LosGrid";
import { NavGrid } from "../ai/NavGrid";
import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import type { Level } from "../world/Level";

type V3 = { x: number; y: number; z: number };

/** How the bot walks a route; units in the names. */
export interface NavRouteConfig {
  /** A path node this close (horizontally) is passed, metres. */
  passM: number;
  /** The bot steers for the first node at least this far ahead, metres. */
  lookAheadM: number;
  /** It plans afresh at least this often, seconds. */
  replanS: number;
  /** Glass this close ahead on the way is met (broken by running into it or a fist), metres. */
  glassAheadM: number;
}

export const NAV_ROUTE: NavRouteConfig = { passM: 0.45, lookAheadM: 1.1, replanS: 1, glassAheadM: 2.2 };

/**
 * The bot's map of a level, as a player who has seen it knows it: walkable floors, stairs
 * and walls, and the glass (which a player knows can be gone through). It plans over
 * every floor and stair with the glass open, then steers for a point a little way along
 * the path, and says when intact glass stands in the way (the bot then runs or punches
 * through it). It only reads the level and what the screen shows of the glass.
 */
export class NavRoute {
  readonly nav: NavGrid;
  private readonly los: LosGrid;
  private readonly panes: number[] = [];
  private readonly isPane: Uint8Array;
  private readonly path = new Int32Array(2048);
  private len = 0;
  private idx = 0;
  private goal = -1;
  private sinceS = 0;

  constructor(
    level: Level,
    readonly config: NavRouteConfig = NAV_ROUTE,
  ) {
    this.los = new LosGrid(level.boxes);
    this.isPane = new Uint8Array(level.boxes.length);
    level.boxes.forEach((b, i) => {
      this.isPane[i] = b.pane ? 1 : 0;
      if (!b.pane) return;
      this.panes.push(i);
      this.los.setOff(i, true);
    });
    this.nav = new NavGrid(level, this.los);
    // Rays meet the glass that still stands (see `sync`).
    for (const i of this.panes) this.los.setOff(i, false);
  }

  /** Takes what the screen shows of the glass: which panes (in `boxes` order) are broken. */
  sync(broken: Uint8Array): void {
    for (let p = 0; p < this.panes.length && p < broken.length; p++) if (broken[p]) this.los.setOff(this.panes[p], true);
  }

  /**
   * Writes into `out` the point to walk toward from `from` (feet) on the way to `to`
   * (feet); returns false when there is no way (then walk straight at it).
   */
  steer(from: V3, to: V3, out: V3): boolean {
    const nav = this.nav;
    const g = nav.nearest(to.x, to.z, 6, to.y);
    this.sinceS += FIXED_DT;
    if (g < 0) return false;
    if (g !== this.goal || this.sinceS >= this.config.replanS || this.idx >= this.len) {
      const s = nav.nearest(from.x, from.z, 6, from.y);
      if (s < 0) return false;
      this.goal = g;
      this.sinceS = 0;
      this.len = nav.findPath(s, g, this.path);
      this.idx = 0;
      if (this.len === 0) return false;
    }
    // Pass nodes already reached, then aim a little way ahead along the path.
    while (this.idx < this.len - 1 && this.flat(this.path[this.idx], from) < this.config.passM) this.idx++;
    let k = this.idx;
    while (k < this.len - 1 && this.flat(this.path[k], from) < this.config.lookAheadM && Math.abs(nav.nodeY(this.path[k + 1]) - from.y) < 0.6) k++;
    const n = this.path[k];
    out.x = nav.nodeX(n);
    out.y = nav.nodeY(n);
    out.z = nav.nodeZ(n);
    return true;
  }

  /** Distance to the glass standing between the eye and a point (horizontally, at chest height), or Infinity. */
  glassAhead(from: V3, to: V3): number {
    const dx = to.x - from.x;
    const dz = to.z - from.z;
    const d = DMath.hypot(dx, dz);
    if (d < 1e-6) return Number.POSITIVE_INFINITY;
    const reach = this.config.glassAheadM;
    const t = this.los.raycast(from.x, from.y + 1.1, from.z, dx / d, 0, dz / d, reach);
    const box = this.los.lastBox;
    return t < reach && box >= 0 && this.isPane[box] === 1 ? t : Number.POSITIVE_INFINITY;
  }

  private flat(n: number, p: V3): number {
    return DMath.hypot(this.nav.nodeX(n) - p.x, this.nav.nodeZ(n) - p.z);
  }
}
