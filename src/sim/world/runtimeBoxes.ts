import type { LevelBox } from "./Level";

/** What a runtime box is: a car or a ventilation housing the telekinetic can lift, or a barrier that breaks. */
export type RuntimeBoxKind = "car" | "vent" | "barrier";

/**
 * The kind of a box that can leave the world during a run (tag "liftable.car",
 * "liftable.vent" or "breakable"), or null for an ordinary static box. Such boxes start
 * as colliders, cover and line-of-sight blockers like any other; the view draws them on
 * their own (not merged) so they can move or vanish.
 */
export function runtimeBoxKind(b: LevelBox): RuntimeBoxKind | null {
  if (b.tag === "liftable.car") return "car";
  if (b.tag === "liftable.vent") return "vent";
  if (b.tag === "breakable") return "barrier";
  return null;
}
