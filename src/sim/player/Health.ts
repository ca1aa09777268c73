import type { Hasher } from "../core/Hasher";
import { type DamageCause, HENRY } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import type { CombatHost } from "../combat/CombatHost";
import { PLAYER_COMBAT, type PlayerCombatConfig } from "../combat/CombatConfig";
import { DMath } from "../core/DMath";

/**
 * Henry's health: hits take it, it comes back after a pause without hits, and at zero he
 * dies and the sim restarts him at the last checkpoint after `deathRestartS`.
 */
export class Health {
  health: number;
  sinceHitS = 1e3;
  dead = false;
  deadS = 0;

  constructor(readonly config: PlayerCombatConfig = PLAYER_COMBAT) {
    this.health = config.maxHealth;
  }

  get health01(): number {
    return this.health / this.config.maxHealth;
  }

  /** Takes `amount` from a source at (fx, fy, fz); records the bearing relative to Henry's facing. */
  damage(host: CombatHost, amount: number, fx: number, fy: number, fz: number, cause: DamageCause): void {
    if (this.dead || amount <= 0) return;
    this.health = Math.max(0, this.health - amount);
    this.sinceHitS = 0;
    const h = host.henry;
    const p = h.body.position;
    // Bearing: 0 straight ahead, positive to the left (the yaw convention).
    const world = DMath.atan2(-(fx - p.x), -(fz - p.z));
    let bearing = world - h.yawRad;
    bearing = DMath.atan2(DMath.sin(bearing), DMath.cos(bearing));
    host.events.push({
      kind: "damage",
      tick: host.tick,
      target: HENRY,
      amount,
      health01: this.health01,
      cause,
      from: [fx, fy, fz],
      bearingRad: bearing,
    });
    if (this.health <= 0) {
      this.dead = true;
      this.deadS = 0;
      host.stats.deaths++;
      host.events.push({ kind: "killed", tick: host.tick, target: HENRY, by: -1, cause, position: [p.x, p.y, p.z] });
    }
  }

  /** One tick: regeneration, or the death timer. Returns true when it is time to restart. */
  step(): boolean {
    const dt = FIXED_DT;
    if (this.dead) {
      this.deadS += dt;
      return this.deadS >= this.config.deathRestartS;
    }
    this.sinceHitS += dt;
    if (this.sinceHitS >= this.config.regenDelayS) this.health = Math.min(this.config.maxHealth, this.health + this.config.regenPerS * dt);
    return false;
  }

  revive(): void {
    this.dead = false;
    this.deadS = 0;
    this.health = this.config.maxHealth;
    this.sinceHitS = 1e3;
  }

  hashInto(h: Hasher): void {
    h.num(this.health).num(this.sinceHitS).bool(this.dead).num(this.deadS);
  }
}
