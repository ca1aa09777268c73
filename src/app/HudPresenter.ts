import { HENRY, type SimEvent } from "../sim/core/SimEvent";
import { WEAPONS } from "../sim/combat/CombatConfig";
import type { Sim } from "../sim/SimTypes";
import { DEG } from "../sim/core/units";
import { Hud } from "../ui/hud/Hud";
import type { ViewFrame } from "../session/ViewFrame";
import { MAX_FRAME_DT_S, type Presenter, type PresenterContext } from "./Presenter";

/** Heart rate at full health and near death, beats per minute. */
const HEART_CALM_BPM = 70;
const HEART_HURT_BPM = 150;
const SECONDS_PER_MINUTE = 60;

/** Aiming narrows the view by this factor (the look speed follows it: App's lookScale). */
export const AIM_FOV_SCALE = 0.82;
/** A hit flashes the red edge by this much, fading at `FLASH_DECAY_PER_S`. */
const HIT_FLASH = 0.45;
const FLASH_DECAY_PER_S = 2.5;

/**
 * Henry's damage shown in the world and the small combat HUD: the lens reddens from the
 * edges and drains colour as health falls, pulsing with a heartbeat that quickens; each
 * hit flashes the edge and puts a marker on the side it came from; aiming narrows the view.
 */
export class HudPresenter implements Presenter {
  private readonly hud: Hud;
  private flash = 0;
  private heartPhase = 0;
  private aim = 0;

  constructor(private readonly ctx: PresenterContext) {
    this.hud = new Hud(ctx.root);
  }

  onEvent(e: SimEvent): void {
    if (e.kind === "damage" && e.target === HENRY) {
      this.hud.hitFrom(e.bearingRad);
      this.flash = Math.min(1, this.flash + HIT_FLASH * Math.min(1.5, e.amount / 10));
    } else if (e.kind === "damage" && e.target > 0 && e.cause !== "explosion") this.hud.confirmHit();
  }

  frame(_alpha: number, f: ViewFrame, dtS: number): void {
    const dt = Math.min(MAX_FRAME_DT_S, dtS);
    const p: Sim["player"] = this.ctx.session.sim.player;
    const hurt = 1 - p.health01;
    this.flash = Math.max(0, this.flash - FLASH_DECAY_PER_S * dt);
    // Heartbeat: a double beat per period, quickening as health drains.
    this.heartPhase += (dt * (HEART_CALM_BPM + (HEART_HURT_BPM - HEART_CALM_BPM) * hurt)) / SECONDS_PER_MINUTE;
    const ph = this.heartPhase % 1;
    const beat = Math.exp(-((ph * 8) ** 2)) + 0.6 * Math.exp(-(((ph - 0.18) * 9) ** 2));
    f.lens.damage = Math.min(1, hurt * 0.85 + this.flash + (hurt > 0.3 ? beat * hurt * 0.25 : 0));
    f.lens.desaturate = Math.min(1, Math.max(0, (hurt - 0.25) / 0.6)) * 0.85;
    this.aim += ((p.aiming ? 1 : 0) - this.aim) * Math.min(1, dt * 12);
    f.fovDeg *= 1 - (1 - AIM_FOV_SCALE) * this.aim;
    const w = p.weapon ? WEAPONS[p.weapon] : null;
    const h = this.ctx.root.clientHeight || 540;
    const spreadRad = w ? w.spreadRad * (p.aiming ? w.aimSpreadScale : 1) + p.aimKickPitchRad * 0.5 : 0;
    const vFovRad = (f.fovDeg * DEG) / ((this.ctx.root.clientWidth || 960) / h);
    this.hud.update(dt, this.ctx.root.clientWidth || 960, h, {
      weapon: p.weapon,
      holding: p.holding,
      magazine: p.magazine,
      reserve: p.reserve,
      reload01: p.reload01,
      spreadPx: (spreadRad / vFovRad) * h,
      dead: p.dead,
    });
  }

  dispose(): void {
    this.hud.dispose();
  }
}
