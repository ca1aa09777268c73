import { Body, Box, ConeTwistConstraint, type Quaternion as CQuat, SAPBroadphase, Sphere, Vec3, World } from "cannon-es";
import { Quaternion, Vector3 } from "three";
import { boxQuaternion } from "../../sim/physics/PhysicsWorld";
import type { LevelBox } from "../../sim/world/Level";
import type { WorldPose } from "./fk";
import { hash01 } from "./poseMath";
import { BONE_COUNT, Bone, FOREARM_M, POSE_PROP, POSE_ROOT, SHIN_M, THIGH_M, UPPER_ARM_M } from "./skeleton";

/** Tuning of the view's ragdolls; SI units in the names. */
export const RAGDOLL = {
  /** Level boxes within this of a body at death join its world, metres; thinner ones (paint) never do. */
  nearM: 2.5,
  minBoxM: 0.05,
  limbMassKg: 4,
  headMassKg: 5,
  linearDamping: 0.4,
  angularDamping: 0.8,
  solverIterations: 16,
  /** Limbs leave along the blow at this speed per unit of hit strength, m/s. */
  kickMps: 2.2,
  maxSpeedMps: 12,
  /** Cone half-angles at the joints (around the death pose), radians. */
  hipRad: Math.PI / 3,
  kneeRad: Math.PI / 3,
  shoulderRad: Math.PI / 2,
  elbowRad: Math.PI / 3,
  neckRad: Math.PI / 4,
  twistRad: Math.PI / 8,
  /** The sleeping rule: below this speed for this long, a limb sleeps. */
  sleepSpeedMps: 0.12,
  sleepS: 0.6,
  /**
   * A doll whose corpse has lain still this long is put to sleep whole (limbs on cone
   * joints jitter at rest in cannon-es, cannon-es#129); a moving corpse wakes it, seconds.
   */
  restS: 1.5,
} as const;

const GROUP_LIMB = 1;
const GROUP_LEVEL = 2;
/** The limbs with a body: the bone, its parent limb's bone (or -1 for the trunk), its length. */
const LIMBS: readonly { bone: number; parent: number; lengthM: number; coneRad: number }[] = [
  { bone: Bone.head, parent: -1, lengthM: 0.24, coneRad: RAGDOLL.neckRad },
  { bone: Bone.upperArmL, parent: -1, lengthM: UPPER_ARM_M, coneRad: RAGDOLL.shoulderRad },
  { bone: Bone.forearmL, parent: Bone.upperArmL, lengthM: FOREARM_M + 0.1, coneRad: RAGDOLL.elbowRad },
  { bone: Bone.upperArmR, parent: -1, lengthM: UPPER_ARM_M, coneRad: RAGDOLL.shoulderRad },
  { bone: Bone.forearmR, parent: Bone.upperArmR, lengthM: FOREARM_M + 0.1, coneRad: RAGDOLL.elbowRad },
  { bone: Bone.thighL, parent: -1, lengthM: THIGH_M, coneRad: RAGDOLL.hipRad },
  { bone: Bone.shinL, parent: Bone.thighL, lengthM: SHIN_M + 0.06, coneRad: RAGDOLL.kneeRad },
  { bone: Bone.thighR, parent: -1, lengthM: THIGH_M, coneRad: RAGDOLL.hipRad },
  { bone: Bone.shinR, parent: Bone.thighR, lengthM: SHIN_M + 0.06, coneRad: RAGDOLL.kneeRad },
];

const _v = new Vector3();
const _q = new Quaternion();
const _q2 = new Quaternion();
const _cv = new Vec3();

interface Doll {
  trunk: Body;
  limbs: Body[];
  constraints: ConeTwistConstraint[];
  statics: number[];
  /** The pelvis in the corpse box's frame, and the frozen spine, chest, neck, feet and hands. */
  pelvisOffset: Vector3;
  pelvisRel: Quaternion;
  /** Where the trunk is to be this tick (it moves there during the step). */
  lastPos: Vector3;
  /** Ticks the corpse box has lain still. */
  stillTicks: number;
  frozen: Quaternion[];
}

/** Where the core's tumbling corpse box is (its centre and orientation). */
export interface CorpseBox {
  center: { x: number; y: number; z: number };
  quaternion: { x: number; y: number; z: number; w: number };
}

/**
 * The dead fall as ragdolls in a physics world of the view's own: the trunk rides the
 * core's tumbling corpse box (the authority on where a body lies), head, arms and legs
 * are cannon-es bodies on cone joints that flop and collide with the level boxes near
 * the body. Stepped once per core tick with FIXED_DT, bodies added in a fixed order and
 * started from the death-tick pose and the blow: the same take settles the same way.
 */
