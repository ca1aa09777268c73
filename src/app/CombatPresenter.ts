import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import { CombatEffects } from "../view/effects/CombatEffects";
import { ItemsView } from "../view/effects/ItemsView";
import type { ViewFrame } from "../session/ViewFrame";
import { MAX_FRAME_DT_S, type Presenter, type PresenterContext } from "./Presenter";

/**
 * Draws the fight: grenades and pickups, muzzle flashes, tracers, sparks, marks and
 * explosions from the core's events (the mercenaries' bodies are the bodies presenter's).
 */
export class CombatPresenter implements Presenter {
  private readonly items: ItemsView;
  private readonly fx: CombatEffects;
  private readonly eye = { x: 0, y: 0, z: 0 };

  constructor(private readonly ctx: PresenterContext) {
    const sim = ctx.session.sim;
    const scene = ctx.view.scene;
    this.items = new ItemsView(sim.combat.grenades, sim.combat.pickups);
    this.fx = new CombatEffects(scene);
    scene.add(this.items.grenadeMesh, this.items.pickupMesh);
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

  frame(_alpha: number, _frame: ViewFrame, dtS: number): void {
    const dt = Math.min(MAX_FRAME_DT_S, dtS);
    this.items.update(dt);
    this.fx.update(dt, this.ctx.view.camera);
  }

  dispose(): void {
    this.ctx.view.scene.remove(this.items.grenadeMesh, this.items.pickupMesh);
    this.items.dispose();
    this.fx.dispose();
  }
}
