import type { Body } from "cannon-es";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import { Buttons, type InputCmd } from "../input/InputCmd";
import { CollisionGroups } from "../physics/CollisionGroups";
import type { LevelProp } from "../world/Level";
import type { CombatHost } from "./CombatHost";
import { THROW, type ThrowConfig, thrownDamage } from "./CombatConfig";
import { GrenadeState, type Grenades } from "./Grenades";
import { DMath } from "../core/DMath";
import { setYawQuaternion } from "../physics/PhysicsWorld";

const PROP_MASK = CollisionGroups.static | CollisionGroups.player | CollisionGroups.prop | CollisionGroups.enemy | CollisionGroups.debris;
const MAX_THROWN = 8;
// Throws leave a little above the look, radians.
const LOB_RAD = 0.08;

/**
 * Picking up and throwing: Henry grabs the prop or grenade nearest his look, carries it
 * ahead of the eye (no collisions while held), and throws it with use or fire. A thrown
 * prop is a weapon for `armedS`: it hurts the first mercenary it strikes by its speed and mass.
 */
export class Holding {
  /** Held prop index, or -1. */
  prop = -1;
  /** Held grenade slot, or -1. */
  grenade = -1;
  readonly thrown = new Int32Array(MAX_THROWN).fill(-1);
  readonly thrownS = new Float64Array(MAX_THROWN);

  constructor(
    private readonly props: readonly LevelProp[],
    private readonly grenades: Grenades,
    readonly config: ThrowConfig = THROW,
  ) {}

  get holding(): boolean {
    return this.prop >= 0 || this.grenade >= 0;
  }

  /** What is held, for presentation: "none", the prop's kind or "grenade". */
  get what(): string {
    if (this.grenade >= 0) return "grenade";
    return this.prop >= 0 ? this.props[this.prop].kind : "none";
  }

  private heldBody(host: CombatHost): Body | null {
    if (this.grenade >= 0) return this.grenades.bodies[this.grenade];
    return this.prop >= 0 ? host.physics.propBodies[this.prop] : null;
  }

  /** Use grabs or throws; fire throws what is held. Returns true when the button was spent here. */
  step(host: CombatHost, cmd: InputCmd, pressed: number, useFree: boolean): void {
    if (this.holding) {
      if (pressed & (Buttons.use | Buttons.fire)) this.throwHeld(host, cmd);
      else this.carry(host, cmd);
    } else if (pressed & Buttons.use && useFree) this.grab(host, cmd);
    this.checkThrown(host);
  }

  private eyeDir(cmd: InputCmd, lob: number): [number, number, number] {
    const cp = DMath.cos(cmd.pitchRad + lob);
    return [-DMath.sin(cmd.yawRad) * cp, DMath.sin(cmd.pitchRad + lob), -DMath.cos(cmd.yawRad) * cp];
  }

  private grab(host: CombatHost, cmd: InputCmd): void {
    const h = host.henry.body.position;
    const ey = h.y + host.henry.eyeHeightM;
    const [dx, dy, dz] = this.eyeDir(cmd, 0);
    let best: Body | null = null;
    let bestScore = -Infinity;
    let bestProp = -1;
    let bestGrenade = -1;
    const consider = (b: Body, prop: number, grenade: number) => {
      const ox = b.position.x - h.x;
      const oy = b.position.y - ey;
      const oz = b.position.z - h.z;
      const d = DMath.hypot3(ox, oy, oz);
      if (d > this.config.reachM + 0.6) return;
      const facing = d < 1e-3 ? 1 : (ox * dx + oy * dy + oz * dz) / d;
      if (facing < 0.35) return;
      const score = facing * 2 - d;
      if (score > bestScore) {
        bestScore = score;
        best = b;
        bestProp = prop;
        bestGrenade = grenade;
      }
    };
    host.physics.propBodies.forEach((b, i) => {
      if (this.props[i].massKg <= this.config.maxMassKg && this.thrown.indexOf(i) < 0) consider(b, i, -1);
    });
    this.grenades.bodies.forEach((b, i) => {
      if (this.grenades.state[i] === GrenadeState.lying) consider(b, -1, i);
    });
    if (!best) return;
    this.prop = bestProp;
    this.grenade = bestGrenade;
    if (bestGrenade >= 0) this.grenades.state[bestGrenade] = GrenadeState.held;
    (best as Body).collisionFilterMask = 0;
    (best as Body).wakeUp();
    host.events.push({ kind: "grab", tick: host.tick, prop: bestProp, what: this.what });
    this.carry(host, cmd);
  }

  private carry(host: CombatHost, cmd: InputCmd): void {
    const b = this.heldBody(host);
    if (!b) return;
    const h = host.henry.body;
    const sy = DMath.sin(cmd.yawRad);
    const cy = DMath.cos(cmd.yawRad);
    const c = this.config;
    b.position.set(
      h.position.x - sy * c.holdForwardM + cy * 0.2,
      h.position.y + host.henry.eyeHeightM - c.holdDownM + DMath.sin(cmd.pitchRad) * 0.3,
      h.position.z - cy * c.holdForwardM - sy * 0.2,
    );
    b.velocity.copy(h.velocity);
    b.angularVelocity.set(0, 0, 0);
    setYawQuaternion(b.quaternion, cmd.yawRad);
    // Cancel gravity for this step (forces clear after it).
    b.force.y += b.mass * host.physics.config.gravityMps2;
    b.wakeUp();
  }

