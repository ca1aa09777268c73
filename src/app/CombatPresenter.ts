import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import { MercsView } from "../view/actors/MercsView";
import { CombatEffects } from "../view/effects/CombatEffects";
import { ItemsView } from "../view/effects/ItemsView";
import type { ViewFrame } from "../session/ViewFrame";
import type { Presenter, PresenterContext } from "./Presenter";

/**
 * Draws the fight: mercenaries (interpolated, tumbling when dead), grenades and pickups,
 * muzzle flashes, tracers, sparks, marks and explosions from the core's events.
 */
export class CombatPresenter implements Presenter {
  private readonly mercs: MercsView;
  private readonly items: ItemsView;
  private readonly fx: CombatEffects;
  private lastMs = -1;
  private readonly eye = { x: 0, y: 0, z: 0 };

  constructor(private readonly ctx: PresenterContext) {
    const sim = ctx.session.sim;
    const scene = ctx.view.scene;
    // Marked as casters: whether the sun casts at all is the quality level's (or the shadow setting's) call.
    this.mercs = new MercsView(sim.combat.mercs, true);
    this.items = new ItemsView(sim.combat.grenades, sim.combat.pickups);
    this.fx = new CombatEffects(scene);
    scene.add(this.mercs.mesh, this.items.grenadeMesh, this.items.pickupMesh);
  }

  onEvent(e: SimEvent, sim: Sim): void {
    const p = sim.player;
    this.eye.x = p.position.x;
    this.eye.y = p.position.y + p.eyeHeightM;
    this.eye.z = p.position.z;
    this.fx.onEvent(e, this.eye);
    // A heavy head hit breaks the camera; a checkpoint or a restart brings a fresh one.
    this.ctx.view.post.onSimEvent(e);
  }

  afterStep(): void {
    this.mercs.capture();
  }

  frame(alpha: number, _frame: ViewFrame): void {
    const now = performance.now();
    const dt = this.lastMs < 0 ? 0 : Math.min(0.1, (now - this.lastMs) / 1000);
    this.lastMs = now;
    this.mercs.update(alpha);
    this.items.update(dt);
    this.fx.update(dt, this.ctx.view.camera);
  }

  dispose(): void {
    this.ctx.view.scene.remove(this.mercs.mesh, this.items.grenadeMesh, this.items.pickupMesh);
    this.mercs.dispose();
    this.items.dispose();
    this.fx.dispose();
  }
}
