import type { ArmyWave } from "../../content/army";
import type { Cue } from "../../content/script";
import type { ScriptActor } from "../script/coreScriptWorld";
import type { Combat } from "../combat/Combat";
import { WEAPON_IDS } from "../combat/CombatConfig";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import { DMath } from "../core/DMath";
import type { Anchor, Level } from "../world/Level";
import { ARMY, type ArmyConfig, entryKind } from "./ArmyConfig";
import { MercState } from "./Merc";
import type { Difficulty } from "./MercConfig";

/** Army mercenaries fight under indices from here (wave k is fight ARMY_FIGHT_BASE + k), apart from staged fights. */
export const ARMY_FIGHT_BASE = 1000;

/** What presentation and tests read of the army. */
export interface ArmyView {
  /** Most mercenaries allowed alive at once on this difficulty (fewer while the boss fights). */
  readonly cap: number;
  /** Mercenaries alive now, and the most there have been at once. */
  readonly alive: number;
  readonly maxAlive: number;
  /** Waves called so far, and the wave arriving now (-1 when none). */
  readonly called: number;
  readonly current: number;
  /** Seconds until the next arrival may come (0 when one may come now). */
  readonly waitS: number;
  /** Whether arrivals are held because Henry is badly hurt. */
  readonly holding: boolean;
}

/**
 * The army of the finale: waves called by the script (`spawn` cues naming a wave's group)
 * arrive one mercenary at a time through lifts, stairs and ropes. The pace follows the
 * director's intensity; a breather comes before each wave, longer after one that hurt
 * Henry; arrivals pause while he is badly hurt and after he restarts; never more than
 * the difficulty's cap are alive at once; ways in near Henry are skipped.
 */
export class ArmySpawner implements ArmyView, ScriptActor {
  readonly cap: number;
  private readonly capWithBoss: number;
  private readonly spawned: Int32Array;
  private readonly calledTick: Int32Array;
  private readonly entries: { anchor: Anchor; kind: "lift" | "stairs" | "rope" }[][];
  private waitLeftS = 0;
  private damageThisWave = 0;
  private lastHealth: number;
  private lastDeaths = 0;
  private wasDead = false;
  /** Seconds until the army is sent after Henry again once he has restarted (-1: not waiting). */
  private huntInS = -1;
  maxAlive = 0;
  alive = 0;
  called = 0;
  current = -1;
  holding = false;

  constructor(
    level: Level,
    private readonly combat: Combat,
    readonly waves: readonly ArmyWave[],
    difficulty: Difficulty,
    private readonly intensity: () => number,
    /** Whether the telekinetic is in the fight now (joined or panicking). */
    private readonly bossFighting: () => boolean = () => false,
    readonly config: ArmyConfig = ARMY,
  ) {
    this.cap = config.aliveCap[difficulty];
    this.capWithBoss = Math.min(this.cap, config.aliveCapWithBoss[difficulty]);
    this.spawned = new Int32Array(waves.length);
    this.calledTick = new Int32Array(waves.length).fill(-1);
    this.entries = waves.map((w) =>
      w.entries.flatMap((name) => {
        const anchor = level.anchors[name];
        return anchor ? [{ anchor, kind: entryKind(name) }] : [];
      }),
    );
    this.lastHealth = combat.health.health;
  }

  get waitS(): number {
    return Math.max(0, this.waitLeftS);
  }

  private waveIndex(group: string): number {
    return this.waves.findIndex((w) => w.group === group);
  }

  /** A script's `spawn` cue naming a wave calls it. */
  spawn(group: string): boolean {
    if (this.waveIndex(group) < 0) return false;
    this.call(group);
    return true;
  }

  cue(_cue: Cue): void {}

  /** Calls a wave (a script's `spawn` cue): it starts after a breather sized by how the last one went. */
  call(group: string): void {
    const k = this.waveIndex(group);
    if (k < 0 || this.calledTick[k] >= 0) return;
    this.calledTick[k] = this.combat.tick;
    this.called++;
    const c = this.config;
    const breather = Math.min(c.breatherMaxS, c.breatherS + this.damageThisWave * c.breatherPerDamageS);
    this.waitLeftS = Math.max(this.waitLeftS, breather);
    this.damageThisWave = 0;
    if (c.restockAmmo) this.restock();
  }

  /** Mercenaries of a wave still to beat: alive ones plus those yet to arrive (0 before it is called, -1 for another group). */
  remaining(group: string): number {
    const k = this.waveIndex(group);
    if (k < 0) return -1;
    if (this.calledTick[k] < 0) return 0;
    let n = this.waves[k].units.length - this.spawned[k];
    for (const m of this.combat.mercs.list) if (m.active && m.alive && m.fight === ARMY_FIGHT_BASE + k) n++;
    return n;
  }

