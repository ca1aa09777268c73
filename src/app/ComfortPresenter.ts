import { HENRY, type SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import type { ViewFrame } from "../session/ViewFrame";
import { ComfortOverlay } from "../ui/hud/ComfortOverlay";
import type { Presenter, PresenterContext } from "./Presenter";

/** The comfort vignette's tuning, with units in the names. */
export const COMFORT_VIGNETTE = {
  /** Turning slower than this adds nothing; at `fullTurnDegS` the ring is fully in, deg/s. */
  startTurnDegS: 60,
  fullTurnDegS: 240,
  /** Sprinting closes the ring this far (0..1). */
  sprint01: 0.6,
  /** Above this ground speed Henry sprints, m/s. */
  sprintMps: 6,
  /** The ring closes at this rate and opens at the slower one, per s. */
  closePerS: 10,
  openPerS: 3,
} as const;

/** Rumble per point of damage to Henry (0..1 per point), and for how long, s. */
const RUMBLE_PER_DAMAGE = 1 / 40;
const RUMBLE_HIT_S = 0.15;
/** An explosion rumbles out to this multiple of its damage radius, for this long, s. */
const RUMBLE_BLAST_REACH = 4;
const RUMBLE_BLAST_S = 0.35;

/**
 * The player's comfort and accessibility aids while playing: the optional health bar,
 * the comfort vignette (from the look's turn rate and sprinting, scaled by the setting),
 * and gamepad rumble on hits and explosions.
 */
export class ComfortPresenter implements Presenter {
  private readonly overlay: ComfortOverlay;
  private ring = 0;
  private lastYaw = Number.NaN;
  private lastPitch = 0;
  private lastMs = -1;

  constructor(private readonly ctx: PresenterContext) {
    this.overlay = new ComfortOverlay(ctx.root);
  }

  onEvent(e: SimEvent, sim: Sim): void {
    const rumble = this.ctx.rumble;
    if (!rumble) return;
    if (e.kind === "damage" && e.target === HENRY) rumble(e.amount * RUMBLE_PER_DAMAGE, RUMBLE_HIT_S);
    else if (e.kind === "explosion") {
      const p = sim.player.position;
      const d = Math.hypot(e.position[0] - p.x, e.position[1] - p.y, e.position[2] - p.z);
      const reach = e.radiusM * RUMBLE_BLAST_REACH;
      if (d < reach) rumble(e.strength * (1 - d / reach), RUMBLE_BLAST_S);
    }
  }

  frame(_alpha: number, f: ViewFrame): void {
    const now = performance.now();
    const frameS = this.lastMs < 0 ? 0 : (now - this.lastMs) / 1000;
    // The turn rate uses the true frame time; the ring's easing a clamped one (no jump after a stall).
    const dt = Math.min(0.1, frameS);
    this.lastMs = now;
    const s = this.ctx.settings.get();
    const p = this.ctx.session.sim.player;
    let target = 0;
    if (s.comfortVignette > 0 && frameS > 0 && !Number.isNaN(this.lastYaw)) {
      const c = COMFORT_VIGNETTE;
      // The shorter way round: yaw may wrap at ±180°.
      const dyaw = Math.atan2(Math.sin(f.yawRad - this.lastYaw), Math.cos(f.yawRad - this.lastYaw));
      const turnDegS = (Math.hypot(dyaw, f.pitchRad - this.lastPitch) * 180) / Math.PI / frameS;
      const turn = Math.max(0, Math.min(1, (turnDegS - c.startTurnDegS) / (c.fullTurnDegS - c.startTurnDegS)));
      const sprint = p.grounded && Math.hypot(p.velocity.x, p.velocity.z) > c.sprintMps ? c.sprint01 : 0;
      target = Math.max(turn, sprint) * s.comfortVignette;
    }
    this.lastYaw = f.yawRad;
    this.lastPitch = f.pitchRad;
    const rate = target > this.ring ? COMFORT_VIGNETTE.closePerS : COMFORT_VIGNETTE.openPerS;
    this.ring += (target - this.ring) * Math.min(1, rate * dt);
    this.overlay.update(this.ring, s.healthBar ? p.health01 : null);
  }

  dispose(): void {
    this.overlay.dispose();
  }
}
