import { Quaternion } from "three";
import type { MercView } from "../../sim/combat/CombatView";
import { HENRY, type SimEvent } from "../../sim/core/SimEvent";
import type { LevelBox } from "../../sim/world/Level";
import { createBodyInput } from "./BodyInput";
import { FigurePose } from "./FigurePose";
import { HOLDS } from "./holds";
import { type Outfit, outfitById } from "./outfits";
import { Ragdolls } from "./Ragdolls";
import { BONE_COUNT, POSE_FLOATS } from "./skeleton";

/** Tuning of how the core's mercenaries become bodies. */
export const MERC_BODIES = {
  /** Rounds a mercenary fires before the view shows a reload in its next long pause. */
  magazineRounds: 30,
  /** A pause between bursts at least this long can hold a reload, seconds. */
  reloadMinPauseS: 0.8,
  /** A round from Henry strikes the mercenary whose body centre is this close to where it stopped, metres. */
  hitMatchM: 1.3,
  /** Hit strengths: a rifle round, a pistol round, a punch, a thrown prop, a blast. */
  rifleHit: 1,
  pistolHit: 0.9,
  meleeHit: 1.6,
  throwHit: 1.2,
  blastHit: 2,
} as const;

const F = POSE_FLOATS;

/**
 * The core's mercenaries as bodies: one FigurePose per slot, fed each tick from the
 * mercenary's view (where it stands and moves, its facing, crouch, stagger, where its
 * weapon points) and from the events (its shots recoil, Henry's rounds, punches and
 * blasts land where they struck), dressed by its role, and a ragdoll from its death.
 * Writes two pose buffers (last tick and this tick) for the view to blend. Reads the
 * core only.
 */
export class MercBodies {
  readonly poses: FigurePose[] = [];
  /** Pose buffers of the previous and the current tick, POSE_FLOATS per slot. */
  readonly prev: Float32Array;
  readonly curr: Float32Array;
  /** Whether a slot shows a figure this tick. */
  readonly visible: Uint8Array;
  readonly ragdolls: Ragdolls;
  private readonly input = createBodyInput();
  private readonly wasActive: Uint8Array;
  private readonly wasAlive: Uint8Array;
  private readonly rounds: Int32Array;
  /** This tick's blow per slot: direction (3), height above the feet, strength; strength 0 = none. */
  private readonly blow: Float32Array;
  private readonly deathLocal: Quaternion[][] = [];
  private readonly slotOfId = new Map<number, number>();
  private blastX = 0;
  private blastY = 0;
  private blastZ = 0;

  constructor(
    private readonly mercs: readonly MercView[],
    boxes: readonly LevelBox[],
  ) {
    const n = mercs.length;
    this.prev = new Float32Array(n * F);
    this.curr = new Float32Array(n * F);
    this.visible = new Uint8Array(n);
    this.wasActive = new Uint8Array(n);
    this.wasAlive = new Uint8Array(n);
    this.rounds = new Int32Array(n);
    this.blow = new Float32Array(n * 5);
    this.ragdolls = new Ragdolls(n, boxes);
    mercs.forEach((m, i) => {
      this.poses.push(new FigurePose(m.id));
      this.slotOfId.set(m.id, i);
      this.deathLocal.push(Array.from({ length: BONE_COUNT }, () => new Quaternion()));
    });
  }

  /** The outfit a slot wears (its role's, or the mercenary's). */
  outfitOf(i: number): Outfit {
    return outfitById(this.mercs[i].role) ?? (outfitById("merc") as Outfit);
  }

  onEvent(e: SimEvent): void {
    switch (e.kind) {
      case "shot": {
        if (e.shooter !== HENRY) {
          const i = this.slotOfId.get(e.shooter);
          if (i === undefined) break;
          this.poses[i].fire();
          this.rounds[i]++;
        } else if (e.hit === "enemy") {
          const i = this.struck(e.to[0], e.to[1], e.to[2]);
          if (i >= 0) {
            const s = e.weapon === "rifle" ? MERC_BODIES.rifleHit : MERC_BODIES.pistolHit;
            this.land(i, e.to[0] - e.from[0], e.to[1] - e.from[1], e.to[2] - e.from[2], e.to[1] - this.mercs[i].position.y, s);
          }
        }
        break;
      }
      case "explosion":
        this.blastX = e.position[0];
        this.blastY = e.position[1];
        this.blastZ = e.position[2];
        break;
      case "damage": {
        const i = this.slotOfId.get(e.target);
        if (i === undefined || e.cause === "bullet") break;
        const m = this.mercs[i];
        const blast = e.cause === "explosion";
        const fx = blast ? this.blastX : e.from[0];
        const fy = blast ? this.blastY : e.from[1];
        const fz = blast ? this.blastZ : e.from[2];
        const s = blast ? MERC_BODIES.blastHit : e.cause === "melee" ? MERC_BODIES.meleeHit : MERC_BODIES.throwHit;
        this.land(i, m.center.x - fx, blast ? 0.6 : m.center.y - fy, m.center.z - fz, blast ? 1 : 1.3, s);
        break;
      }
      default:
        break;
    }
  }