export class Ragdolls {
  private readonly world = new World({ gravity: new Vec3(0, -9.81, 0), allowSleep: true });
  private readonly dolls: (Doll | null)[];
  private readonly statics = new Map<number, { body: Body; refs: number }>();

  constructor(
    slots: number,
    private readonly boxes: readonly LevelBox[],
  ) {
    this.dolls = new Array(slots).fill(null);
    (this.world.solver as unknown as { iterations: number }).iterations = RAGDOLL.solverIterations;
    this.world.broadphase = new SAPBroadphase(this.world);
  }

  has(slot: number): boolean {
    return this.dolls[slot] !== null;
  }

  /** Bodies in the world (limbs, trunks, the level boxes near them). */
  get bodies(): number {
    return this.world.bodies.length;
  }

  /** Live (not sleeping) limbs in the world: the cost of the next step. */
  get awake(): number {
    let n = 0;
    for (const b of this.world.bodies) if (b.type === Body.DYNAMIC && b.sleepState !== Body.SLEEPING) n++;
    return n;
  }

  /**
   * A figure died: its doll starts from `pose` (the death tick's bones), the limbs thrown
   * along (dx, dy, dz) by `strength`; `seed` varies the spin.
   */
  start(slot: number, pose: WorldPose, box: CorpseBox, dx: number, dy: number, dz: number, strength: number, seed: number): void {
    this.remove(slot);
    const trunk = new Body({ type: Body.KINEMATIC, mass: 0, collisionFilterGroup: 0, collisionFilterMask: 0 });
    trunk.addShape(new Box(new Vec3(0.15, 0.25, 0.1)));
    const bq = _q2.set(box.quaternion.x, box.quaternion.y, box.quaternion.z, box.quaternion.w);
    const pelvisOffset = new Vector3().copy(pose.p[Bone.pelvis]).sub(_v.set(box.center.x, box.center.y, box.center.z)).applyQuaternion(_q.copy(bq).invert());
    const pelvisRel = new Quaternion().copy(bq).invert().multiply(pose.q[Bone.pelvis]);
    trunk.position.set(pose.p[Bone.pelvis].x, pose.p[Bone.pelvis].y, pose.p[Bone.pelvis].z);
    trunk.quaternion.set(pose.q[Bone.pelvis].x, pose.q[Bone.pelvis].y, pose.q[Bone.pelvis].z, pose.q[Bone.pelvis].w);
    this.world.addBody(trunk);
    const statics = this.addStatics(pose.p[Bone.pelvis]);
    const limbs: Body[] = [];
    const constraints: ConeTwistConstraint[] = [];
    const len = Math.hypot(dx, dy, dz) || 1;
    LIMBS.forEach((l, k) => {
      const q = pose.q[l.bone];
      const head = l.bone === Bone.head;
      const body = new Body({
        mass: head ? RAGDOLL.headMassKg : RAGDOLL.limbMassKg,
        linearDamping: RAGDOLL.linearDamping,
        angularDamping: RAGDOLL.angularDamping,
        collisionFilterGroup: GROUP_LIMB,
        collisionFilterMask: GROUP_LEVEL,
        allowSleep: true,
        sleepSpeedLimit: RAGDOLL.sleepSpeedMps,
        sleepTimeLimit: RAGDOLL.sleepS,
      });
      // A limb hangs along its bone's -Y (the head sits up along +Y).
      const half = l.lengthM / 2;
      body.addShape(head ? new Sphere(0.12) : new Box(new Vec3(0.06, half, 0.06)));
      _v.set(0, head ? 0.12 : -half, 0).applyQuaternion(q).add(pose.p[l.bone]);
      body.position.set(_v.x, _v.y, _v.z);
      body.quaternion.set(q.x, q.y, q.z, q.w);
      const r = hash01(seed, k) - 0.5;
      const kick = RAGDOLL.kickMps * strength * (0.7 + 0.6 * hash01(seed, k + 17));
      body.velocity.set((dx / len) * kick, (dy / len) * kick + 0.5, (dz / len) * kick);
      body.angularVelocity.set(r * 4, hash01(seed, k + 31) * 2 - 1, r * -3);
      this.world.addBody(body);
      limbs.push(body);
      const parentBody = l.parent < 0 ? trunk : limbs[LIMBS.findIndex((x) => x.bone === l.parent)];
      constraints.push(this.joint(parentBody, body, pose, l, head));
    });
    const frozen: Quaternion[] = [];
    for (let i = 0; i < BONE_COUNT; i++) frozen.push(new Quaternion());
    const lastPos = new Vector3().copy(pose.p[Bone.pelvis]);
    this.dolls[slot] = { trunk, limbs, constraints, statics, pelvisOffset, pelvisRel, frozen, lastPos, stillTicks: 0 };
  }

