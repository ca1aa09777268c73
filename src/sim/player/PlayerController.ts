import { Body, Sphere, Vec3 } from "cannon-es";
import type { EventRing } from "../core/EventRing";
import type { Hasher } from "../core/Hasher";
import type { SimEvent } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import { Buttons, type InputCmd } from "../input/InputCmd";
import { CollisionGroups } from "../physics/CollisionGroups";
import type { PhysicsWorld } from "../physics/PhysicsWorld";
import type { Anchor, Surface } from "../world/Level";
import { blockedAbove, makeGroundHit, probeGround } from "./GroundProbe";
import { DEFAULT_PLAYER, jumpLaunchSpeedMps, type PlayerConfig } from "./PlayerConfig";
import { DMath } from "../core/DMath";

const MAX_CONTACTS = 8;
// While airborne the probe only accepts ground this close under the feet, metres.
const AIR_SNAP_M = 0.05;
// Rising faster than this, the player cannot land (jumping past a ledge's top), m/s.
const LAND_MAX_RISE_MPS = 0.5;

/** The controller's own state: everything besides the body that decides the next tick. */
export interface PlayerState {
  grounded: boolean;
  crouched: boolean;
  eyeHeightM: number;
  /** Seconds since the feet last had ground. */
  airTimeS: number;
  /** Whether a coyote jump is still allowed (cleared by a jump). */
  canCoyote: boolean;
  /** Seconds a buffered jump press stays valid. */
  jumpBufferLeftS: number;
  /** Seconds left during which the probe ignores ground after a jump. */
  jumpLockS: number;
  prevButtons: number;
  yawRad: number;
  pitchRad: number;
  surface: Surface;
}

/**
 * A "floating capsule": a fixed-rotation body of three friction-0 spheres whose lowest
 * sphere sits above `maxStepM`, held at ride height by a raycast ground probe and a
 * velocity spring. Steps are climbed by the probe; walls and steep slopes are touched
 * only by the spheres, and the wish velocity into them is removed so the solver can
 * never push the player up a slope steeper than `maxSlopeDeg`.
 */
export class PlayerController {
  readonly body: Body;
  readonly state: PlayerState;
  private readonly upper: Sphere[];
  private readonly ground = makeGroundHit();
  // Surface normals (pointing at the player) of last step's static contacts.
  private readonly contactNormals = new Float64Array(MAX_CONTACTS * 3);
  private contactCount = 0;
  private readonly launchSpeedMps: number;
  private readonly minGroundNormalY: number;

  constructor(
    private readonly physics: PhysicsWorld,
    spawn: Anchor,
    readonly config: PlayerConfig = DEFAULT_PLAYER,
  ) {
    const r = config.radiusM;
    const low = config.maxStepM + 0.05 + r;
    const top = config.standHeightM - r;
    this.body = new Body({
      mass: config.massKg,
      material: physics.playerMaterial,
      fixedRotation: true,
      linearDamping: 0,
      allowSleep: false,
      collisionFilterGroup: CollisionGroups.player,
      collisionFilterMask: CollisionGroups.static | CollisionGroups.prop | CollisionGroups.enemy,
    });
    this.body.addShape(new Sphere(r), new Vec3(0, low, 0));
    this.upper = [new Sphere(r), new Sphere(r)];
    this.body.addShape(this.upper[0], new Vec3(0, (low + top) / 2, 0));
    this.body.addShape(this.upper[1], new Vec3(0, top, 0));
    physics.world.addBody(this.body);
    this.launchSpeedMps = jumpLaunchSpeedMps(config.jumpApexM, physics.config.gravityMps2, FIXED_DT);
    this.minGroundNormalY = DMath.cos(((config.maxSlopeDeg + 1) * Math.PI) / 180);
    this.state = {
      grounded: false,
      crouched: false,
      eyeHeightM: config.standEyeM,
      airTimeS: 0,
      canCoyote: false,
      jumpBufferLeftS: 0,
      jumpLockS: 0,
      prevButtons: 0,
      yawRad: spawn.yawRad,
      pitchRad: 0,
      surface: "asphalt",
    };
    this.respawn(spawn);
  }

