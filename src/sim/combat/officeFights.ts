import type { FightPlan, GuardPost } from "./Fights";

const hold = (anchor: string, fallback?: string): GuardPost => (fallback ? { anchor, role: "hold", fallback } : { anchor, role: "hold" });
const rush = (anchor: string): GuardPost => ({ anchor, role: "rush" });
const free = (anchor: string): GuardPost => ({ anchor });

/**
 * The office tower's guards, 25 of them in six squads, each waiting off stage until the
 * script wakes it: the lobby held from the reception desk (two fall back up the west
 * stairs), more pouring in by the main entrance, two coming down from floor 1, and a squad
 * on each floor holding its rooms and corridors, with rushers who run at Henry and strike
 * at his head, and holders who fall back a floor ahead of him.
 */
export const OFFICE_FIGHTS: readonly FightPlan[] = [
  {
    anchor: "fight.lobby",
    mercs: 3,
    dormant: true,
    bare: true,
    checkpointOnClear: false,
    posts: [hold("post.lobby.1", "post.back.lobby.1"), hold("post.lobby.2"), hold("post.lobby.3", "post.back.lobby.2")],
  },
  { anchor: "fight.entrance", mercs: 3, dormant: true, bare: true, checkpointOnClear: false, posts: [rush("post.entrance.1"), rush("post.entrance.2"), free("post.entrance.3")] },
  { anchor: "fight.stairs", mercs: 2, dormant: true, bare: true, checkpointOnClear: false, posts: [free("post.stairs.1"), free("post.stairs.2")] },
  {
    anchor: "fight.f1",
    mercs: 5,
    dormant: true,
    bare: true,
    checkpointOnClear: false,
    posts: [hold("post.f1.1"), hold("post.f1.2", "post.back.f1.2"), hold("post.f1.3", "post.back.f1.1"), rush("post.f1.4"), rush("post.f1.5")],
  },
  {
    anchor: "fight.f2",
    mercs: 6,
    dormant: true,
    bare: true,
    checkpointOnClear: false,
    posts: [hold("post.f2.1"), hold("post.f2.2"), hold("post.f2.3", "post.back.f2.1"), hold("post.f2.4", "post.back.f2.2"), rush("post.f2.5"), rush("post.f2.6")],
  },
  {
    anchor: "fight.f3",
    mercs: 6,
    dormant: true,
    bare: true,
    checkpointOnClear: false,
    posts: [hold("post.f3.1"), hold("post.f3.2"), hold("post.f3.3"), free("post.f3.4"), rush("post.f3.5"), rush("post.f3.6")],
  },
];
