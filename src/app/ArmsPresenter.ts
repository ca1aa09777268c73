import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import type { LevelBox } from "../sim/world/Level";
import { ArmsPose } from "../view/arms/ArmsPose";
import { ArmsView } from "../view/arms/ArmsView";
import { wallDistance } from "../view/arms/wallDistance";
import type { ViewFrame } from "../session/ViewFrame";
import type { View } from "../view/View";
import { MAX_FRAME_DT_S, type Presenter, type PresenterContext } from "./Presenter";
import type { RigDriver } from "../session/RigDriver";

/** How far ahead the arms look for a wall, metres. */
const WALL_PROBE_M = 1.2;
/** Henry's actor id in the core's events. */
const HENRY = 0;

/**
 * Henry's arms: an `ArmsPose` driven by the core's events (shots, reloads, punches,
 * throws, grabs) and the rig's stride phase, drawn by an `ArmsView` hung from the camera.
 */
export class ArmsPresenter implements Presenter {
  readonly pose = new ArmsPose();
  private readonly arms: ArmsView;
  private readonly boxes: readonly LevelBox[];

  constructor(
    view: View,
    private readonly rig: RigDriver,
    private readonly sim: Sim,
  ) {
    this.arms = new ArmsView(view.textures);
    this.boxes = sim.level.boxes;
    if (!view.camera.parent) view.scene.add(view.camera);
    view.camera.add(this.arms.group);
  }

  onEvent(e: SimEvent): void {
    const ev = e as SimEvent & { shooter?: number; what?: string; weapon?: string; phase?: string; item?: string };
    switch (ev.kind) {
      case "shot":
        if (ev.shooter === HENRY) this.pose.trigger("fire");
        break;
      case "reload":
        if (ev.phase === "start") this.pose.trigger("reload");
        break;
      case "melee":
        this.pose.trigger("punch");
        break;
      case "throw":
        this.pose.trigger("throw");
        this.pose.setHolding(null);
        break;
      case "grab":
        this.pose.setHolding(ev.what ?? "prop");
        break;
      case "weaponSwitch":
        this.pose.setWeapon(ev.weapon === "rifle" ? "rifle" : "pistol");
        break;
      case "respawned":
        this.pose.setHolding(null);
        break;
    }
  }

  frame(_alpha: number, f: ViewFrame, dtS: number): void {
    const dt = Math.min(MAX_FRAME_DT_S, dtS);
    const p = this.sim.player as Sim["player"] & { weapon?: string | null };
    if (p.weapon !== undefined) this.pose.setWeapon(p.weapon === "rifle" ? "rifle" : p.weapon === "pistol" ? "pistol" : "none");
    const speed = Math.hypot(p.velocity.x, p.velocity.z);
    const cp = Math.cos(f.pitchRad);
    const dx = -Math.sin(f.yawRad) * cp;
    const dz = -Math.cos(f.yawRad) * cp;
    const dy = Math.sin(f.pitchRad);
    const wall = wallDistance(this.boxes, f.eye.x, f.eye.y - 0.25, f.eye.z, dx, dy, dz, WALL_PROBE_M);
    const ledge = p.move === "mantle" || p.move === "ladderTop" ? p.ledgeTopY - f.eye.y : 0;
    this.pose.setMove(p.move, p.moveProgress01, ledge, p.climbedM, f.pitchRad + f.rigPitchRad);
    // Once the courier is caught the device is in the left hand.
    if (this.sim.script?.courier.caught && p.holding === "none") this.pose.setHolding("device");
    this.pose.update(dt, this.rig.pose.stridePhaseRad, speed, wall);
    this.arms.apply(this.pose);
  }

  dispose(): void {
    this.arms.dispose();
  }
}

export function armsPresenter(ctx: PresenterContext): Presenter {
  return new ArmsPresenter(ctx.view, ctx.rig, ctx.session.sim);
}
