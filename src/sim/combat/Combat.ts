import type { Body } from "cannon-es";
import { Vec3 } from "cannon-es";
import { Barks } from "../ai/Barks";
import { LosGrid } from "../ai/LosGrid";
import { DIFFICULTY, type Difficulty, type DifficultyConfig, MERC } from "../ai/MercConfig";
import { Mercs } from "../ai/Mercs";
import { NavGrid } from "../ai/NavGrid";
import type { EventRing } from "../core/EventRing";
import type { Hasher } from "../core/Hasher";
import type { Ids } from "../core/Ids";
import type { Rng } from "../core/Rng";
import { type ActorId, type DamageCause, HENRY, type SimEvent } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import type { InputCmd } from "../input/InputCmd";
import { Buttons } from "../input/InputCmd";
import type { PhysicsWorld } from "../physics/PhysicsWorld";
import { Arsenal } from "../player/Arsenal";
import { Health } from "../player/Health";
import type { Anchor, Level } from "../world/Level";
import { BARREL_BLAST, BARREL_HEALTH, blastFalloff, type ExplosionConfig, HENRY_BLAST_SCALE, PLAYER_COMBAT, type WeaponId } from "./CombatConfig";
import type { CombatHost, HenryRef } from "./CombatHost";
import type { CombatStats, CombatView } from "./CombatView";
import type { StagedFights } from "./Fights";
import { FightReentry } from "./FightReentry";
import { Clouds } from "./Clouds";
import { Glass } from "./Glass";
import { Grenades } from "./Grenades";
import { Holding } from "./Holding";
import { Pickups } from "./Pickups";
import { DMath } from "../core/DMath";

const _imp = new Vec3();
const MAX_PENDING = 8;
// A barrel set off by a blast goes up this long after it, seconds.
const CHAIN_DELAY_S = 0.15;

/**
 * One sim's combat: Henry's weapons, fists, throws and health; the mercenaries; grenades,
 * red barrels and pickups; checkpoints. Implements the host the systems share.
 */
export class Combat implements CombatHost {
  readonly los: LosGrid;
  readonly nav: NavGrid;
  readonly difficulty: DifficultyConfig;
  readonly stats: CombatStats = { shotsFired: 0, hits: 0, kills: 0, deaths: 0, glassBroken: 0, propsThrown: 0 };
  readonly mercs: Mercs;
  readonly arsenal = new Arsenal();
  readonly health = new Health();
  readonly grenades = new Grenades();
  readonly pickups = new Pickups();
  readonly holding: Holding;
  readonly barks: Barks;
  readonly glass: Glass;
  readonly clouds: Clouds;
  readonly view: CombatView;
  tick = 0;
  private readonly barrelHealth: Float64Array;
  private readonly pendingProp = new Int32Array(MAX_PENDING).fill(-1);
  private readonly pendingS = new Float64Array(MAX_PENDING);
  private checkpoint = 0;
  private readonly woken = new Set<number>();
  private readonly cleared: Uint8Array;
  private readonly reentry = new FightReentry();
  /** Set when Henry must be put back at a checkpoint; the sim does the move. */
  restartAt: Anchor | null = null;
  /** Where a death restarts: the last cleared fight or the script's last checkpoint, whichever came last. */
  private restart: Anchor | null = null;
  private restartName = "";

  constructor(
    readonly physics: PhysicsWorld,
    readonly level: Level,
    readonly staged: StagedFights,
    readonly rng: Rng,
    readonly events: EventRing<SimEvent>,
    readonly henry: HenryRef,
    ids: Ids,
    difficulty: Difficulty,
  ) {
    this.difficulty = DIFFICULTY[difficulty];
    this.los = new LosGrid(level.boxes);
    this.nav = new NavGrid(level, this.los);
    this.mercs = new Mercs(ids);
    this.barks = new Barks(this.mercs.list.length, this.grenades.state.length);
    this.holding = new Holding(level.props, this.grenades);
    this.barrelHealth = new Float64Array(level.props.length).fill(BARREL_HEALTH);
    this.clouds = new Clouds(level.props.length);
    this.glass = new Glass(level, physics);
    // Staged props stand exactly on the floor: start them asleep (thin ones would rock for ever).
    for (let i = 0; i < physics.propBodies.length; i++) if (i >= staged.firstStagedProp || level.props[i].resting) physics.propBodies[i].sleep();
    for (const s of staged.spawns) this.mercs.spawn(this, s);
    for (const g of staged.grenades) this.grenades.place(this, g[0], g[1], g[2]);
    for (const a of staged.ammo) this.pickups.add("ammo", "pistol", a[0], a[1], a[2]);
    this.cleared = new Uint8Array(staged.checkpoints.length);
    this.view = {
      difficulty,
      mercs: this.mercs.views,
      grenades: this.grenades.views,
      pickups: this.pickups.views,
      stats: this.stats,
      glass: this.glass,
      clouds: this.clouds.views,
    };
  }