  /** Puts the feet at the anchor, at rest. */
  respawn(anchor: Anchor): void {
    this.body.position.set(anchor.position[0], anchor.position[1], anchor.position[2]);
    this.body.velocity.set(0, 0, 0);
    this.state.yawRad = anchor.yawRad;
    this.state.grounded = false;
    this.state.airTimeS = 0;
    this.contactCount = 0;
  }

  /** Applies one command before the physics step: probe, jump, wish velocity, ride spring. */
  preStep(cmd: InputCmd, events: EventRing<SimEvent>, tick: number): void {
    const s = this.state;
    const pressed = cmd.buttons & ~s.prevButtons;
    s.prevButtons = cmd.buttons;
    s.yawRad = cmd.yawRad;
    s.pitchRad = cmd.pitchRad;
    this.updateCrouch((cmd.buttons & Buttons.crouch) !== 0);
    this.updateGround(events, tick);

    if (pressed & Buttons.jump) s.jumpBufferLeftS = this.config.jumpBufferS;
    const canJump = s.grounded || (s.canCoyote && s.airTimeS <= this.config.coyoteTimeS);
    if (s.jumpBufferLeftS > 0 && canJump) {
      s.grounded = false;
      s.canCoyote = false;
      s.jumpBufferLeftS = 0;
      s.jumpLockS = this.config.jumpGroundLockS;
      this.body.velocity.y = this.launchSpeedMps;
      events.push({ kind: "jumped", tick });
    }
    this.applyMove(cmd);
  }

  /** Reads what the step did: contacts for the next tick, timers, the eye height. */
  postStep(): void {
    const s = this.state;
    const dt = FIXED_DT;
    s.jumpBufferLeftS = Math.max(0, s.jumpBufferLeftS - dt);
    s.jumpLockS = Math.max(0, s.jumpLockS - dt);
    if (!s.grounded) s.airTimeS += dt;
    const target = s.crouched ? this.config.crouchEyeM : this.config.standEyeM;
    const rate = (Math.abs(this.config.standEyeM - this.config.crouchEyeM) / this.config.crouchBlendS) * dt;
    const d = target - s.eyeHeightM;
    s.eyeHeightM = Math.abs(d) <= rate ? target : s.eyeHeightM + Math.sign(d) * rate;
    this.collectContacts();
  }

  private updateCrouch(want: boolean): void {
    const s = this.state;
    if (want === s.crouched) return;
    if (!want) {
      const crouchTopM = this.config.maxStepM + 0.05 + 2 * this.config.radiusM;
      const standTopM = this.config.standHeightM + 0.05;
      if (blockedAbove(this.physics.world, this.body.position, crouchTopM - 0.1, standTopM, this.config.radiusM * 0.7))
        return;
    }
    s.crouched = want;
    const group = want ? 0 : CollisionGroups.player;
    const mask = want ? 0 : CollisionGroups.static | CollisionGroups.prop | CollisionGroups.enemy;
    for (const shape of this.upper) {
      shape.collisionFilterGroup = group;
      shape.collisionFilterMask = mask;
    }
    this.body.aabbNeedsUpdate = true;
  }

  private updateGround(events: EventRing<SimEvent>, tick: number): void {
    const s = this.state;
    const v = this.body.velocity;
    const mayLand = s.jumpLockS <= 0 && (s.grounded || v.y <= LAND_MAX_RISE_MPS);
    const snap = s.grounded ? this.config.groundSnapM : AIR_SNAP_M;
    const onGround = mayLand && probeGround(this.physics.world, this.body.position, this.config, snap, this.ground);
    if (onGround) {
      const surface = this.ground.body ? this.physics.surfaceOf.get(this.ground.body) : undefined;
      if (surface) s.surface = surface;
      if (!s.grounded) events.push({ kind: "landed", tick, impactSpeedMps: Math.max(0, -v.y), surface: s.surface });
      s.grounded = true;
      s.airTimeS = 0;
      s.canCoyote = true;
    } else s.grounded = false;
  }

