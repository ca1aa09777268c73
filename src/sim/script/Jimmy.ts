import type { JimmyNags } from "../../content/script";
import type { Hasher } from "../core/Hasher";
import { FIXED_DT } from "../core/time";
import type { Anchor } from "../world/Level";
import { DMath } from "../core/DMath";

/** Jimmy's pace and patience; distances in metres, times in seconds. */
export interface JimmyConfig {
  runSpeedMps: number;
  /** He waits at a route point until Henry is this close. */
  waitForM: number;
  /** Henry further than this behind is lagging. */
  lagM: number;
  lagAfterS: number;
  /** Henry moving away from Jimmy for this long is a wrong turn. */
  wrongTurnAfterS: number;
  /** Henry standing still this long gets a shout. */
  stillAfterS: number;
  /** No two nags closer together than this. */
  nagCooldownS: number;
}

export const DEFAULT_JIMMY: JimmyConfig = {
  runSpeedMps: 6.5,
  waitForM: 14,
  lagM: 35,
  lagAfterS: 3,
  wrongTurnAfterS: 2,
  stillAfterS: 7,
  nagCooldownS: 9,
};

/** The street's nags (a set piece may bring its own). */
export const STREET_NAGS: JimmyNags = { lag: ["jimmy.lag", "jimmy.lag2"], wrong: ["jimmy.wrong"], still: ["jimmy.still", "jimmy.still2"] };

/**
 * The ally: runs ahead along an authored route of anchors, waits for Henry at each, and
 * shouts when Henry lags, turns the wrong way or stands still. Kinematic (no physics
 * body): he never blocks Henry and never changes the fight.
 */
export class Jimmy {
  active = false;
  guise = "";
  readonly position = { x: 0, y: 0, z: 0 };
  yawRad = 0;
  private route: Anchor[] = [];
  private index = 0;
  private lagS = 0;
  private wrongS = 0;
  private stillS = 0;
  private cooldownS = 0;
  private nagCount = 0;

  constructor(
    readonly config: JimmyConfig = DEFAULT_JIMMY,
    private readonly nags: JimmyNags = STREET_NAGS,
  ) {}

  /** Starts (or changes) his route: he appears at the first point ahead of Henry. */
  setRoute(route: Anchor[], guise: string): void {
    this.route = route;
    this.guise = guise;
    this.index = 0;
    this.active = route.length > 0;
    if (this.active) {
      const a = route[0].position;
      this.position.x = a[0];
      this.position.y = a[1];
      this.position.z = a[2];
    }
  }

  /** The route point he is heading for or waiting at, or null at the end. */
  get target(): Anchor | null {
    return this.route[this.index] ?? null;
  }

  /**
   * One tick. Returns the id of a line to shout, or null.
   * @param henry Henry's feet and horizontal velocity.
   * @param combat true while a fight is on (he keeps quiet about standing still then).
   */
  step(henry: { x: number; y: number; z: number; vx: number; vz: number }, combat: boolean): string | null {
    if (!this.active) return null;
    const c = this.config;
    const target = this.target;
    // Distances count height too: in a tower, a floor apart is not close.
    const toHenry = DMath.hypot3(henry.x - this.position.x, henry.y - this.position.y, henry.z - this.position.z);
    if (target) {
      const dx = target.position[0] - this.position.x;
      const dy = target.position[1] - this.position.y;
      const dz = target.position[2] - this.position.z;
      const d = DMath.hypot3(dx, dy, dz);
      const stepM = c.runSpeedMps * FIXED_DT;
      if (d <= stepM) {
        this.position.x = target.position[0];
        this.position.z = target.position[2];
        this.position.y = target.position[1];
        if (toHenry <= c.waitForM && this.index < this.route.length - 1) this.index++;
      } else if (toHenry <= c.lagM * 1.5) {
        this.position.x += (dx / d) * stepM;
        this.position.y += (dy / d) * stepM;
        this.position.z += (dz / d) * stepM;
        if (DMath.hypot(dx, dz) > 1e-6) this.yawRad = DMath.atan2(-dx, -dz);
      }
    }
    this.cooldownS = Math.max(0, this.cooldownS - FIXED_DT);
    const speed = DMath.hypot(henry.vx, henry.vz);
    const towardX = this.position.x - henry.x;
    const towardZ = this.position.z - henry.z;
    const flat = DMath.hypot(towardX, towardZ);
    const away = speed > 2 && (henry.vx * towardX + henry.vz * towardZ) / (speed * (flat || 1)) < -0.5 && toHenry > 10;
    this.lagS = toHenry > c.lagM ? this.lagS + FIXED_DT : 0;
    this.wrongS = away ? this.wrongS + FIXED_DT : 0;
    this.stillS = speed < 0.3 && !combat ? this.stillS + FIXED_DT : 0;
    if (this.cooldownS > 0) return null;
    let kind: keyof JimmyNags | null = null;
    if (this.wrongS >= c.wrongTurnAfterS) kind = "wrong";
    else if (this.lagS >= c.lagAfterS) kind = "lag";
    else if (this.stillS >= c.stillAfterS) kind = "still";
    if (!kind) return null;
    this.cooldownS = c.nagCooldownS;
    this.lagS = this.wrongS = this.stillS = 0;
    const lines = this.nags[kind];
    return lines[this.nagCount++ % lines.length];
  }

  hashInto(h: Hasher): void {
    h.bool(this.active).num(this.position.x).num(this.position.y).num(this.position.z).num(this.yawRad);
    h.u32v(this.index).num(this.lagS).num(this.wrongS).num(this.stillS).num(this.cooldownS).u32v(this.nagCount);
    h.str(this.guise).u32v(this.route.length);
    for (const a of this.route) h.num(a.position[0]).num(a.position[1]).num(a.position[2]).num(a.yawRad);
  }
}
