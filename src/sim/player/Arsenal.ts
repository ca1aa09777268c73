import { RaycastResult, Vec3 } from "cannon-es";
import type { Hasher } from "../core/Hasher";
import { HENRY } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import { Buttons, type InputCmd } from "../input/InputCmd";
import { CollisionGroups } from "../physics/CollisionGroups";
import type { CombatHost } from "../combat/CombatHost";
import { MELEE, PLAYER_COMBAT, WEAPON_IDS, WEAPONS, type WeaponConfig, type WeaponId } from "../combat/CombatConfig";
import { DMath } from "../core/DMath";

const _from = new Vec3();
const _to = new Vec3();
const _dir = new Vec3();
const _rel = new Vec3();
const _ray = new RaycastResult();
const RAY_MASK = CollisionGroups.static | CollisionGroups.prop | CollisionGroups.enemy | CollisionGroups.debris;
const HEAD_ABOVE_FEET_M = 1.5;
/** How far shots are heard by mercenaries, metres. */
export const SHOT_HEARD_M = 45;

/**
 * Henry's guns and fists: owned weapons with magazine and reserve, fire rate, reload,
 * switching, the aim kick (muzzle climb, in the core), hitscan through the physics
 * world's rays with a seeded spread, and the metal-knuckle punch.
 */
export class Arsenal {
  readonly owned = new Uint8Array(WEAPON_IDS.length);
  readonly magazine = new Int32Array(WEAPON_IDS.length);
  readonly reserve = new Int32Array(WEAPON_IDS.length);
  current = 0;
  cooldownS = 0;
  reloadLeftS = 0;
  meleeCooldownS = 0;
  kickPitchRad = 0;
  kickYawRad = 0;
  aiming = false;

  constructor() {
    const start = WEAPON_IDS.indexOf(PLAYER_COMBAT.startWeapon);
    this.give(PLAYER_COMBAT.startWeapon, PLAYER_COMBAT.startReserve);
    this.magazine[start] = WEAPONS[PLAYER_COMBAT.startWeapon].magazine;
    this.current = start;
  }

  get weapon(): WeaponConfig {
    return WEAPONS[WEAPON_IDS[this.current]];
  }

  /** Whether Henry holds a gun at all (he wakes in the lab with none). */
  get armed(): boolean {
    return this.owned[this.current] === 1;
  }

  /** Takes every gun away (a set piece that starts unarmed). */
  disarm(): void {
    this.owned.fill(0);
    this.magazine.fill(0);
    this.reserve.fill(0);
  }

  /** Puts a loaded gun in Henry's hands (a set piece's cue): a full magazine and `rounds` spare. */
  arm(id: WeaponId, rounds: number, host: CombatHost): void {
    this.give(id, rounds);
    const i = WEAPON_IDS.indexOf(id);
    this.magazine[i] = WEAPONS[id].magazine;
    if (i !== this.current) this.switchTo(id, host);
  }

  get reloading(): boolean {
    return this.reloadLeftS > 0;
  }

  /** Adds a weapon (if new) and spare rounds, capped at the weapon's reserve; returns rounds added. */
  give(id: WeaponId, rounds: number): number {
    const i = WEAPON_IDS.indexOf(id);
    this.owned[i] = 1;
    const before = this.reserve[i];
    this.reserve[i] = Math.min(WEAPONS[id].reserveMax, before + rounds);
    return this.reserve[i] - before;
  }

  has(id: WeaponId): boolean {
    return this.owned[WEAPON_IDS.indexOf(id)] === 1;
  }

  switchTo(id: WeaponId, host: CombatHost): void {
    const i = WEAPON_IDS.indexOf(id);
    if (!this.owned[i] || i === this.current) return;
    this.current = i;
    this.reloadLeftS = 0;
    this.cooldownS = Math.max(this.cooldownS, 0.25);
    host.events.push({ kind: "weaponSwitch", tick: host.tick, weapon: id });
  }

  startReload(host: CombatHost): void {
    const w = this.weapon;
    const i = this.current;
    if (this.reloading || this.magazine[i] >= w.magazine || this.reserve[i] <= 0) return;
    this.reloadLeftS = w.reloadS;
    host.events.push({ kind: "reload", tick: host.tick, weapon: w.id, phase: "start", magazine: this.magazine[i], reserve: this.reserve[i] });
  }

