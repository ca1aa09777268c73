import { Body, Sphere, Vec3 } from "cannon-es";
import type { EventRing } from "../core/EventRing";
import type { Hasher } from "../core/Hasher";
import type { SimEvent } from "../core/SimEvent";
import { FIXED_DT } from "../core/time";
import { Buttons, type InputCmd } from "../input/InputCmd";
import { CollisionGroups } from "../physics/CollisionGroups";
import type { PhysicsWorld } from "../physics/PhysicsWorld";
import type { Anchor, LevelLadder } from "../world/Level";
import { hashMove, isScripted } from "./ForcedMove";
import { blockedAbove, makeGroundHit, probeGround } from "./GroundProbe";
import { launchJump, waitForEdge } from "./Jumps";
import { stepLadder, tryGrabLadder } from "./Ladders";
import type { MoverHost, MoveStats } from "./MoverHost";
import { stepPath, tryMantle, tryVault } from "./Parkour";
import { DEFAULT_PLAYER, type PlayerConfig } from "./PlayerConfig";
import { DMath } from "../core/DMath";
import { Landing } from "./Landing";
import { makePlayerState, type PlayerState } from "./PlayerState";

export type { PlayerState } from "./PlayerState";

const MAX_CONTACTS = 8;
// While airborne the probe only accepts ground this close under the feet, metres.
const AIR_SNAP_M = 0.05;
// Rising faster than this, the player cannot land (jumping past a ledge's top), m/s.
const LAND_MAX_RISE_MPS = 0.5;

/**
 * A "floating capsule": a fixed-rotation body of three friction-0 spheres whose lowest
 * sphere sits above `maxStepM`, held at ride height by a raycast ground probe and a
 * velocity spring. Steps are climbed by the probe; walls and steep slopes are touched
 * only by the spheres, and the wish velocity into them is removed so the solver can
 * never push the player up a slope steeper than `maxSlopeDeg`.
 */
export class PlayerController implements MoverHost {
  readonly body: Body;
  readonly state: PlayerState;
  readonly stats: MoveStats = { vaults: 0, mantles: 0, climbs: 0, gapJumps: 0 };
  readonly ladders: readonly LevelLadder[];
  /** The event ring of the tick being stepped (set by `preStep`). */
  events!: EventRing<SimEvent>;
  private readonly landing: Landing;
  private readonly upper: Sphere[];
  private readonly ground = makeGroundHit();
  // Surface normals (pointing at the player) of last step's static contacts.
  private readonly contactNormals = new Float64Array(MAX_CONTACTS * 3);
  private contactCount = 0;
  private readonly minGroundNormalY: number;

  constructor(
    readonly physics: PhysicsWorld,
    spawn: Anchor,
    readonly config: PlayerConfig = DEFAULT_PLAYER,
    ladders: readonly LevelLadder[] = [],
  ) {
    this.ladders = ladders;
    this.landing = new Landing(this);
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
    this.minGroundNormalY = DMath.cos(((config.maxSlopeDeg + 1) * Math.PI) / 180);
    this.state = makePlayerState(spawn, config);
    this.respawn(spawn);
  }

  /** Puts the feet at the anchor, at rest, out of any move. */
  respawn(anchor: Anchor): void {
    this.body.position.set(anchor.position[0], anchor.position[1], anchor.position[2]);
    this.body.velocity.set(0, 0, 0);
    const s = this.state;
    s.yawRad = anchor.yawRad;
    s.grounded = false;
    s.airTimeS = 0;
    s.airTravelM = 0;
    s.move.kind = "none";
    s.ladder = -1;
    s.lastGroundY = anchor.position[1];
    s.airCapMps = Number.POSITIVE_INFINITY;
    s.rollArmS = 0;
    this.setSolid(true);
    this.contactCount = 0;
  }

  setSolid(solid: boolean): void {
    this.body.collisionFilterMask = solid ? CollisionGroups.static | CollisionGroups.prop | CollisionGroups.enemy : 0;
  }

  cancelGravity(): void {
    this.body.force.y += this.body.mass * this.physics.config.gravityMps2;
  }

  /** Applies one command before the physics step: moves, probe, jump, wish velocity, ride spring. */
  preStep(cmd: InputCmd, events: EventRing<SimEvent>, tick: number): void {
    const s = this.state;
    this.events = events;
    const pressed = cmd.buttons & ~s.prevButtons;
    s.prevButtons = cmd.buttons;
    s.yawRad = cmd.yawRad;
    s.pitchRad = cmd.pitchRad;
    s.landedImpactMps = 0;
    s.landedRolled = false;
    if (pressed & Buttons.jump) s.jumpBufferLeftS = this.config.jumpBufferS;
    if (isScripted(s.move.kind) && stepPath(this, tick)) return;
    if (s.move.kind === "ladder" && stepLadder(this, cmd, pressed, tick)) return;
    if (pressed & Buttons.crouch && !s.grounded) s.rollArmS = this.config.parkour.rollWindowS;
    this.updateCrouch((cmd.buttons & Buttons.crouch) !== 0);
    this.updateGround(events, tick, (cmd.buttons & Buttons.crouch) !== 0);
    const locked = this.landing.locked(tick);
    if (!locked && this.tryVerbs(cmd, tick)) return;
    this.applyMove(cmd, locked);
  }

