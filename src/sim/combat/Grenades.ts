import { Body, Sphere } from "cannon-es";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import { CollisionGroups } from "../physics/CollisionGroups";
import { hashBody } from "../physics/PhysicsWorld";
import type { CombatHost } from "./CombatHost";
import type { GrenadeView } from "./CombatView";
import { GRENADE, GRENADE_BLAST } from "./CombatConfig";

const MAX_GRENADES = 8;
export const GrenadeState = { free: 0, lying: 1, held: 2, live: 3 } as const;

/** Grenades in fixed slots: lying to be picked up, held, or thrown with the fuse burning. */
export class Grenades {
  readonly bodies: Body[] = [];
  readonly state = new Uint8Array(MAX_GRENADES);
  readonly fuseS = new Float64Array(MAX_GRENADES);
  readonly views: GrenadeView[] = [];

  constructor() {
    for (let i = 0; i < MAX_GRENADES; i++) {
      const b = new Body({
        mass: GRENADE.massKg,
        collisionFilterGroup: CollisionGroups.prop,
        collisionFilterMask: CollisionGroups.static | CollisionGroups.prop | CollisionGroups.enemy | CollisionGroups.debris,
        allowSleep: true,
        sleepSpeedLimit: 0.1,
        sleepTimeLimit: 0.5,
        linearDamping: 0.1,
        angularDamping: 0.3,
      });
      b.addShape(new Sphere(GRENADE.radiusM));
      this.bodies.push(b);
      this.views.push({ active: false, live: false, held: false, position: { x: 0, y: 0, z: 0 } });
    }
  }

  /** Lays a grenade on the ground at (x, y, z) for Henry to pick up. */
  place(host: CombatHost, x: number, y: number, z: number): void {
    const i = this.state.indexOf(GrenadeState.free);
    if (i < 0) return;
    const b = this.bodies[i];
    b.position.set(x, y + GRENADE.radiusM, z);
    b.velocity.set(0, 0, 0);
    b.angularVelocity.set(0, 0, 0);
    this.state[i] = GrenadeState.lying;
    if (!b.world) host.physics.world.addBody(b);
    b.sleep();
  }

  step(host: CombatHost): void {
    for (let i = 0; i < MAX_GRENADES; i++) {
      if (this.state[i] !== GrenadeState.live) continue;
      this.fuseS[i] -= FIXED_DT;
      if (this.fuseS[i] > 0) continue;
      const p = this.bodies[i].position;
      this.free(host, i);
      host.explode(p.x, p.y, p.z, GRENADE_BLAST);
    }
  }

  free(host: CombatHost, i: number): void {
    this.state[i] = GrenadeState.free;
    if (this.bodies[i].world) host.physics.world.removeBody(this.bodies[i]);
  }

  arm(i: number): void {
    this.state[i] = GrenadeState.live;
    this.fuseS[i] = GRENADE.fuseS;
  }

  syncViews(): void {
    for (let i = 0; i < MAX_GRENADES; i++) {
      const v = this.views[i];
      const s = this.state[i];
      v.active = s !== GrenadeState.free;
      v.live = s === GrenadeState.live;
      v.held = s === GrenadeState.held;
      const p = this.bodies[i].position;
      v.position.x = p.x;
      v.position.y = p.y;
      v.position.z = p.z;
    }
  }

  hashInto(h: Hasher): void {
    for (let i = 0; i < MAX_GRENADES; i++) {
      const b = this.bodies[i];
      h.u32v(this.state[i]).num(this.fuseS[i]);
      if (this.state[i] !== GrenadeState.free) hashBody(h, b);
    }
  }
}
