import type { Cue } from "../../content/script";
import type { EventRing } from "../core/EventRing";
import { HENRY, type SimEvent } from "../core/SimEvent";
import type { Combat } from "../combat/Combat";
import type { ExplosionConfig } from "../combat/CombatConfig";
import type { Anchor, Level } from "../world/Level";
import type { ScriptWorld } from "./ScriptRunner";

/** A scripted blast (a door blown in): loud and shaking, barely harmful at a distance. */
const SCRIPT_BLAST: ExplosionConfig = { radiusM: 6, innerRadiusM: 1, damage: 20, impulseNs: 500, strength: 1 };

/**
 * The core's side of a set piece: groups are the combat's staged fights (matched by their
 * anchor), a `spawn` cue wakes a dormant fight, presentation cues go out as `cue` events.
 */
export function coreScriptWorld(level: Level, combat: Combat, events: EventRing<SimEvent>, tick: () => number): ScriptWorld {
  const groups = new Map<string, number[]>();
  return {
    anchor: (name) => level.anchors[name],
    enemiesAlive(group) {
      const fights = groups.get(group);
      if (!fights) return 0;
      let n = 0;
      for (const f of fights) n += combat.aliveInFight(f);
      return n;
    },
    spawnGroup(group: string, anchors: Anchor[]) {
      const fights = anchors.map((a) => combat.fightAt(a)).filter((f) => f >= 0);
      groups.set(group, fights);
      for (const f of fights) combat.wake(f);
    },
    explode(a: Anchor, strength: number) {
      combat.explode(a.position[0], a.position[1] + 1, a.position[2], { ...SCRIPT_BLAST, strength });
    },
    itemTaken: () => false,
    arm(weapon, rounds) {
      combat.arsenal.arm(weapon, rounds, combat);
    },
    present(cue: Cue, t: number) {
      events.push({ kind: "cue", tick: t, cue });
    },
    checkpoint(a: Anchor, name: string) {
      combat.setCheckpoint(a);
      events.push({ kind: "checkpoint", tick: tick(), name });
    },
    restart() {
      combat.restartAtCheckpoint();
    },
  };
}

/** Heavy head impacts, as the film counted broken cameras: big hits and close blasts. */
export function isCameraKiller(e: SimEvent): boolean {
  return e.kind === "damage" && e.target === HENRY && (e.amount >= 20 || e.cause === "melee" || e.cause === "explosion");
}
