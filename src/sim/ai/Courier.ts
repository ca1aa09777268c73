import type { ChaseMove } from "../../content/script";
import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import type { Rng } from "../core/Rng";
import { FIXED_DT } from "../core/time";
import type { LineLeg } from "./ChaseLine";
import { type CourierConfig, DEFAULT_COURIER } from "./CourierConfig";
import { movePoint, moveSeconds } from "./CourierMoves";

/** What the courier is doing, for the view (and the bot's eyes). */
export type CourierAct = "stand" | ChaseMove | "hide" | "cornered" | "caught";

/** What he tells the script this tick. */
export type CourierNews = "warn1" | "warn2" | "lost" | "caught" | null;

/** Henry as the courier sees him: feet, horizontal speed, and whether he punched this tick. */
export interface CourierSees {
  x: number;
  y: number;
  z: number;
  speedMps: number;
  punched: boolean;
  /** Henry is under fire (the courier's guards are busy with him). */
  fighting: boolean;
}

const _p = { x: 0, y: 0, z: 0 };

/**
 * The courier with the glowing device: runs an authored line of legs (runs, vaults,
 * mantles, ladders, leaps, drops), faster with Henry close behind and slower far ahead,
 * looking back over his shoulder now and then, waiting behind his guards while they shoot.
 * Gets away if Henry falls too far back (the script restarts the run), is caught by a
 * punch or a tackle, and is cornered at the end of his line. Kinematic: no physics body.
 */
export class Courier {
  active = false;
  readonly position = { x: 0, y: 0, z: 0 };
  yawRad = 0;
  act: CourierAct = "stand";
  /** Progress through the current move, 0..1. */
  moveProgress01 = 0;
  /** 0..1: how far he has turned to look back. */
  lookBack01 = 0;
  caught = false;
  /** The device's glow, 0..1: a slow double beat in his hand, quicker once Henry holds it. */
  devicePulse01 = 0;
  private pulsePhase = 0;
  private legs: LineLeg[] = [];
  private index = 0;
  private moveT = 0;
  private lookTimerS = 0;
  private lookLeftS = 0;
  private farS = 0;
  private warned = 0;

  constructor(
    private readonly rng: Rng,
    readonly config: CourierConfig = DEFAULT_COURIER,
  ) {}

  /** Puts him at the start of his resolved line, running. */
  start(legs: LineLeg[]): void {
    this.legs = legs;
    this.active = legs.length > 0;
    this.caught = false;
    this.place(0);
    this.lookTimerS = this.config.lookEveryS;
  }

  /** Distance to Henry's feet, metres. */
  distanceTo(h: { x: number; y: number; z: number }): number {
    return DMath.hypot3(h.x - this.position.x, h.y - this.position.y, h.z - this.position.z);
  }

  /** One tick. Returns news for the script (a warning, lost, caught) or null. */
  step(h: CourierSees): CourierNews {
    if (!this.active) return null;
    this.beat();
    if (this.caught) return null;
    const c = this.config;
    const d = this.distanceTo(h);
    if (this.tryCatch(h)) return "caught";
    this.look(d);
    if (this.index >= this.legs.length) {
      this.act = "cornered";
      this.face(h.x, h.z);
      return null;
    }
    if (h.fighting && d > c.hideFromM && this.legs[this.index].via === "run") {
      this.act = "hide";
      this.face(h.x, h.z);
    } else this.advance(d);
    return this.news(d, h.fighting);
  }