  /** One tick of the trigger, reload and switch buttons; `hands` false while holding a prop. */
  step(cmd: InputCmd, pressed: number, hands: boolean, host: CombatHost): void {
    const dt = FIXED_DT;
    this.cooldownS = Math.max(0, this.cooldownS - dt);
    this.meleeCooldownS = Math.max(0, this.meleeCooldownS - dt);
    const rec = PLAYER_COMBAT.aimKickRecoverRadPerS * dt;
    this.kickPitchRad = Math.max(0, this.kickPitchRad - rec);
    this.kickYawRad -= Math.sign(this.kickYawRad) * Math.min(Math.abs(this.kickYawRad), rec);
    this.aiming = hands && (cmd.buttons & Buttons.aim) !== 0;
    if (this.reloadLeftS > 0) {
      this.reloadLeftS -= dt;
      if (this.reloadLeftS <= 0) this.finishReload(host);
    }
    if (pressed & (Buttons.weaponNext | Buttons.weaponPrev)) {
      const step = pressed & Buttons.weaponNext ? 1 : WEAPON_IDS.length - 1;
      for (let k = 1; k < WEAPON_IDS.length; k++) {
        const i = (this.current + k * step) % WEAPON_IDS.length;
        if (this.owned[i]) {
          this.switchTo(WEAPON_IDS[i], host);
          break;
        }
      }
    }
    if (pressed & Buttons.melee && this.meleeCooldownS <= 0) this.punch(host);
    if (!hands || !this.armed) return;
    if (pressed & Buttons.reload) this.startReload(host);
    const w = this.weapon;
    const trigger = w.automatic ? (cmd.buttons & Buttons.fire) !== 0 : (pressed & Buttons.fire) !== 0;
    if (!trigger || this.cooldownS > 0 || this.reloading) return;
    if (this.magazine[this.current] <= 0) {
      this.startReload(host);
      return;
    }
    this.fire(host, cmd);
  }

  private finishReload(host: CombatHost): void {
    const i = this.current;
    const w = this.weapon;
    const moved = Math.min(w.magazine - this.magazine[i], this.reserve[i]);
    this.magazine[i] += moved;
    this.reserve[i] -= moved;
    this.reloadLeftS = 0;
    host.events.push({ kind: "reload", tick: host.tick, weapon: w.id, phase: "end", magazine: this.magazine[i], reserve: this.reserve[i] });
  }

  /** Eye position of Henry into `out`. */
  private eye(host: CombatHost, out: Vec3): Vec3 {
    const p = host.henry.body.position;
    return out.set(p.x, p.y + host.henry.eyeHeightM, p.z);
  }

  private fire(host: CombatHost, cmd: InputCmd): void {
    const w = this.weapon;
    const i = this.current;
    this.magazine[i]--;
    this.cooldownS = w.fireIntervalS;
    host.stats.shotsFired++;
    // The spread cone, uniform over its disc (seeded), around the look plus the aim kick.
    const spread = w.spreadRad * (this.aiming ? w.aimSpreadScale : 1);
    const r = spread * Math.sqrt(host.rng.next());
    const a = host.rng.range(0, 2 * Math.PI);
    const yaw = cmd.yawRad + this.kickYawRad + r * DMath.cos(a);
    const pitch = cmd.pitchRad + this.kickPitchRad + r * DMath.sin(a);
    this.kickPitchRad += w.aimKickRad;
    this.kickYawRad += host.rng.range(-0.5, 0.5) * w.aimKickRad;
    const cp = DMath.cos(pitch);
    _dir.set(-DMath.sin(yaw) * cp, DMath.sin(pitch), -DMath.cos(yaw) * cp);
    this.eye(host, _from);
    _to.set(_from.x + _dir.x * w.rangeM, _from.y + _dir.y * w.rangeM, _from.z + _dir.z * w.rangeM);
    _ray.reset();
    host.physics.world.raycastClosest(_from, _to, { collisionFilterMask: RAY_MASK, skipBackfaces: true }, _ray);
    let hit: "enemy" | "prop" | "world" | "none" = "none";
    let surface = null;
    const to: [number, number, number] = [_to.x, _to.y, _to.z];
    if (_ray.hasHit && _ray.body) {
      const b = _ray.body;
      to[0] = _ray.hitPointWorld.x;
      to[1] = _ray.hitPointWorld.y;
      to[2] = _ray.hitPointWorld.z;
      const merc = host.mercOfBody(b);
      const prop = host.physics.propBodies.indexOf(b);
      if (merc >= 0 && b.collisionFilterGroup === CollisionGroups.enemy) {
        hit = "enemy";
        host.stats.hits++;
        const feet = b.position.y - 0.9;
        const head = to[1] - feet > HEAD_ABOVE_FEET_M;
        host.damageMerc(merc, w.damage * (head ? 2 : 1), HENRY, "bullet", _dir.x, _dir.y, _dir.z, w.impulseNs * 25);
      } else if (prop >= 0) {
        hit = "prop";
        b.wakeUp();
        // cannon-es takes the point relative to the body's centre, not in the world.
        _ray.hitPointWorld.vsub(b.position, _rel);
        b.applyImpulse(_dir.scale(w.impulseNs, _to), _rel);
        host.damageProp(prop, w.damage);
        surface = host.physics.surfaceOf.get(b) ?? null;
      } else {
        hit = "world";
        surface = host.physics.surfaceOf.get(b) ?? null;
        if (b.collisionFilterGroup === CollisionGroups.debris) {
          _ray.hitPointWorld.vsub(b.position, _rel);
          b.applyImpulse(_dir.scale(w.impulseNs * 4, _to), _rel);
        }
      }
    }
    const n = _ray.hitNormalWorld;
    host.events.push({
      kind: "shot",
      tick: host.tick,
      shooter: HENRY,
      weapon: w.id,
      from: [_from.x, _from.y, _from.z],
      to,
      hit,
      normal: _ray.hasHit ? [n.x, n.y, n.z] : [0, 1, 0],
      surface,
      recoilPitchRad: w.recoilPitchRad,
      recoilYawRad: host.rng.range(-1, 1) * w.recoilYawRad,
    });
    host.noise(_from.x, _from.y, _from.z, SHOT_HEARD_M);
  }