  // ---- the host's verbs -------------------------------------------------------------

  damageHenry(amount: number, fx: number, fy: number, fz: number, cause: DamageCause): void {
    this.health.damage(this, amount, fx, fy, fz, cause);
    if (this.health.dead) this.holding.drop(this);
  }

  damageMerc(i: number, amount: number, by: ActorId, cause: DamageCause, dx: number, dy: number, dz: number, pushNs: number, speed?: number): void {
    this.mercs.damage(this, i, amount, by, cause, dx, dy, dz, pushNs, speed);
  }

  mercOfBody(body: Body): number {
    return this.mercs.mercOfBody(body);
  }

  canSee(ax: number, ay: number, az: number, bx: number, by: number, bz: number): boolean {
    return this.los.clear(ax, ay, az, bx, by, bz) && !this.clouds.blocks(ax, ay, az, bx, by, bz);
  }

  damageProp(prop: number, amount: number): void {
    const kind = this.level.props[prop]?.kind;
    if (kind === "extinguisher" && amount > 0) this.clouds.burst(this, prop);
    if (kind !== "barrel" || this.barrelHealth[prop] <= 0) return;
    this.barrelHealth[prop] -= amount;
    if (this.barrelHealth[prop] <= 0) this.queueBarrel(prop, 0);
  }

  private queueBarrel(prop: number, delayS: number): void {
    this.barrelHealth[prop] = 0;
    let k = this.pendingProp.indexOf(-1);
    if (k < 0) k = 0;
    this.pendingProp[k] = prop;
    this.pendingS[k] = delayS;
  }

  /**
   * A blast at (x, y, z): props, bodies and Henry within `radiusM` get an impulse and damage
   * scaled by `blastFalloff`; red barrels inside it go off a moment later. Nothing beyond
   * the radius is touched.
   */
  explode(x: number, y: number, z: number, cfg: ExplosionConfig): void {
    this.events.push({ kind: "explosion", tick: this.tick, position: [x, y, z], radiusM: cfg.radiusM, innerRadiusM: cfg.innerRadiusM, strength: cfg.strength });
    const bodies = this.physics.propBodies;
    for (let i = 0; i < bodies.length; i++) {
      const b = bodies[i];
      const f = this.push(b, x, y, z, cfg, cfg.impulseNs);
      if (f > 0 && this.level.props[i].kind === "barrel" && this.barrelHealth[i] > 0) this.queueBarrel(i, CHAIN_DELAY_S);
      if (f > 0 && this.level.props[i].kind === "extinguisher") this.clouds.burst(this, i);
    }
    this.glass.blast(this, x, y, z, cfg);
    for (const m of this.mercs.list) {
      if (!m.active) continue;
      const cx = m.body.position.x;
      const cy = m.body.position.y;
      const cz = m.body.position.z;
      const d = DMath.hypot3(cx - x, cy - y, cz - z);
      const f = blastFalloff(d, cfg);
      if (f <= 0) continue;
      if (!m.alive) {
        this.push(m.body, x, y, z, cfg, cfg.impulseNs * 1.5);
        continue;
      }
      const l = d || 1;
      this.mercs.damage(this, m.index, cfg.damage * f, HENRY, "explosion", (cx - x) / l, (cy - y) / l + 0.6, (cz - z) / l, cfg.impulseNs * f * 1.5);
    }
    const hb = this.henry.body;
    const d = DMath.hypot3(hb.position.x - x, hb.position.y + 1 - y, hb.position.z - z);
    const f = blastFalloff(d, cfg);
    if (f > 0) {
      this.damageHenry(cfg.damage * f * HENRY_BLAST_SCALE, x, y, z, "explosion");
      const l = d || 1;
      hb.velocity.x += ((hb.position.x - x) / l) * 6 * f;
      hb.velocity.z += ((hb.position.z - z) / l) * 6 * f;
    }
    this.noise(x, y, z, MERC.hearShotM);
  }