  /** Throws what is held along the look; returns its launch speed, m/s. */
  throwHeld(host: CombatHost, cmd: InputCmd): number {
    const b = this.heldBody(host);
    if (!b) return 0;
    const [dx, dy, dz] = this.eyeDir(cmd, LOB_RAD);
    const c = this.config;
    const speed = Math.max(c.minSpeedMps, Math.min(c.maxSpeedMps, c.throwImpulseNs / b.mass));
    const what = this.what;
    const hv = host.henry.body.velocity;
    b.velocity.set(dx * speed + hv.x, dy * speed + hv.y * 0.5, dz * speed + hv.z);
    b.angularVelocity.set(host.rng.range(-6, 6), host.rng.range(-6, 6), host.rng.range(-6, 6));
    b.collisionFilterMask = PROP_MASK & ~CollisionGroups.player;
    b.wakeUp();
    if (this.grenade >= 0) this.grenades.arm(this.grenade);
    else {
      this.launch(this.prop);
      host.stats.propsThrown++;
    }
    host.events.push({ kind: "throw", tick: host.tick, prop: this.prop, what, speedMps: speed });
    this.prop = -1;
    this.grenade = -1;
    return speed;
  }

  /** Arms prop `i` as a thrown weapon (its velocity is already set). */
  launch(i: number): void {
    let slot = this.thrown.indexOf(-1);
    if (slot < 0) slot = 0;
    this.thrown[slot] = i;
    this.thrownS[slot] = 0;
  }

  /** Before the physics step: a thrown prop about to reach a mercenary strikes it. */
  private checkThrown(host: CombatHost): void {
    for (let k = 0; k < MAX_THROWN; k++) {
      const i = this.thrown[k];
      if (i < 0) continue;
      const b = host.physics.propBodies[i];
      const v = b.velocity;
      const speed = DMath.hypot3(v.x, v.y, v.z);
      this.thrownS[k] += FIXED_DT;
      if (this.thrownS[k] > this.config.armedS || (this.thrownS[k] > 0.2 && speed < this.config.harmlessSpeedMps)) {
        this.disarm(host, k);
        continue;
      }
      const size = this.props[i].size;
      this.throughGlass(host, i, b, speed);
      const reach = Math.max(size[0], size[1], size[2]) / 2 + 0.35 + speed * FIXED_DT;
      for (const m of host.physics.world.bodies) {
        const mi = host.mercOfBody(m);
        if (mi < 0 || m.collisionFilterGroup !== CollisionGroups.enemy) continue;
        const dx = m.position.x - b.position.x;
        const dz = m.position.z - b.position.z;
        if (DMath.hypot(dx, dz) > reach || Math.abs(m.position.y - b.position.y) > 1.1) continue;
        const dmg = thrownDamage(b.mass, speed, this.config);
        host.damageMerc(mi, dmg, 0, "throw", v.x / speed, v.y / speed, v.z / speed, b.mass * speed, speed);
        host.damageProp(i, dmg);
        v.scale(-0.25, v);
        this.disarm(host, k);
        break;
      }
    }
  }

  /**
   * A thrown prop about to meet a pane this step strikes it with the damage it would do a
   * body; if the pane breaks, the prop flies on through (the pane is gone before physics).
   */
  private throughGlass(host: CombatHost, i: number, b: Body, speed: number): void {
    if (speed < this.config.harmlessSpeedMps) return;
    const v = b.velocity;
    const size = this.props[i].size;
    const reach = Math.max(size[0], size[1], size[2]) / 2 + speed * FIXED_DT;
    const p = b.position;
    const t = host.los.raycast(p.x, p.y, p.z, v.x / speed, v.y / speed, v.z / speed, reach);
    const pane = host.glass.paneOfBox(host.los.lastBox);
    if (pane < 0 || t >= reach) return;
    const dmg = thrownDamage(b.mass, speed, this.config);
    const hx = p.x + (v.x / speed) * t;
    const hy = p.y + (v.y / speed) * t;
    const hz = p.z + (v.z / speed) * t;
    if (host.glass.damage(host, pane, dmg, "throw", hx, hy, hz, v.x / speed, v.y / speed, v.z / speed)) v.scale(0.8, v);
    host.damageProp(i, dmg);
  }

  private disarm(host: CombatHost, k: number): void {
    const b = host.physics.propBodies[this.thrown[k]];
    b.collisionFilterMask = PROP_MASK;
    this.thrown[k] = -1;
  }

  /** Drops what is held where it is (death). */
  drop(host: CombatHost): void {
    const b = this.heldBody(host);
    if (b) b.collisionFilterMask = PROP_MASK;
    if (this.grenade >= 0) this.grenades.state[this.grenade] = GrenadeState.lying;
    this.prop = -1;
    this.grenade = -1;
  }

  hashInto(h: Hasher): void {
    h.u32v(this.prop >>> 0).u32v(this.grenade >>> 0);
    for (let k = 0; k < MAX_THROWN; k++) h.u32v(this.thrown[k] >>> 0).num(this.thrownS[k]);
  }
}
