import type { ChaseMove, ChaseStep } from "../../content/script";
import type { Anchor } from "../world/Level";

/** One straight piece of a chase's line, resolved to positions: a run, or one move. */
export interface LineLeg {
  via: ChaseMove;
  x0: number;
  y0: number;
  z0: number;
  x1: number;
  y1: number;
  z1: number;
}

/**
 * Resolves a chase's steps against the level's anchors into legs from a start point: a leg
 * with `at` becomes a run to `at` and the move from there; a branch takes the way
 * `choose(count)` picks (0 = the fastest, listed first). A missing anchor is an authoring
 * error and says which.
 */
export function resolveLine(
  steps: readonly ChaseStep[],
  anchor: (name: string) => Anchor | undefined,
  choose: (count: number) => number,
  start: readonly [number, number, number],
): LineLeg[] {
  const legs: LineLeg[] = [];
  let [x, y, z] = start;
  const need = (name: string): Anchor => {
    const a = anchor(name);
    if (!a) throw new Error(`chase line: no anchor "${name}"`);
    return a;
  };
  const push = (via: ChaseMove, a: Anchor) => {
    legs.push({ via, x0: x, y0: y, z0: z, x1: a.position[0], y1: a.position[1], z1: a.position[2] });
    [x, y, z] = a.position;
  };
  const walk = (list: readonly ChaseStep[]) => {
    for (const s of list) {
      if ("branch" in s) {
        const k = Math.min(s.branch.length - 1, Math.max(0, choose(s.branch.length)));
        walk(s.branch[k]);
        continue;
      }
      if (s.at) push("run", need(s.at));
      push(s.via, need(s.to));
    }
  };
  walk(steps);
  return legs;
}

/** Every anchor name a chase's steps use (all branches), for authoring checks. */
export function lineAnchors(steps: readonly ChaseStep[]): string[] {
  const out: string[] = [];
  for (const s of steps) {
    if ("branch" in s) for (const b of s.branch) out.push(...lineAnchors(b));
    else {
      if (s.at) out.push(s.at);
      out.push(s.to);
    }
  }
  return out;
}
