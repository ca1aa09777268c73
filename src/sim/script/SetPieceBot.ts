import { Buttons, type InputCmd } from "../input/InputCmd";
import { FIXED_DT } from "../core/time";
import type { Anchor } from "../world/Level";
import { ChaseFollower, type ChaseSenses } from "./ChaseFollower";
import type { DirectorGoal } from "./Director";
import { DMath } from "../core/DMath";
import { DEG } from "../core/units";

/** What the bot can see: only what a player's eyes and HUD would tell them. */
export interface BotSenses {
  player: {
    position: { x: number; y: number; z: number };
    velocity: { x: number; y: number; z: number };
    eyeHeightM: number;
    dead?: boolean;
  };
  /** Rounds in the magazine of the weapon in hand (the HUD shows it); undefined when unarmed. */
  magazine?: number;
  enemies: readonly { alive: boolean; active: boolean; center: { x: number; y: number; z: number } }[];
  /** Line of sight between two points (through the level's solid geometry). */
  canSee(ax: number, ay: number, az: number, bx: number, by: number, bz: number): boolean;
  anchor(name: string): Anchor | undefined;
  /** In a chase: the line to run and the courier (what a player sees of him). */
  chase?: Omit<ChaseSenses, "position" | "velocity">;
}

/** How the bot plays; angles in degrees, times in seconds. */
export interface BotConfig {
  /** Fastest turn of the head, like a quick wrist: degrees per second. */
  turnDegPerS: number;
  /** Fires only when the aim is this close to the target. */
  fireWithinDeg: number;
  /** Seconds without progress before it jumps. */
  stuckS: number;
  /** Ignores enemies further than this, metres. */
  engageM: number;
  /** Seconds between a new enemy coming into view and the first shot at it. */
  reactS: number;
}

/** A good player, not an aimbot: a human flick, a moment to react to each new target. */
export const DEFAULT_BOT: BotConfig = { turnDegPerS: 300, fireWithinDeg: 2.5, stuckS: 0.6, engageM: 45, reactS: 0.35 };

/**
 * The autopilot for set pieces: plays through InputCmds only, exactly what a player's
 * hands could produce, following the director's goal (go to, look at, press, walk) and
 * fighting where it must (aim with a limited turn rate, fire in bursts, reload).
 */
export class SetPieceBot {
  private yaw = 0;
  private pitch = 0;
  private stuckTicks = 0;
  private lastDist = Number.POSITIVE_INFINITY;
  private fireHeld = false;
  private pressToggle = false;
  private strafeTicks = 0;
  private lastTarget: unknown = null;
  private reactTicks = 0;
  private readonly chaser = new ChaseFollower();

  constructor(
    startYawRad: number,
    readonly config: BotConfig = DEFAULT_BOT,
  ) {
    this.yaw = startYawRad;
  }

  /** Writes this tick's command for the director's goal. */
  next(goal: DirectorGoal, s: BotSenses, cmd: InputCmd): InputCmd {
    cmd.moveX = 0;
    cmd.moveY = 0;
    cmd.buttons = 0;
    const p = s.player;
    const ex = p.position.x;
    const ey = p.position.y + p.eyeHeightM;
    const ez = p.position.z;
    // Mid-flight in a chase the legs come first: a player keeps pushing forward over a gap.
    const flying = goal.kind === "chase" && Math.abs(p.velocity.y) > 0.3;
    const target = flying ? null : this.visibleEnemy(s, ex, ey, ez);
    if (target) {
      // Fight: face the enemy, fire when on target, step sideways a little.
      const onTarget = this.aimAt(target.center.x, target.center.y + 0.2, target.center.z, ex, ey, ez);
      if (target !== this.lastTarget) {
        this.lastTarget = target;
        this.reactTicks = Math.round(this.config.reactS / FIXED_DT);
      }
      if (this.reactTicks > 0) this.reactTicks--;
      else if (s.magazine === 0) cmd.buttons |= Buttons.reload;
      else if (onTarget) {
        // Alternate press and release: every press is an edge, for single-shot weapons too.
        this.fireHeld = !this.fireHeld;
        if (this.fireHeld) cmd.buttons |= Buttons.fire;
      }
      // Side-step every second or so, as a player does under fire.
      this.strafeTicks++;
      cmd.moveX = DMath.sin(this.strafeTicks * 0.1) > 0 ? 0.6 : -0.6;
    } else if (goal.kind === "fight") {
      const e = this.nearestEnemy(s, ex, ez);
      if (e) this.walkTo(e.center.x, e.center.z, ex, ez, cmd, 2, false);
    } else if (goal.kind === "goto") {
      const a = s.anchor(goal.anchor);
      if (a) this.walkTo(a.position[0], a.position[2], ex, ez, cmd, 0, true);
    } else if (goal.kind === "look") {
      const a = s.anchor(goal.anchor);
      if (a) this.aimAt(a.position[0], a.position[1], a.position[2], ex, ey, ez);
    } else if (goal.kind === "press") {
      // A press is an edge: alternate so each press is a fresh one.
      this.pressToggle = !this.pressToggle;
      if (this.pressToggle) cmd.buttons |= Buttons[goal.button];
    } else if (goal.kind === "walk") {
      cmd.moveY = 1;
    } else if (goal.kind === "chase" && s.chase) {
      this.chaser.next(this.chaseSenses(s, s.chase), cmd);
      this.aimAt(this.chaser.targetX, ey, this.chaser.targetZ, ex, ey, ez);
      this.pitch = 0;
    }
    cmd.yawRad = this.yaw;
    cmd.pitchRad = this.pitch;
    return cmd;
  }

