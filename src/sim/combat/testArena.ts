import type { Level, LevelBox, LevelProp } from "../world/Level";
import { boxFromMin } from "../world/levels/boxes";

/** Options of the combat test arena. */
export interface ArenaOptions {
  /** A wall across the arena whose near face is at this z (it spans x -20..20, 4 m high). */
  wallZ?: number;
  /** A thin wall along x = wallX between z0 and z1 (blocks sight between two sides). */
  sideWall?: { x: number; z0: number; z1: number };
  props?: LevelProp[];
  /** More boxes (panes of glass, a wall with a doorway). */
  boxes?: LevelBox[];
  /** Navigation cell side, metres (default the grid's). */
  navCellM?: number;
}

/**
 * A flat 100 m floor (top at y = 0) with the player spawning at the origin facing -Z,
 * and optional walls and props: the arena of the combat unit tests.
 */
export function makeArena(opts: ArenaOptions = {}): Level {
  const boxes: LevelBox[] = [boxFromMin([-50, -1, -50], [100, 1, 100], "concrete", "concrete", true)];
  if (opts.wallZ !== undefined) boxes.push(boxFromMin([-20, 0, opts.wallZ - 1], [40, 4, 1], "concrete", "concrete", false));
  if (opts.sideWall) {
    const w = opts.sideWall;
    boxes.push(boxFromMin([w.x - 0.5, 0, w.z0], [1, 4, w.z1 - w.z0], "concrete", "concrete", false));
  }
  if (opts.boxes) boxes.push(...opts.boxes);
  return {
    ...(opts.navCellM ? { navCellM: opts.navCellM } : {}),
    id: "combat-arena",
    title: "Combat arena",
    timeOfDay: "midday",
    spawn: "spawn",
    boxes,
    props: opts.props ?? [],
    anchors: { spawn: { position: [0, 0, 0], yawRad: 0 } },
    bounds: { min: [-50, -1, -50], max: [50, 10, 50] },
  };
}
