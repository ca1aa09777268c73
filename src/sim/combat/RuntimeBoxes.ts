import type { Body } from "cannon-es";
import type { LosGrid } from "../ai/LosGrid";
import type { NavGrid } from "../ai/NavGrid";
import type { Hasher } from "../core/Hasher";
import { DMath } from "../core/DMath";
import { boxQuaternion, type PhysicsWorld } from "../physics/PhysicsWorld";
import type { Level, Vec3Tuple } from "../world/Level";
import { type RuntimeBoxKind, runtimeBoxKind } from "../world/runtimeBoxes";

/** Where a runtime box is: standing where the level put it, carried by the telekinetic, lying wrecked, or broken to rubble. */
export type RuntimeBoxState = "rest" | "lifted" | "wreck" | "broken";

/** One runtime box as presentation reads it (owned by the core; copy what you keep). */
export interface RuntimeBoxView {
  kind: RuntimeBoxKind;
  /** Index of the box in the level's boxes. */
  box: number;
  state: RuntimeBoxState;
  size: Vec3Tuple;
  position: { x: number; y: number; z: number };
  /** Turn about y, then tilt about the box's own x and z (a wreck lies askew), radians. */
  yawRad: number;
  pitchRad: number;
}

/**
 * The level boxes that can leave the world during a run (cars and ventilation housings
 * the telekinetic lifts, barriers a heavy throw breaks). While at rest each is an ordinary
 * static collider, cover and line-of-sight blocker; lifted or broken it is taken out of
 * the physics world and the line-of-sight grid; wrecked it is a collider again where it lies.
 */
export class RuntimeBoxes {
  readonly views: RuntimeBoxView[] = [];
  /** The nav grid's cells as built, so cells a wreck closed open again when it is lifted. */
  private readonly navBuilt: Uint8Array;

  constructor(
    level: Level,
    private readonly physics: PhysicsWorld,
    private readonly los: LosGrid,
    private readonly nav: NavGrid,
  ) {
    this.navBuilt = nav.valid.slice();
    level.boxes.forEach((b, i) => {
      const kind = runtimeBoxKind(b);
      if (!kind) return;
      this.views.push({
        kind,
        box: i,
        state: "rest",
        size: [b.size[0], b.size[1], b.size[2]],
        position: { x: b.center[0], y: b.center[1], z: b.center[2] },
        yawRad: b.yawRad ?? 0,
        pitchRad: 0,
      });
    });
  }

  private body(v: RuntimeBoxView): Body {
    return this.physics.staticBodies[v.box];
  }

  /** Takes a box out of the world (lifted or broken); a wreck lifted again gives its cells back. */
  remove(v: RuntimeBoxView, state: "lifted" | "broken"): void {
    if (v.state === "wreck") this.footprint(v, (i) => (this.nav.valid[i] = this.navBuilt[i]));
    const b = this.body(v);
    if (b.world) this.physics.world.removeBody(b);
    this.los.setOff(v.box, true);
    v.state = state;
  }

  /**
   * Lays a lifted box down where it fell, askew; it collides again unless that would put
   * it inside someone (`clear` says whether a point is free), in which case it is debris only.
   */
  wreck(v: RuntimeBoxView, x: number, floorY: number, z: number, yawRad: number, pitchRad: number, clear: (x: number, z: number, r: number) => boolean): void {
    v.state = "wreck";
    v.position.x = x;
    v.position.y = floorY + v.size[1] / 2 - 0.1;
    v.position.z = z;
    v.yawRad = yawRad;
    v.pitchRad = pitchRad;
    const r = DMath.hypot(v.size[0], v.size[2]) / 2;
    if (!clear(x, z, r)) return;
    this.footprint(v, (i) => (this.nav.valid[i] = 0));
    const b = this.body(v);
    b.position.set(v.position.x, v.position.y, v.position.z);
    boxQuaternion(yawRad, 0, b.quaternion);
    b.aabbNeedsUpdate = true;
    if (!b.world) this.physics.world.addBody(b);
  }

  /** Visits the nav cells under a box where it lies (a wreck's cells close, so no one routes through it). */
  private footprint(v: RuntimeBoxView, visit: (cell: number) => void): void {
    const nav = this.nav;
    const c = DMath.cos(v.yawRad);
    const s = DMath.sin(v.yawRad);
    const hx = v.size[0] / 2 + nav.config.agentRadiusM;
    const hz = v.size[2] / 2 + nav.config.agentRadiusM;
    const r = DMath.hypot(hx, hz);
    const x0 = Math.max(0, Math.floor((v.position.x - r - nav.minX) / nav.cellM));
    const x1 = Math.min(nav.nx - 1, Math.floor((v.position.x + r - nav.minX) / nav.cellM));
    const z0 = Math.max(0, Math.floor((v.position.z - r - nav.minZ) / nav.cellM));
    const z1 = Math.min(nav.nz - 1, Math.floor((v.position.z + r - nav.minZ) / nav.cellM));
    for (let gz = z0; gz <= z1; gz++) {
      for (let gx = x0; gx <= x1; gx++) {
        const i = gz * nav.nx + gx;
        const dx = nav.nodeX(i) - v.position.x;
        const dz = nav.nodeZ(i) - v.position.z;
        // Into the wreck's own frame (turned by its yaw about y).
        if (Math.abs(dx * c - dz * s) <= hx && Math.abs(dx * s + dz * c) <= hz) visit(i);
      }
    }
  }

  /** The runtime box of level box `i`, or undefined. */
  ofBox(i: number): RuntimeBoxView | undefined {
    for (const v of this.views) if (v.box === i) return v;
    return undefined;
  }

  hashInto(h: Hasher): void {
    for (const v of this.views) {
      h.str(v.state).num(v.position.x).num(v.position.y).num(v.position.z).num(v.yawRad).num(v.pitchRad);
    }
  }
}
