import { Body, Vec3 } from "cannon-es";
import type { Hasher } from "../core/Hasher";
import type { Ids } from "../core/Ids";
import type { ActorId, DamageCause } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import type { CombatHost } from "../combat/CombatHost";
import { readBodyPose, setYawQuaternion } from "../physics/PhysicsWorld";
import type { MercView } from "../combat/CombatView";
import { CollisionGroups } from "../physics/CollisionGroups";
import { Merc, MERC_STATE_NAMES, MercState } from "./Merc";
import { hear, perceive, think } from "./MercBrain";
import { allocateFireTurns } from "./allocateFireTurns";
import { MAX_CORPSES, MAX_MERCS, MERC } from "./MercConfig";
import { DMath } from "../core/DMath";

const _v = new Vec3();
const _p = new Vec3();

/** Where a mercenary starts: a nav node near a fight's anchor. */
export interface MercSpawn {
  x: number;
  z: number;
  yawRad: number;
  fight: number;
  /** The outfit presentation dresses it in (default "merc"); it changes nothing in the core. */
  role?: string;
}

/**
 * Every mercenary of a sim in fixed slots: spawning, perception staggered across ticks,
 * the brains, damage and death, bounded corpses, the views presentation reads.
 */
export class Mercs {
  readonly list: Merc[] = [];
  readonly views: MercView[] = [];
  private readonly byBody = new Map<Body, number>();
  private corpseCount = 0;

  constructor(ids: Ids, max = MAX_MERCS) {
    for (let i = 0; i < max; i++) {
      const m = new Merc(i, ids.take());
      this.list.push(m);
      this.byBody.set(m.body, i);
      this.views.push({
        id: m.id,
        active: false,
        alive: false,
        position: { x: 0, y: 0, z: 0 },
        center: { x: 0, y: 0, z: 0 },
        quaternion: { x: 0, y: 0, z: 0, w: 1 },
        yawRad: 0,
        state: "patrol",
        health01: 1,
        crouched: false,
        staggered: false,
        sinceShotTicks: 1 << 20,
        velocity: { x: 0, z: 0 },
        aiming: false,
        aimAt: { x: 0, y: 0, z: 0 },
        readyInS: 0,
        role: "merc",
      });
    }
  }

  mercOfBody(b: Body): number {
    return this.byBody.get(b) ?? -1;
  }

  /** Places a mercenary in the first free slot; returns it, or null when full. */
  spawn(host: CombatHost, s: MercSpawn): Merc | null {
    const m = this.list.find((x) => !x.active);
    if (!m) return null;
    const n = host.nav.nearest(s.x, s.z, 4);
    if (n < 0) return null;
    m.active = true;
    m.fight = s.fight;
    m.homeX = host.nav.nodeX(n);
    m.homeZ = host.nav.nodeZ(n);
    m.homeYaw = s.yawRad;
    m.role = s.role ?? "merc";
    this.revive(host, m);
    return m;
  }

  /** Puts a living mercenary back at home with full health (spawn and checkpoint restart). */
  revive(host: CombatHost, m: Merc): void {
    const b = m.body;
    if (!m.alive && b.world) host.physics.world.removeBody(b);
    m.alive = true;
    m.health = MERC.health;
    m.x = m.homeX;
    m.z = m.homeZ;
    m.y = host.nav.nodeY(host.nav.nearest(m.x, m.z, 1));
    m.yaw = m.homeYaw;
    m.sees = m.knows = m.retreated = m.crouched = m.fireTurn = false;
    m.reactionS = m.fireCooldownS = m.staggerS = m.unseenS = m.idleS = m.turnS = m.waitS = 0;
    m.burstLeft = MERC.burstShots;
    m.setState(MercState.patrol);
    m.state = MercState.patrol;
    b.type = Body.KINEMATIC;
    b.mass = 0;
    b.updateMassProperties();
    b.collisionFilterGroup = CollisionGroups.enemy;
    b.collisionFilterMask = CollisionGroups.player | CollisionGroups.prop;
    b.quaternion.set(0, 0, 0, 1);
    b.velocity.set(0, 0, 0);
    b.angularVelocity.set(0, 0, 0);
    b.position.set(m.x, m.y + MERC.heightM / 2, m.z);
    if (!b.world) host.physics.world.addBody(b);
  }

  /**
   * Takes a living mercenary off stage (a scripted fight restarting without it for a
   * moment) and returns where it first stood, to come back there.
   */
  offStage(host: CombatHost, m: Merc): MercSpawn {
    m.active = false;
    m.alive = false;
    if (m.body.world) host.physics.world.removeBody(m.body);
    return { x: m.homeX, z: m.homeZ, yawRad: m.homeYaw, fight: m.fight };
  }

  /** Before the physics step: perception (staggered), brains, velocities of the bodies. */
  preStep(host: CombatHost): void {
    const period = MERC.perceptionPeriodTicks;
    allocateFireTurns(this.list, host.difficulty.maxShooters);
    for (const m of this.list) {
      if (!m.active) continue;
      if (!m.alive) {
        m.corpseS += FIXED_DT;
        continue;
      }
      if ((host.tick + m.index) % period === 0) perceive(m, host);
      think(m, host);
      const b = m.body;
      b.velocity.set(m.vx, 0, m.vz);
      b.position.y = m.y + MERC.heightM / 2;
      setYawQuaternion(b.quaternion, m.yaw);
    }
    this.cleanCorpses(host);
  }