  /** A cone joint at the limb's root, centred on the death pose (it starts inside its cone). */
  private joint(parent: Body, child: Body, pose: WorldPose, l: (typeof LIMBS)[number], head: boolean): ConeTwistConstraint {
    const root = pose.p[l.bone];
    const pivotA = parent.pointToLocalFrame(_cv.set(root.x, root.y, root.z), new Vec3());
    const pivotB = child.pointToLocalFrame(_cv.set(root.x, root.y, root.z), new Vec3());
    const axisW = _v.set(0, head ? 1 : -1, 0).applyQuaternion(pose.q[l.bone]);
    const axisA = parent.vectorToLocalFrame(_cv.set(axisW.x, axisW.y, axisW.z), new Vec3());
    const axisB = new Vec3(0, head ? 1 : -1, 0);
    const c = new ConeTwistConstraint(parent, child, { pivotA, pivotB, axisA, axisB, angle: l.coneRad, twistAngle: RAGDOLL.twistRad, collideConnected: false });
    this.world.addConstraint(c);
    return c;
  }

  /** The level's boxes near `p` join the world (shared between dolls, counted). */
  private addStatics(p: Vector3): number[] {
    const out: number[] = [];
    this.boxes.forEach((b, i) => {
      // Paint on the road (markings) adds nothing under the road's own box.
      if (b.size[1] < RAGDOLL.minBoxM) return;
      // The box's bounds, grown by its turn, against the reach of the limbs.
      const r = 0.5 * Math.hypot(b.size[0], b.size[2]);
      const ry = b.pitchRad ? r : b.size[1] / 2;
      const gap = Math.max(0, Math.abs(b.center[0] - p.x) - r, Math.abs(b.center[2] - p.z) - r, Math.abs(b.center[1] - p.y) - ry);
      if (gap > RAGDOLL.nearM) return;
      let s = this.statics.get(i);
      if (!s) {
        const body = new Body({ type: Body.STATIC, mass: 0, collisionFilterGroup: GROUP_LEVEL, collisionFilterMask: GROUP_LIMB });
        body.addShape(new Box(new Vec3(b.size[0] / 2, b.size[1] / 2, b.size[2] / 2)));
        body.position.set(b.center[0], b.center[1], b.center[2]);
        boxQuaternion(b.yawRad ?? 0, b.pitchRad ?? 0, body.quaternion as CQuat);
        this.world.addBody(body);
        s = { body, refs: 0 };
        this.statics.set(i, s);
      }
      s.refs++;
      out.push(i);
    });
    return out;
  }

  /**
   * One tick: each trunk moves to its corpse box (with the velocity that takes it
   * there, so joints pull the limbs along), then the world steps FIXED_DT.
   */
  step(boxes: readonly CorpseBox[], dtS: number): void {
    let any = false;
    this.dolls.forEach((d, slot) => {
      if (!d) return;
      any = true;
      const b = boxes[slot];
      const t = d.trunk;
      _q2.set(b.quaternion.x, b.quaternion.y, b.quaternion.z, b.quaternion.w);
      _v.copy(d.pelvisOffset).applyQuaternion(_q2).add(_v2.set(b.center.x, b.center.y, b.center.z));
      // From last tick's place at the velocity that reaches this tick's: the step lands it there.
      const last = d.lastPos;
      t.position.set(last.x, last.y, last.z);
      t.velocity.set((_v.x - last.x) / dtS, (_v.y - last.y) / dtS, (_v.z - last.z) / dtS);
      last.copy(_v);
      _q.copy(_q2).multiply(d.pelvisRel);
      t.quaternion.set(_q.x, _q.y, _q.z, _q.w);
      if (t.velocity.lengthSquared() > 1e-4) {
        d.stillTicks = 0;
        for (const l of d.limbs) l.wakeUp();
      } else if (++d.stillTicks === Math.round(RAGDOLL.restS / dtS)) {
        for (const l of d.limbs) {
          l.velocity.setZero();
          l.angularVelocity.setZero();
          l.sleep();
        }
      }
    });
    // Every doll at rest: nothing to step (the bodies keep their places).
    if (!any || this.awake === 0) return;
    this.world.step(dtS);
    for (const b of this.world.bodies) {
      if (b.type !== Body.DYNAMIC) continue;
      const s = b.velocity.length();
      if (s > RAGDOLL.maxSpeedMps) b.velocity.scale(RAGDOLL.maxSpeedMps / s, b.velocity);
    }
  }

