import { DMath } from "../core/DMath";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import type { MoverHost, MoverState } from "./MoverHost";

/** A leap that lands more than this under its takeoff fell into the gap, metres. */
const GAP_MADE_BELOW_M = 1.5;

/** The landing's part of the mover state: the verbs' fields, and how long a crouch pressed before touchdown still counts as a roll. */
interface LandingState extends MoverState {
  rollArmS: number;
  landedImpactMps: number;
  landedRolled: boolean;
  crouched: boolean;
}

/**
 * What happens when the feet come down: a crouch pressed in the last `rollWindowS` (or
 * held) turns a landing from `rollMinMps` up into a roll that keeps the run and halves the
 * fall damage; a hard landing without one locks the legs for `stumbleS` and kills the
 * speed. A leap that took off toward a gap counts as a gap jump when it lands alive.
 * The sim turns `landedImpactMps` / `landedRolled` into damage (`fallDamage`).
 */
export class Landing {
  private lastTick = 0;

  constructor(private readonly h: MoverHost & { readonly state: LandingState }) {}

  /** At touchdown with `impactMps` of fall speed; returns whether it rolled. */
  land(impactMps: number, crouchHeld: boolean, tick: number): boolean {
    const h = this.h;
    const s = h.state;
    const pk = h.config.parkour;
    if (s.move.kind === "leap") {
      // Made it across: down on ground not far under the takeoff (a drop into the gap is no gap jump).
      if (s.leapOverGap && impactMps < pk.fallDeadlyMps && h.body.position.y > s.move.y0 - GAP_MADE_BELOW_M) h.stats.gapJumps++;
      s.move.kind = "none";
      s.leapOverGap = false;
    }
    const rolled = impactMps >= pk.rollMinMps && impactMps < pk.fallDeadlyMps && (s.rollArmS > 0 || crouchHeld);
    s.landedImpactMps = impactMps;
    s.landedRolled = rolled;
    s.rollArmS = 0;
    if (!rolled && impactMps <= pk.fallSafeMps) return false;
    const v = h.body.velocity;
    const speed = DMath.hypot(v.x, v.z);
    let dx = -DMath.sin(s.yawRad);
    let dz = -DMath.cos(s.yawRad);
    if (speed > 0.5) {
      dx = v.x / speed;
      dz = v.z / speed;
    }
    const m = s.move;
    m.kind = rolled ? "roll" : "stumble";
    m.startTick = tick;
    m.durTicks = Math.round((rolled ? pk.rollS : pk.stumbleS) / FIXED_DT);
    const keep = rolled ? Math.max(speed * pk.rollKeep, pk.rollMinSpeedMps) : speed * pk.stumbleKeep;
    m.exitVx = dx * keep;
    m.exitVz = dz * keep;
    h.events.push({ kind: "move", tick, move: m.kind });
    return rolled;
  }

  /** Whether a roll or a stumble holds the legs this tick (ends it when its time is up). */
  locked(tick: number): boolean {
    this.lastTick = tick;
    const m = this.h.state.move;
    if (m.kind !== "roll" && m.kind !== "stumble") return false;
    if (tick - m.startTick < m.durTicks) return true;
    m.kind = "none";
    return false;
  }

  /** The velocity the locked legs carry (the roll's run, or the stumble's), m/s. */
  get wishX(): number {
    return this.h.state.move.exitVx;
  }
  get wishZ(): number {
    return this.h.state.move.exitVz;
  }

  /** The eye's target height: through a roll it dips to `rollEyeM` and comes back up. */
  eyeTarget(baseM: number): number {
    const m = this.h.state.move;
    if (m.kind !== "roll") return baseM;
    const u = Math.min(1, Math.max(0, (this.lastTick + 1 - m.startTick) / m.durTicks));
    const low = this.h.config.parkour.rollEyeM;
    return baseM - (baseM - low) * DMath.sin(Math.PI * u);
  }

  hashInto(h: Hasher): void {
    h.u32v(this.lastTick);
  }
}