  /** Vault, mantle, leap or jump on a (buffered) press; a mantle from the air while jump is held; a ladder. */
  private tryVerbs(cmd: InputCmd, tick: number): boolean {
    const s = this.state;
    const c = this.config;
    const canJump = s.grounded || (s.canCoyote && s.airTimeS <= c.coyoteTimeS && s.airTravelM <= c.parkour.coyoteMaxM);
    if (s.jumpBufferLeftS > 0 && canJump) {
      const vault = s.grounded ? tryVault(this, tick) : "no";
      if (vault === "started" || (vault === "no" && s.grounded && tryMantle(this, tick, false))) return true;
      if (vault === "wait" || waitForEdge(this)) {
        // Early presses are kept until the obstacle or the edge is where the move wants it.
        s.jumpBufferLeftS = Math.max(s.jumpBufferLeftS, 2 * FIXED_DT);
      } else {
        launchJump(this, tick);
        s.jumpLockS = c.jumpGroundLockS;
      }
    } else if (!s.grounded && cmd.buttons & Buttons.jump && tryMantle(this, tick, true)) return true;
    return tryGrabLadder(this, cmd, tick);
  }

  /** Reads what the step did: contacts for the next tick, timers, the eye height. */
  postStep(): void {
    const s = this.state;
    const dt = FIXED_DT;
    s.jumpBufferLeftS = Math.max(0, s.jumpBufferLeftS - dt);
    s.jumpLockS = Math.max(0, s.jumpLockS - dt);
    s.rollArmS = Math.max(0, s.rollArmS - dt);
    if (!s.grounded) {
      s.airTimeS += dt;
      s.airTravelM += DMath.hypot(this.body.velocity.x, this.body.velocity.z) * dt;
    }
    const target = this.landing.eyeTarget(s.crouched ? this.config.crouchEyeM : this.config.standEyeM);
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

  private updateGround(events: EventRing<SimEvent>, tick: number, crouchHeld: boolean): void {
    const s = this.state;
    const v = this.body.velocity;
    const mayLand = s.jumpLockS <= 0 && (s.grounded || v.y <= LAND_MAX_RISE_MPS);
    const snap = s.grounded ? this.config.groundSnapM : AIR_SNAP_M;
    const onGround = mayLand && probeGround(this.physics.world, this.body.position, this.config, snap, this.ground);
    if (onGround) {
      const surface = this.ground.body ? this.physics.surfaceOf.get(this.ground.body) : undefined;
      if (surface) s.surface = surface;
      if (!s.grounded) {
        const impact = Math.max(0, -v.y);
        const rolled = this.landing.land(impact, crouchHeld, tick);
        events.push({ kind: "landed", tick, impactSpeedMps: impact, surface: s.surface, rolled });
      }
      s.grounded = true;
      s.airTimeS = 0;
      s.airTravelM = 0;
      s.canCoyote = true;
      s.lastGroundY = this.ground.heightM;
      s.airCapMps = Number.POSITIVE_INFINITY;
    } else {
      // Leaving the ground without a jump: air control keeps at most the speed it had.
      if (s.grounded) s.airCapMps = Math.max(DMath.hypot(v.x, v.z), this.config.parkour.jumpCarryMps);
      s.grounded = false;
    }
  }

  /** Wish velocity from the sticks (or the locked legs of a roll or stumble), air cap, ride spring. */
  private applyMove(cmd: InputCmd, locked: boolean): void {
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
    let wx = locked ? this.landing.wishX : (-sin * my + cos * mx) * speed;
    let wz = locked ? this.landing.wishZ : (-cos * my - sin * mx) * speed;
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
    const accel = s.grounded || locked ? c.groundAccelMps2 : len > 1e-3 ? c.airAccelMps2 : 0;
    const dvx = wx - v.x;
    const dvz = wz - v.z;
    const dl = DMath.hypot(dvx, dvz);
    const maxDv = accel * FIXED_DT;
    const k = dl > maxDv ? maxDv / dl : 1;
    v.x += dvx * k;
    v.z += dvz * k;
    if (!s.grounded) {
      const h = DMath.hypot(v.x, v.z);
      if (h > s.airCapMps) {
        v.x *= s.airCapMps / h;
        v.z *= s.airCapMps / h;
      }
    }

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
    // All slots, not only the live ones: cheap, and stale slots are deterministic too.
    for (let i = 0; i < this.contactNormals.length; i++) h.num(this.contactNormals[i]);
    h.num(s.airTravelM).num(s.rollArmS).num(s.landedImpactMps).bool(s.landedRolled);
    hashMove(s.move, h);
    h.u32v(s.ladder >>> 0).num(s.lastGroundY).num(s.airCapMps).num(s.climbedM).bool(s.leapOverGap);
    h.u32v(b.collisionFilterMask);
    this.landing.hashInto(h);
    const st = this.stats;
    h.u32v(st.vaults).u32v(st.mantles).u32v(st.climbs).u32v(st.gapJumps);
  }
}
