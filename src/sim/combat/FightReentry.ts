import type { MercSpawn } from "../ai/Mercs";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";

/** After a restart, a scripted fight's survivors come back on stage this long later, seconds. */
export const REENTRY_S = 4;
const MAX_PENDING = 32;

/**
 * A scripted fight (one a cue woke: the lab stormed through its door) restarts the way it
 * began when Henry dies in it: its survivors leave the stage and come back in through
 * their entry `REENTRY_S` later, so none of them is standing over the checkpoint when
 * Henry gets up. Fixed slots; everything that decides the future is hashed.
 */
export class FightReentry {
  private readonly spawns: MercSpawn[] = [];
  private leftS = 0;

  /** Queues a survivor to come back where it first stood. */
  queue(s: MercSpawn): void {
    if (this.spawns.length >= MAX_PENDING) return;
    this.spawns.push({ x: s.x, z: s.z, yawRad: s.yawRad, fight: s.fight });
    this.leftS = REENTRY_S;
  }

  /** Survivors of `fight` waiting off stage. */
  waiting(fight: number): number {
    let n = 0;
    for (const s of this.spawns) if (s.fight === fight) n++;
    return n;
  }

  /** One tick; when the wait is over, hands every queued survivor to `spawn` and forgets them. */
  step(spawn: (s: MercSpawn) => void): void {
    if (this.spawns.length === 0) return;
    this.leftS -= FIXED_DT;
    if (this.leftS > 0) return;
    for (const s of this.spawns) spawn(s);
    this.spawns.length = 0;
  }

  hashInto(h: Hasher): void {
    h.u32v(this.spawns.length).num(this.leftS);
    for (const s of this.spawns) h.num(s.x).num(s.z).num(s.yawRad).u32v(s.fight);
  }
}