  private applyMove(cmd: InputCmd): void {
    const s = this.state;
    const c = this.config;
    const v = this.body.velocity;
    const sprint = (cmd.buttons & Buttons.sprint) !== 0;
    const speed = s.crouched ? c.crouchSpeedMps : sprint ? c.sprintSpeedMps : c.walkSpeedMps;
    let mx = cmd.moveX;
    let my = cmd.moveY;
    const len = DMath.hypot(mx, my);
    if (len > 1) {
      mx /= len;
      my /= len;
    }
    const sin = DMath.sin(cmd.yawRad);
    const cos = DMath.cos(cmd.yawRad);
    let wx = (-sin * my + cos * mx) * speed;
    let wz = (-cos * my - sin * mx) * speed;
    // Never push into a wall or a too-steep slope: the solver would turn that push into a climb.
    for (let i = 0; i < this.contactCount; i++) {
      const n = this.contactNormals;
      const ny = n[i * 3 + 1];
      if (ny >= this.minGroundNormalY) continue;
      const hl = DMath.hypot(n[i * 3], n[i * 3 + 2]);
      if (hl < 1e-3) continue;
      const hx = n[i * 3] / hl;
      const hz = n[i * 3 + 2] / hl;
      const into = wx * hx + wz * hz;
      if (into < 0) {
        wx -= into * hx;
        wz -= into * hz;
      }
    }
    const accel = s.grounded ? c.groundAccelMps2 : len > 1e-3 ? c.airAccelMps2 : 0;
    const dvx = wx - v.x;
    const dvz = wz - v.z;
    const dl = DMath.hypot(dvx, dvz);
    const maxDv = accel * FIXED_DT;
    const k = dl > maxDv ? maxDv / dl : 1;
    v.x += dvx * k;
    v.z += dvz * k;

    if (s.grounded) {
      const n = this.ground.normal;
      const planeVy = -(n.x * v.x + n.z * v.z) / n.y;
      const err = (this.ground.heightM - this.body.position.y) / c.rideTauS;
      v.y = planeVy + Math.max(-c.rideMaxSpeedMps, Math.min(c.rideMaxSpeedMps, err));
      // The spring holds the body: cancel gravity for this step (forces clear after it).
      this.body.force.y += this.body.mass * this.physics.config.gravityMps2;
    } else if (v.y < -c.maxFallSpeedMps) v.y = -c.maxFallSpeedMps;
  }

  private collectContacts(): void {
    let count = 0;
    const n = this.contactNormals;
    for (const eq of this.physics.world.contacts) {
      let sign: number;
      if (eq.bi === this.body && eq.bj.type === Body.STATIC) sign = -1;
      else if (eq.bj === this.body && eq.bi.type === Body.STATIC) sign = 1;
      else continue;
      if (count >= MAX_CONTACTS) break;
      n[count * 3] = sign * eq.ni.x;
      n[count * 3 + 1] = sign * eq.ni.y;
      n[count * 3 + 2] = sign * eq.ni.z;
      count++;
    }
    this.contactCount = count;
  }

  /** Feeds everything that decides the future into the hash. */
  hashInto(h: Hasher): void {
    const s = this.state;
    const b = this.body;
    h.num(b.position.x).num(b.position.y).num(b.position.z);
    h.num(b.velocity.x).num(b.velocity.y).num(b.velocity.z);
    h.bool(s.grounded).bool(s.crouched).num(s.eyeHeightM).num(s.airTimeS).bool(s.canCoyote);
    h.num(s.jumpBufferLeftS).num(s.jumpLockS).u32v(s.prevButtons).num(s.yawRad).num(s.pitchRad).str(s.surface);
    h.u32v(this.contactCount);
    for (let i = 0; i < this.contactCount * 3; i++) h.num(this.contactNormals[i]);
  }
}
