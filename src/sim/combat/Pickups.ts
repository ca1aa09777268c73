import type { Hasher } from "../core/Hasher";
import type { Arsenal } from "../player/Arsenal";
import type { CombatHost } from "./CombatHost";
import type { PickupView } from "./CombatView";
import { WEAPONS, type WeaponId } from "./CombatConfig";
import { DMath } from "../core/DMath";

/** Henry collects a pickup by walking within this of it, metres (or pressing use within `USE_M`). */
export const WALK_OVER_M = 1.3;
export const USE_M = 2.2;
const MAX_PICKUPS = 24;

/**
 * Ammo boxes and dropped weapons in fixed slots. Walking over one (or pressing use near it)
 * gives its rounds; a dropped weapon Henry lacks is added to his hands.
 */
export class Pickups {
  readonly views: PickupView[] = [];

  constructor() {
    for (let i = 0; i < MAX_PICKUPS; i++) {
      this.views.push({ active: false, kind: "ammo", weapon: "pistol", position: { x: 0, y: 0, z: 0 } });
    }
  }

  /** Places a pickup in a free slot (the oldest dropped weapon makes room when full). */
  add(kind: "ammo" | "weapon", weapon: WeaponId, x: number, y: number, z: number): void {
    let v = this.views.find((p) => !p.active);
    if (!v) v = this.views.find((p) => p.kind === "weapon") ?? this.views[0];
    v.active = true;
    v.kind = kind;
    v.weapon = weapon;
    v.position.x = x;
    v.position.y = y;
    v.position.z = z;
  }

  /** Collects what Henry stands on (or reaches, with `use`). Returns whether use took something. */
  step(host: CombatHost, arsenal: Arsenal, use: boolean): boolean {
    const p = host.henry.body.position;
    let used = false;
    for (const v of this.views) {
      if (!v.active) continue;
      const d = DMath.hypot(v.position.x - p.x, v.position.z - p.z);
      if (Math.abs(v.position.y - p.y) > 1.5) continue;
      const reach = use && !used ? USE_M : WALK_OVER_M;
      if (d > reach) continue;
      const isNew = v.kind === "weapon" && !arsenal.has(v.weapon);
      const rounds = WEAPONS[v.weapon].pickupRounds;
      const added = arsenal.give(v.weapon, rounds);
      if (!isNew && added === 0) continue;
      if (isNew) arsenal.switchTo(v.weapon, host);
      v.active = false;
      if (d > WALK_OVER_M) used = true;
      host.events.push({
        kind: "pickup",
        tick: host.tick,
        item: v.kind,
        weapon: v.weapon,
        rounds: added,
        position: [v.position.x, v.position.y, v.position.z],
      });
    }
    return used;
  }

  hashInto(h: Hasher): void {
    for (const v of this.views) {
      h.bool(v.active).str(v.kind).str(v.weapon).num(v.position.x).num(v.position.y).num(v.position.z);
    }
  }
}