  /** The metal knuckles: the nearest mercenary or prop in a short cone ahead. */
  private punch(host: CombatHost): void {
    this.meleeCooldownS = MELEE.cooldownS;
    const h = host.henry;
    const p = h.body.position;
    const fx = -DMath.sin(h.yawRad);
    const fz = -DMath.cos(h.yawRad);
    const eyeY = p.y + h.eyeHeightM;
    let best = -1;
    let bestD = MELEE.rangeM;
    let isMerc = false;
    const consider = (x: number, y: number, z: number, idx: number, merc: boolean) => {
      const dx = x - p.x;
      const dz = z - p.z;
      const d = DMath.hypot(dx, dz);
      if (d > bestD || y < p.y - 0.5 || y > eyeY + 0.5) return;
      if (d > 0.2 && (dx * fx + dz * fz) / d < MELEE.coneCos) return;
      best = idx;
      bestD = d;
      isMerc = merc;
    };
    for (const b of host.physics.world.bodies) {
      const m = host.mercOfBody(b);
      if (m >= 0 && b.collisionFilterGroup === CollisionGroups.enemy) consider(b.position.x, b.position.y, b.position.z, m, true);
    }
    if (best < 0) {
      host.physics.propBodies.forEach((b, i) => {
        consider(b.position.x, b.position.y, b.position.z, i, false);
      });
    }
    let pos: [number, number, number] = [p.x + fx * MELEE.rangeM, eyeY - 0.3, p.z + fz * MELEE.rangeM];
    let hit: "enemy" | "prop" | "none" = "none";
    if (best >= 0 && isMerc) {
      hit = "enemy";
      host.stats.hits++;
      host.damageMerc(best, MELEE.damage, HENRY, "melee", fx, 0.2, fz, MELEE.knockMps * 80);
      const b = host.physics.world.bodies.find((x) => host.mercOfBody(x) === best);
      if (b) pos = [b.position.x, b.position.y + 0.5, b.position.z];
    } else if (best >= 0) {
      hit = "prop";
      const b = host.physics.propBodies[best];
      const j = Math.min(MELEE.maxPropImpulseNs, b.mass * MELEE.knockMps * 2);
      b.wakeUp();
      b.applyImpulse(_dir.set(fx * j, j * 0.3, fz * j));
      host.damageProp(best, MELEE.damage * 0.5);
      pos = [b.position.x, b.position.y, b.position.z];
    }
    host.events.push({ kind: "melee", tick: host.tick, hit, position: pos });
  }

  /** Cancels the aim kick and reload (checkpoint restart). */
  /**
   * A checkpoint restart: every gun Henry owns gets a full magazine and at least
   * `reserveFor(weapon)` spare rounds (capped at what he can carry); more is kept.
   */
  resupply(reserveFor: (w: WeaponConfig) => number): void {
    for (let i = 0; i < WEAPON_IDS.length; i++) {
      if (!this.owned[i]) continue;
      const w = WEAPONS[WEAPON_IDS[i]];
      this.magazine[i] = w.magazine;
      this.reserve[i] = Math.max(this.reserve[i], Math.min(w.reserveMax, reserveFor(w)));
    }
  }

  reset(): void {
    this.kickPitchRad = 0;
    this.kickYawRad = 0;
    this.reloadLeftS = 0;
    this.cooldownS = 0;
  }

  hashInto(h: Hasher): void {
    for (let i = 0; i < WEAPON_IDS.length; i++) h.u32v(this.owned[i]).u32v(this.magazine[i]).u32v(this.reserve[i]);
    h.u32v(this.current).num(this.cooldownS).num(this.reloadLeftS).num(this.meleeCooldownS);
    h.num(this.kickPitchRad).num(this.kickYawRad).bool(this.aiming);
  }
}
