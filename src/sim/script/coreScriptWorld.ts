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
 * A part of the core a script speaks to beyond the staged fights: the army's waves, the
 * telekinetic. Each owns some groups and acts on some cues.
 */
export interface ScriptActor {
  /** Enemies left in a group this actor owns, or -1 when the group is not its own. */
  remaining(group: string): number;
  /** Starts a group this actor owns; false when it is not its own. */
  spawn(group: string): boolean;
  /** A cue the actor may act on (it ignores the others). */
  cue(cue: Cue): void;
}

/**
 * The core's side of a set piece: groups are the combat's staged fights (matched by their
 * anchor) or belong to a script actor; a `spawn` cue wakes a dormant fight or calls the
 * actor's group; presentation cues go out as `cue` events (actors see them first).
 */
export function coreScriptWorld(level: Level, combat: Combat, events: EventRing<SimEvent>, tick: () => number, actors: readonly ScriptActor[] = []): ScriptWorld {
  const groups = new Map<string, number[]>();
  return {
    anchor: (name) => level.anchors[name],
    enemiesAlive(group) {
      for (const a of actors) {
        const n = a.remaining(group);
        if (n >= 0) return n;
      }
      const fights = groups.get(group);
      if (!fights) return 0;
      let n = 0;
      for (const f of fights) n += combat.aliveInFight(f);
      return n;
    },
    spawnGroup(group: string, anchors: Anchor[]) {
      for (const a of actors) if (a.spawn(group)) return;
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
      for (const a of actors) a.cue(cue);
      events.push({ kind: "cue", tick: t, cue });
    },
    checkpoint(a: Anchor, name: string) {
      combat.setCheckpoint(a, name);
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