  /** Pushes a body away from a blast; returns the falloff it felt. */
  private push(b: Body, x: number, y: number, z: number, cfg: ExplosionConfig, impulseNs: number): number {
    const dx = b.position.x - x;
    const dy = b.position.y - y;
    const dz = b.position.z - z;
    const d = DMath.hypot3(dx, dy, dz);
    const f = blastFalloff(d, cfg);
    if (f <= 0) return 0;
    const l = d || 1;
    // A little extra lift so things fly rather than slide.
    _imp.set((dx / l) * impulseNs * f, (dy / l + 0.5) * impulseNs * f, (dz / l) * impulseNs * f);
    b.wakeUp();
    // At the centre (cannon-es takes a point relative to it): a blast pushes, it does not spin.
    b.applyImpulse(_imp);
    return f;
  }

  noise(x: number, y: number, z: number, radiusM: number): void {
    this.mercs.hear(this, x, y, z, radiusM);
  }

  dropWeapon(weapon: WeaponId, x: number, y: number, z: number): void {
    this.pickups.add("weapon", weapon, x, y, z);
  }

  // ---- the tick ------------------------------------------------------------------------

  /** Before the physics step: Henry's hands, then the mercenaries. */
  preStep(cmd: InputCmd, pressed: number, tick: number): void {
    this.tick = tick;
    this.glass.step(this);
    this.clouds.step();
    if (!this.health.dead) {
      const useTaken = (pressed & Buttons.use) !== 0 && !this.holding.holding && this.pickups.step(this, this.arsenal, true);
      if (!(pressed & Buttons.use)) this.pickups.step(this, this.arsenal, false);
      const wasHolding = this.holding.holding;
      this.holding.step(this, cmd, pressed, !useTaken);
      this.arsenal.step(cmd, wasHolding ? pressed & ~Buttons.fire : pressed, !this.holding.holding && !wasHolding, this);
    }
    this.grenades.step(this);
    this.reentry.step((s) => this.mercs.spawn(this, s));
    for (let k = 0; k < MAX_PENDING; k++) {
      const i = this.pendingProp[k];
      if (i < 0) continue;
      this.pendingS[k] -= FIXED_DT;
      if (this.pendingS[k] > 0) continue;
      this.pendingProp[k] = -1;
      const p = this.physics.propBodies[i].position;
      this.explode(p.x, p.y, p.z, BARREL_BLAST);
    }
    this.mercs.preStep(this);
    this.barks.step(this, this.mercs.list, this.grenades);
  }

  /** After the physics step: bodies read back, checkpoints, health and the restart. */
  postStep(): void {
    this.mercs.postStep();
    this.updateCheckpoints();
    if (this.health.step()) this.restartHenry();
  }

  /**
   * Henry gets up at the open fight's own restart point, else the last checkpoint (the
   * script's or a cleared fight's), with full health, full magazines and the rounds the
   * fight still needs. Standing fights' survivors go back where they stood; a scripted
   * fight's survivors leave and come back in.
   */
  private restartHenry(): void {
    const open = this.openFight();
    this.restartAt = (open >= 0 ? this.staged.restarts[open] : null) ?? this.checkpointAnchor;
    this.health.revive();
    this.arsenal.reset();
    const left = open >= 0 ? this.aliveInFight(open) : 0;
    const hitsEach = (damage: number) => Math.ceil(MERC.health / damage);
    this.arsenal.resupply((w) => left * hitsEach(w.damage) * PLAYER_COMBAT.restartRoundsPerHit);
    for (const m of this.mercs.list) {
      if (!m.active || !m.alive || this.cleared[m.fight + 1]) continue;
      if (this.scripted(m.fight)) this.reentry.queue(this.mercs.offStage(this, m));
      else this.mercs.revive(this, m);
    }
  }