  private chaseView: ChaseSenses | null = null;

  /** The chase as the follower reads it: made once, reading through to the senses. */
  private chaseSenses(s: BotSenses, chase: NonNullable<BotSenses["chase"]>): ChaseSenses {
    this.chaseView ??= {
      position: s.player.position,
      velocity: s.player.velocity,
      get line() {
        return chase.line;
      },
      courier: chase.courier,
      canSee: (x, y, z) => chase.canSee(x, y, z),
    };
    return this.chaseView;
  }

  private visibleEnemy(s: BotSenses, ex: number, ey: number, ez: number): BotSenses["enemies"][number] | null {
    let best: BotSenses["enemies"][number] | null = null;
    let bestD = this.config.engageM;
    for (const e of s.enemies) {
      if (!e.active || !e.alive) continue;
      const d = DMath.hypot(e.center.x - ex, e.center.z - ez);
      if (d < bestD && s.canSee(ex, ey, ez, e.center.x, e.center.y, e.center.z)) {
        best = e;
        bestD = d;
      }
    }
    return best;
  }

  private nearestEnemy(s: BotSenses, ex: number, ez: number): BotSenses["enemies"][number] | null {
    let best: BotSenses["enemies"][number] | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const e of s.enemies) {
      if (!e.active || !e.alive) continue;
      const d = DMath.hypot(e.center.x - ex, e.center.z - ez);
      if (d < bestD) {
        best = e;
        bestD = d;
      }
    }
    return best;
  }

  /** Turns toward a point at the configured rate; true when within the fire cone. */
  private aimAt(tx: number, ty: number, tz: number, ex: number, ey: number, ez: number): boolean {
    const dx = tx - ex;
    const dy = ty - ey;
    const dz = tz - ez;
    const wantYaw = DMath.atan2(-dx, -dz);
    const wantPitch = DMath.atan2(dy, DMath.hypot(dx, dz));
    const maxStep = this.config.turnDegPerS * DEG * FIXED_DT;
    let dYaw = wantYaw - this.yaw;
    dYaw = DMath.atan2(DMath.sin(dYaw), DMath.cos(dYaw));
    const dPitch = wantPitch - this.pitch;
    this.yaw += Math.max(-maxStep, Math.min(maxStep, dYaw));
    this.yaw = DMath.atan2(DMath.sin(this.yaw), DMath.cos(this.yaw));
    this.pitch += Math.max(-maxStep, Math.min(maxStep, dPitch));
    return DMath.hypot(dYaw, dPitch) < this.config.fireWithinDeg * DEG;
  }

  private walkTo(tx: number, tz: number, ex: number, ez: number, cmd: InputCmd, stopM: number, sprint: boolean): void {
    const dist = DMath.hypot(tx - ex, tz - ez);
    this.aimAt(tx, 0, tz, ex, 0, ez);
    this.pitch = 0;
    cmd.moveY = dist > stopM ? 1 : 0;
    if (sprint) cmd.buttons |= Buttons.sprint;
    this.stuckTicks = dist < this.lastDist - 0.02 ? 0 : this.stuckTicks + 1;
    this.lastDist = dist;
    if (this.stuckTicks > this.config.stuckS / FIXED_DT) {
      cmd.buttons |= Buttons.jump;
      cmd.moveX = 1;
      this.stuckTicks = 0;
    }
  }
}