  /** After the physics step: read the bodies back. */
  postStep(): void {
    for (const m of this.list) {
      if (!m.active || !m.alive) continue;
      m.x = m.body.position.x;
      m.z = m.body.position.z;
    }
  }

  /** Mercenaries within `radiusM` hear a noise at (x, y, z). */
  hear(host: CombatHost, x: number, y: number, z: number, radiusM: number): void {
    for (const m of this.list) {
      if (m.active && m.alive && DMath.hypot(m.x - x, m.z - z) < radiusM) hear(m, host, x, y, z);
    }
  }

  damage(
    host: CombatHost,
    i: number,
    amount: number,
    by: ActorId,
    cause: DamageCause,
    dx: number,
    dy: number,
    dz: number,
    pushNs: number,
    impactSpeedMps?: number,
  ): void {
    const m = this.list[i];
    if (!m?.active || !m.alive || amount <= 0) return;
    m.health = Math.max(0, m.health - amount);
    const p = host.henry.body.position;
    host.events.push({
      kind: "damage",
      tick: host.tick,
      target: m.id,
      amount,
      health01: m.health / MERC.health,
      cause,
      from: [p.x, p.y + 1.4, p.z],
      bearingRad: 0,
      ...(impactSpeedMps === undefined ? {} : { impactSpeedMps }),
    });
    if (cause === "melee") m.staggerS = Math.max(m.staggerS, 0.9);
    if (m.health > 0) {
      hear(m, host, p.x, p.y, p.z);
      if (!m.sees) m.setState(MercState.chase);
      return;
    }
    this.kill(host, m, by, cause, dx, dy, dz, pushNs);
  }

  private kill(host: CombatHost, m: Merc, by: ActorId, cause: DamageCause, dx: number, dy: number, dz: number, pushNs: number): void {
    m.alive = false;
    m.state = MercState.dead;
    m.corpseS = 0;
    host.stats.kills++;
    host.events.push({ kind: "killed", tick: host.tick, target: m.id, by, cause, position: [m.x, m.y, m.z] });
    host.dropWeapon("rifle", m.x, m.y, m.z);
    const b = m.body;
    b.type = Body.DYNAMIC;
    b.mass = MERC.massKg;
    b.updateMassProperties();
    b.collisionFilterGroup = CollisionGroups.debris;
    b.collisionFilterMask = CollisionGroups.static | CollisionGroups.prop;
    b.velocity.set(0, 0, 0);
    b.wakeUp();
    // Push high on the body so it topples rather than slides (cannon-es takes the point
    // relative to the body's centre: a world point here spun corpses at 1000 rad/s).
    _p.set(0, 0.5, 0);
    _v.set(dx * pushNs, Math.max(dy, 0.1) * pushNs, dz * pushNs);
    b.applyImpulse(_v, _p);
    this.corpseCount++;
  }

  /** Corpses are bounded in number and in time: the oldest goes first. */
  private cleanCorpses(host: CombatHost): void {
    while (this.corpseCount > MAX_CORPSES) this.remove(host, this.oldestCorpse());
    for (const m of this.list) if (m.active && !m.alive && m.corpseS > MERC.corpseS) this.remove(host, m);
  }

  private oldestCorpse(): Merc {
    let best = this.list[0];
    let age = -1;
    for (const m of this.list) {
      if (m.active && !m.alive && m.corpseS > age) {
        age = m.corpseS;
        best = m;
      }
    }
    return best;
  }

  private remove(host: CombatHost, m: Merc): void {
    m.active = false;
    if (m.body.world) host.physics.world.removeBody(m.body);
    this.corpseCount--;
  }

  /** Active corpses with physics right now. */
  get corpses(): number {
    return this.corpseCount;
  }

  syncViews(): void {
    for (let i = 0; i < this.list.length; i++) {
      const m = this.list[i];
      const v = this.views[i];
      v.active = m.active;
      v.alive = m.alive;
      v.position.x = m.x;
      v.position.y = m.y;
      v.position.z = m.z;
      readBodyPose(m.body, v.center, v.quaternion);
      v.yawRad = m.yaw;
      v.state = MERC_STATE_NAMES[m.state];
      v.health01 = m.health / MERC.health;
      v.crouched = m.crouched;
      v.staggered = m.staggerS > 0;
      v.sinceShotTicks = m.sinceShotTicks;
      v.velocity.x = m.alive ? m.vx : 0;
      v.velocity.z = m.alive ? m.vz : 0;
      v.aiming = m.alive && m.sees && m.state !== MercState.patrol && m.state !== MercState.alert && m.state !== MercState.search;
      v.aimAt.x = m.aimX;
      v.aimAt.y = m.aimY;
      v.aimAt.z = m.aimZ;
      v.readyInS = Math.max(0, m.fireCooldownS);
      v.role = m.role;
    }
  }

  hashInto(h: Hasher): void {
    h.u32v(this.corpseCount);
    for (const m of this.list) m.hashInto(h);
  }
}

const _axisY = new Vec3(0, 1, 0);