  /**
   * Writes a doll's pose into a pose buffer at `o`: the pelvis from the trunk, the spine,
   * chest and neck as they were at death (slumping), limbs from their bodies.
   * `deathLocal` holds the death tick's local rotations, kept for the bones without a body.
   */
  write(slot: number, deathLocal: readonly Quaternion[], buf: Float32Array, o: number): void {
    const d = this.dolls[slot];
    if (!d) return;
    const world = _world;
    const t = d.trunk;
    world[Bone.pelvis].set(t.quaternion.x, t.quaternion.y, t.quaternion.z, t.quaternion.w);
    // The trunk stands where the corpse box puts it (its body may be a step behind).
    const tp = d.lastPos;
    const local = d.frozen;
    for (let i = 0; i < BONE_COUNT; i++) local[i].copy(deathLocal[i]);
    local[Bone.pelvis].copy(world[Bone.pelvis]);
    // The torso goes slack: spine and chest relax toward straight.
    local[Bone.spine].slerp(_q.identity(), 0.6);
    local[Bone.chest].slerp(_q.identity(), 0.6);
    world[Bone.spine].copy(world[Bone.pelvis]).multiply(local[Bone.spine]);
    world[Bone.chest].copy(world[Bone.spine]).multiply(local[Bone.chest]);
    world[Bone.neck].copy(world[Bone.chest]).multiply(local[Bone.neck]);
    d.limbs.forEach((b, k) => {
      const l = LIMBS[k];
      world[l.bone].set(b.quaternion.x, b.quaternion.y, b.quaternion.z, b.quaternion.w);
      const parent = l.bone === Bone.head ? Bone.neck : l.parent >= 0 ? l.parent : l.bone >= Bone.thighL ? Bone.pelvis : Bone.chest;
      local[l.bone].copy(world[parent]).invert().multiply(world[l.bone]);
    });
    for (let i = 0; i < BONE_COUNT; i++) {
      const q = local[i];
      const k = o + i * 4;
      buf[k] = q.x;
      buf[k + 1] = q.y;
      buf[k + 2] = q.z;
      buf[k + 3] = q.w;
    }
    buf[o + POSE_ROOT] = tp.x;
    buf[o + POSE_ROOT + 1] = tp.y;
    buf[o + POSE_ROOT + 2] = tp.z;
    // The gun fell from the hands (the core drops it as a pickup): the held item goes away.
    buf[o + POSE_PROP] = 0;
    buf[o + POSE_PROP + 1] = -1000;
    buf[o + POSE_PROP + 2] = 0;
  }

  /** The lowest point of a doll's limbs, world y (tests: nothing sinks through the floor). */
  lowestY(slot: number): number {
    const d = this.dolls[slot];
    if (!d) return Number.NaN;
    let y = Number.POSITIVE_INFINITY;
    for (const b of d.limbs) {
      const s = b.shapes[0];
      y = Math.min(y, b.position.y + (s instanceof Sphere ? -s.radius : lowestOfBox(b)));
    }
    return y;
  }

  remove(slot: number): void {
    const d = this.dolls[slot];
    if (!d) return;
    for (const c of d.constraints) this.world.removeConstraint(c);
    for (const b of d.limbs) this.world.removeBody(b);
    this.world.removeBody(d.trunk);
    for (const i of d.statics) {
      const s = this.statics.get(i);
      if (!s) continue;
      if (--s.refs <= 0) {
        this.world.removeBody(s.body);
        this.statics.delete(i);
      }
    }
    this.dolls[slot] = null;
  }

  dispose(): void {
    for (let i = 0; i < this.dolls.length; i++) this.remove(i);
  }
}

const _v2 = new Vector3();
const _world: Quaternion[] = Array.from({ length: BONE_COUNT }, () => new Quaternion());

/** How far below its centre a box body reaches, metres. */
function lowestOfBox(b: Body): number {
  const h = (b.shapes[0] as Box).halfExtents;
  let low = 0;
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) for (const sz of [-1, 1]) {
    _cv.set(sx * h.x, sy * h.y, sz * h.z);
    b.quaternion.vmult(_cv, _cv);
    low = Math.min(low, _cv.y);
  }
  return low;
}