  /** Puts Henry back at the checkpoint now, alive (a chase lost); the sim does the move. */
  restartAtCheckpoint(): void {
    this.restartAt = this.checkpointAnchor;
  }

  /** The first fight not cleared that is on stage (a dormant one counts once woken), or -1. */
  private openFight(): number {
    for (let c = 1; c < this.cleared.length; c++) {
      const f = c - 1;
      if (this.cleared[c]) continue;
      if (this.woken.has(f) || !this.scripted(f)) return f;
    }
    return -1;
  }

  /** Whether a fight waits off stage for a cue (it restarts by coming back in). */
  private scripted(fight: number): boolean {
    return this.staged.dormant.some((s) => s.fight === fight);
  }

  /** The anchor a death (or a fall out of the level) restarts at. */
  get checkpointAnchor(): Anchor | null {
    return this.restart ?? this.staged.checkpoints[this.checkpoint]?.anchor ?? null;
  }

  /** A set piece's checkpoint (the script's): the next death (or a lost chase) restarts Henry here. */
  setCheckpoint(anchor: Anchor, name: string): void {
    this.restart = anchor;
    this.restartName = name;
  }

  /** Index of the staged fight placed at an anchor (by identity), or -1. */
  fightAt(anchor: Anchor): number {
    const i = this.staged.checkpoints.findIndex((c) => c.anchor === anchor);
    return i > 0 ? i - 1 : -1;
  }

  /** Mercenaries of a fight still standing (dormant ones not yet woken count too). */
  aliveInFight(fight: number): number {
    let n = 0;
    for (const m of this.mercs.list) if (m.active && m.alive && m.fight === fight) n++;
    if (!this.woken.has(fight)) for (const s of this.staged.dormant) if (s.fight === fight) n++;
    return n + this.reentry.waiting(fight);
  }

  /** Brings a dormant fight's mercenaries on stage (a script cue); a no-op when awake. */
  wake(fight: number): void {
    if (this.woken.has(fight)) return;
    this.woken.add(fight);
    for (const s of this.staged.dormant) if (s.fight === fight) this.mercs.spawn(this, s);
  }

  /** A fight is cleared when all its mercenaries are down; its anchor becomes the checkpoint. */
  private updateCheckpoints(): void {
    const cps = this.staged.checkpoints;
    for (let c = 1; c < cps.length; c++) {
      if (this.cleared[c]) continue;
      let alive = this.reentry.waiting(c - 1) > 0;
      for (const m of this.mercs.list) if (m.active && m.alive && m.fight === c - 1) alive = true;
      if (alive || (!this.woken.has(c - 1) && this.staged.dormant.some((d) => d.fight === c - 1))) continue;
      this.cleared[c] = 1;
      if (c > this.checkpoint && cps[c].onClear) {
        this.checkpoint = c;
        this.setCheckpoint(cps[c].anchor, cps[c].name);
        this.events.push({ kind: "checkpoint", tick: this.tick, name: cps[c].name });
      }
    }
  }

  syncViews(): void {
    this.mercs.syncViews();
    this.grenades.syncViews();
  }

  hashInto(h: Hasher): void {
    this.mercs.hashInto(h);
    this.arsenal.hashInto(h);
    this.health.hashInto(h);
    this.holding.hashInto(h);
    this.grenades.hashInto(h);
    this.pickups.hashInto(h);
    this.reentry.hashInto(h);
    for (let i = 0; i < this.barrelHealth.length; i++) h.num(this.barrelHealth[i]);
    this.glass.hashInto(h);
    this.clouds.hashInto(h);
    for (let k = 0; k < MAX_PENDING; k++) h.u32v(this.pendingProp[k] >>> 0).num(this.pendingS[k]);
    // Which fights woke, not only how many (a restart reads which are open).
    h.u32v(this.checkpoint).u32v(this.woken.size).str(this.restartName);
    for (const f of this.woken) h.u32v(f);
    for (let c = 0; c < this.cleared.length; c++) h.u32v(this.cleared[c]);
    h.u32v(this.stats.shotsFired).u32v(this.stats.hits).u32v(this.stats.kills).u32v(this.stats.deaths);
    h.u32v(this.stats.glassBroken).u32v(this.stats.propsThrown);
  }
}