  /** One tick, after combat's: reads Henry's state, paces and places arrivals. */
  step(): void {
    const c = this.config;
    const health = this.combat.health;
    if (health.health < this.lastHealth) this.damageThisWave += this.lastHealth - health.health;
    this.lastHealth = health.health;
    if (this.combat.stats.deaths !== this.lastDeaths) {
      this.lastDeaths = this.combat.stats.deaths;
      this.huntInS = c.afterRestartS + this.combat.health.config.deathRestartS;
      this.waitLeftS = Math.max(this.waitLeftS, this.huntInS);
    }
    if (this.wasDead && !health.dead) this.clearRoof();
    this.wasDead = health.dead;
    if (this.huntInS >= 0) {
      this.huntInS -= FIXED_DT;
      if (this.huntInS < 0) this.hunt();
    }
    this.alive = this.countAlive();
    if (this.alive > this.maxAlive) this.maxAlive = this.alive;
    if (health.health01 < c.holdHealth01) this.holding = true;
    else if (health.health01 >= c.resumeHealth01) this.holding = false;
    this.waitLeftS -= FIXED_DT;
    this.current = this.nextWave();
    const cap = this.bossFighting() ? this.capWithBoss : this.cap;
    if (this.current < 0 || this.waitLeftS > 0 || this.holding || health.dead || this.alive >= cap) return;
    if (this.arrive(this.current)) {
      const i = this.intensity();
      const t = Math.min(1, Math.max(0, i));
      this.waitLeftS = c.calmIntervalS + (c.hotIntervalS - c.calmIntervalS) * t;
      this.alive++;
      if (this.alive > this.maxAlive) this.maxAlive = this.alive;
    }
  }

  /** The earliest called wave with mercenaries still to arrive, or -1. */
  private nextWave(): number {
    for (let k = 0; k < this.waves.length; k++) {
      if (this.calledTick[k] >= 0 && this.spawned[k] < this.waves[k].units.length) return k;
    }
    return -1;
  }

  private countAlive(): number {
    let n = 0;
    for (const m of this.combat.mercs.list) if (m.active && m.alive) n++;
    return n;
  }

  /** Brings the wave's next mercenary in at a way in away from Henry; false when none fits yet. */
  private arrive(k: number): boolean {
    const list = this.entries[k];
    const p = this.combat.henry.body.position;
    const rng = this.combat.rng;
    let far = 0;
    for (const e of list) if (DMath.hypot(e.anchor.position[0] - p.x, e.anchor.position[2] - p.z) >= this.config.minEntryDistM) far++;
    if (far === 0) return false;
    let pick = rng.int(0, far - 1);
    for (const e of list) {
      if (DMath.hypot(e.anchor.position[0] - p.x, e.anchor.position[2] - p.z) < this.config.minEntryDistM) continue;
      if (pick-- > 0) continue;
      const a = e.anchor;
      const unit = this.waves[k].units[this.spawned[k]];
      const m = this.combat.mercs.spawn(this.combat, { x: a.position[0], z: a.position[2], yawRad: a.yawRad, fight: ARMY_FIGHT_BASE + k, unit });
      if (!m) return false;
      this.spawned[k]++;
      // Coming in takes a moment (doors, the climb over the parapet): no moving or firing yet.
      m.staggerS = this.config.arriveS[e.kind];
      // He comes up knowing where the fight is, and goes for it.
      m.knows = true;
      m.knowX = p.x;
      m.knowY = p.y;
      m.knowZ = p.z;
      m.setState(MercState.alert);
      this.combat.events.push({ kind: "reinforcement", tick: this.combat.tick, merc: m.id, unit, entry: e.kind, position: [m.x, m.y, m.z] });
      return true;
    }
    return false;
  }

  /**
   * After a restart: Henry has at least his starting rounds for the pistol, empty ammunition
   * anchors are filled, and any on the roof by then come for him again.
   */
  private hunt(): void {
    const a = this.combat.arsenal;
    const start = this.combat.health.config.startReserve;
    const pistol = WEAPON_IDS.indexOf("pistol");
    if (a.reserve[pistol] < start) a.give("pistol", start - a.reserve[pistol]);
    if (this.config.restockAmmo) this.restock();
    const p = this.combat.henry.body.position;
    for (const m of this.combat.mercs.list) {
      if (!m.active || !m.alive || m.fight < ARMY_FIGHT_BASE) continue;
      m.knows = true;
      m.knowX = p.x;
      m.knowY = p.y;
      m.knowZ = p.z;
      m.setState(MercState.alert);
    }
  }

  /**
   * As Henry gets up: the army's survivors leave the roof and their places go back to their
   * waves, so they come in again through the ways in away from him once the pause is over
   * (put back at their ways in, some stood in sight of the restart point and shot him as he
   * rose). The wave's last arrivals are the ones sent again.
   */
  private clearRoof(): void {
    const mercs = this.combat.mercs;
    for (const m of mercs.list) {
      if (!m.active || !m.alive || m.fight < ARMY_FIGHT_BASE) continue;
      const k = m.fight - ARMY_FIGHT_BASE;
      mercs.offStage(this.combat, m);
      if (k < this.spawned.length && this.spawned[k] > 0) this.spawned[k]--;
    }
  }

  /** Puts an ammunition box back at every pickup anchor left empty. */
  private restock(): void {
    const pickups = this.combat.pickups;
    for (const a of this.combat.staged.ammo) {
      let there = false;
      for (const v of pickups.views) {
        if (v.active && v.kind === "ammo" && DMath.hypot(v.position.x - a[0], v.position.z - a[2]) < 0.5) there = true;
      }
      if (!there) pickups.add("ammo", "pistol", a[0], a[1], a[2]);
    }
  }

  hashInto(h: Hasher): void {
    for (let k = 0; k < this.waves.length; k++) h.u32v(this.spawned[k]).u32v(this.calledTick[k] >>> 0);
    h.num(this.waitLeftS).num(this.damageThisWave).num(this.lastHealth).u32v(this.lastDeaths).num(this.huntInS).bool(this.wasDead);
    h.u32v(this.maxAlive).u32v(this.called).bool(this.holding);
  }
}