  /** The mercenary slot whose body is nearest a point (where a round stopped), or -1. */
  private struck(x: number, y: number, z: number): number {
    let best = -1;
    let bestD: number = MERC_BODIES.hitMatchM;
    this.mercs.forEach((m, i) => {
      if (!m.active) return;
      const d = Math.hypot(m.center.x - x, m.center.y - y, m.center.z - z);
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    return best;
  }

  private land(i: number, dx: number, dy: number, dz: number, heightM: number, strength: number): void {
    const l = Math.hypot(dx, dy, dz) || 1;
    const b = this.blow;
    const k = i * 5;
    b[k] = dx / l;
    b[k + 1] = dy / l;
    b[k + 2] = dz / l;
    b[k + 3] = heightM;
    b[k + 4] = strength;
    if (this.mercs[i].alive) this.poses[i].hit({ dirX: dx / l, dirY: dy / l, dirZ: dz / l, heightM, strength });
  }

  /** One tick (after the core's step and its events): every slot's pose, then the dolls. */
  step(tick: number, dtS: number): void {
    this.prev.set(this.curr);
    const inp = this.input;
    for (let i = 0; i < this.mercs.length; i++) {
      const m = this.mercs[i];
      const o = i * F;
      const pose = this.poses[i];
      if (!m.active) {
        if (this.wasActive[i]) this.ragdolls.remove(i);
        this.wasActive[i] = 0;
        this.visible[i] = 0;
        continue;
      }
      const spawned = !this.wasActive[i] || (m.alive && !this.wasAlive[i]);
      if (m.alive) {
        this.fill(m);
        if (spawned) {
          pose.setHold(HOLDS[this.outfitOf(i).hold]);
          pose.reset();
          this.rounds[i] = 0;
          this.ragdolls.remove(i);
        }
        this.maybeReload(i, m);
        pose.step(inp, dtS, tick);
        pose.write(this.curr, o);
      } else if (this.wasAlive[i] || !this.ragdolls.has(i)) {
        this.die(i, m, tick);
      }
      if (spawned) this.prev.set(this.curr.subarray(o, o + F), o);
      this.wasActive[i] = 1;
      this.wasAlive[i] = m.alive ? 1 : 0;
      this.visible[i] = 1;
      this.blow[i * 5 + 4] = 0;
    }
    this.ragdolls.step(this.mercs, dtS);
    for (let i = 0; i < this.mercs.length; i++) {
      const m = this.mercs[i];
      if (m.active && !m.alive) this.ragdolls.write(i, this.deathLocal[i], this.curr, i * F);
    }
  }

  private fill(m: MercView): void {
    const inp = this.input;
    inp.x = m.position.x;
    inp.y = m.position.y;
    inp.z = m.position.z;
    inp.vx = m.velocity.x;
    inp.vz = m.velocity.z;
    inp.yawRad = m.yawRad;
    inp.crouch01 = m.crouched ? 1 : 0;
    inp.aiming = m.aiming;
    inp.aimX = m.aimAt.x;
    inp.aimY = m.aimAt.y;
    inp.aimZ = m.aimAt.z;
    inp.looking = m.state !== "patrol";
    inp.lookX = m.aimAt.x;
    inp.lookY = m.aimAt.y;
    inp.lookZ = m.aimAt.z;
    inp.staggered = m.staggered;
  }

  /** A long pause after a burst, with a magazine's worth fired: a reload fits in it. */
  private maybeReload(i: number, m: MercView): void {
    if (this.rounds[i] < MERC_BODIES.magazineRounds || m.sinceShotTicks > 2 || m.readyInS < MERC_BODIES.reloadMinPauseS) return;
    if (this.poses[i].actions.busy) return;
    this.poses[i].play("reload", m.readyInS * 0.95);
    this.rounds[i] = 0;
  }

  /** The mercenary died (or was found dead): its doll starts from this tick's pose and the last blow (else it falls back). */
  private die(i: number, m: MercView, tick: number): void {
    const pose = this.poses[i];
    if (!this.wasActive[i]) {
      // Never seen standing (a view made mid-run): stand it where it lies first.
      this.fill(m);
      pose.reset();
      pose.step(this.input, 1 / 60, tick);
    }
    const b = this.blow;
    const k = i * 5;
    const hit = b[k + 4] > 0;
    for (let j = 0; j < BONE_COUNT; j++) this.deathLocal[i][j].copy(pose.skel.local[j]);
    const dx = hit ? b[k] : Math.sin(m.yawRad);
    const dz = hit ? b[k + 2] : Math.cos(m.yawRad);
    this.ragdolls.start(i, pose.skel.world, m, dx, hit ? b[k + 1] : 0, dz, hit ? b[k + 4] : 0.5, m.id * 7919 + tick);
  }

  dispose(): void {
    this.ragdolls.dispose();
  }
}