  /** Puts him back on his line `restartLeadM` ahead of a restarting Henry (his nearest point at that height). */
  restartNear(x: number, y: number, z: number): void {
    if (!this.active || this.caught) return;
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let i = 0; i < this.legs.length; i++) {
      const l = this.legs[i];
      const dd = DMath.hypot(l.x0 - x, l.z0 - z) + 4 * Math.abs(l.y0 - y);
      if (dd < bestD) {
        bestD = dd;
        best = i;
      }
    }
    let i = best;
    while (i < this.legs.length - 1 && DMath.hypot(this.legs[i].x1 - x, this.legs[i].z1 - z) < this.config.restartLeadM) i++;
    this.place(Math.min(i + 1, this.legs.length));
    this.farS = 0;
    this.warned = 0;
  }

  private place(index: number): void {
    this.index = index;
    this.moveT = 0;
    this.moveProgress01 = 0;
    const l = this.legs[Math.min(index, this.legs.length - 1)];
    const atEnd = index >= this.legs.length;
    if (!l) return;
    this.position.x = atEnd ? l.x1 : l.x0;
    this.position.y = atEnd ? l.y1 : l.y0;
    this.position.z = atEnd ? l.z1 : l.z0;
    this.act = atEnd ? "cornered" : "run";
    if (!atEnd) this.yawRad = DMath.atan2(-(l.x1 - l.x0), -(l.z1 - l.z0));
  }

  private tryCatch(h: CourierSees): boolean {
    const c = this.config;
    const flat = DMath.hypot(h.x - this.position.x, h.z - this.position.z);
    if (Math.abs(h.y - this.position.y) > c.catchUpM) return false;
    const punched = h.punched && flat <= c.catchM;
    const tackled = flat <= c.tackleM && h.speedMps >= c.tackleMps;
    if (!punched && !tackled) return false;
    this.caught = true;
    this.act = "caught";
    this.moveProgress01 = 0;
    this.face(h.x, h.z);
    return true;
  }

  /** Runs or moves along the current leg; the speed of a run follows how close Henry is. */
  private advance(dM: number): void {
    const c = this.config;
    const leg = this.legs[this.index];
    if (leg.via === "run") {
      this.act = "run";
      let speed = dM < c.panicM ? c.panicMps : dM > c.farM ? c.farMps : c.runMps;
      if (this.lookBack01 > 0.5) speed *= 0.9;
      const dx = leg.x1 - this.position.x;
      const dz = leg.z1 - this.position.z;
      const dist = DMath.hypot(dx, dz);
      const step = speed * FIXED_DT;
      if (dist <= step) {
        this.position.x = leg.x1;
        this.position.z = leg.z1;
        this.position.y = leg.y1;
        this.index++;
        this.moveT = 0;
      } else {
        this.position.x += (dx / dist) * step;
        this.position.z += (dz / dist) * step;
        this.yawRad = DMath.atan2(-dx, -dz);
      }
      return;
    }
    this.act = leg.via;
    const dur = moveSeconds(leg, c);
    this.moveT += FIXED_DT;
    const u = Math.min(1, this.moveT / dur);
    this.moveProgress01 = u;
    movePoint(leg, u, c, _p);
    this.position.x = _p.x;
    this.position.y = _p.y;
    this.position.z = _p.z;
    if (DMath.hypot(leg.x1 - leg.x0, leg.z1 - leg.z0) > 0.2) this.yawRad = DMath.atan2(-(leg.x1 - leg.x0), -(leg.z1 - leg.z0));
    if (u >= 1) {
      this.index++;
      this.moveT = 0;
    }
  }

  /** Over his shoulder every few seconds (seeded), longer when Henry is far. */
  private look(dM: number): void {
    const c = this.config;
    if (this.lookLeftS > 0) this.lookLeftS -= FIXED_DT;
    else {
      this.lookTimerS -= FIXED_DT;
      if (this.lookTimerS <= 0) {
        this.lookLeftS = c.lookS * (dM > c.farM ? 1.5 : 1);
        this.lookTimerS = c.lookEveryS + this.rng.range(0, c.lookJitterS);
      }
    }
    const want = this.lookLeftS > 0 ? 1 : 0;
    this.lookBack01 += Math.max(-FIXED_DT * 5, Math.min(FIXED_DT * 5, want - this.lookBack01));
  }

  /** Warnings as he gets away, and lost after `lostAfterS` too far (never while Henry fights). */
  private news(dM: number, fighting: boolean): CourierNews {
    const c = this.config;
    this.farS = dM > c.lostM && !fighting ? this.farS + FIXED_DT : 0;
    if (this.farS >= c.lostAfterS) {
      this.farS = 0;
      this.warned = 0;
      return "lost";
    }
    if (dM < c.warnM - 6) this.warned = 0;
    if (this.warned < 1 && dM > c.warnM && !fighting) {
      this.warned = 1;
      return "warn1";
    }
    if (this.warned < 2 && dM > c.warn2M && !fighting) {
      this.warned = 2;
      return "warn2";
    }
    return null;
  }

  /** A double beat, like a heart: a strong pulse and a weaker echo each cycle. */
  private beat(): void {
    this.pulsePhase = (this.pulsePhase + (this.caught ? this.config.heldPulseHz : this.config.pulseHz) * FIXED_DT) % 1;
    const a = Math.max(0, DMath.sin(2 * Math.PI * this.pulsePhase));
    const b = Math.max(0, DMath.sin(2 * Math.PI * this.pulsePhase - 1.6));
    this.devicePulse01 = Math.min(1, a * a * a + 0.6 * b * b * b * b);
  }

  private face(x: number, z: number): void {
    this.yawRad = DMath.atan2(-(x - this.position.x), -(z - this.position.z));
  }

  hashInto(h: Hasher): void {
    h.bool(this.active).bool(this.caught).str(this.act).u32v(this.index).u32v(this.legs.length);
    h.num(this.position.x).num(this.position.y).num(this.position.z).num(this.yawRad);
    h.num(this.moveT).num(this.moveProgress01).num(this.lookBack01).num(this.lookTimerS).num(this.lookLeftS);
    h.num(this.farS).u32v(this.warned).num(this.pulsePhase).num(this.devicePulse01);
    // The line he runs: its branches were drawn from the generator when the chase began.
    for (const l of this.legs) h.str(l.via).num(l.x0).num(l.y0).num(l.z0).num(l.x1).num(l.y1).num(l.z1);
  }
}
