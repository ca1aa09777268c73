import type { SimEvent } from "../sim/core/SimEvent";
import type { Sim } from "../sim/SimTypes";
import { MercsView } from "../view/actors/MercsView";
import { CombatEffects } from "../view/effects/CombatEffects";
import { ItemsView } from "../view/effects/ItemsView";
import type { ViewFrame } from "../session/ViewFrame";
import { MAX_FRAME_DT_S, type Presenter, type PresenterContext } from "./Presenter";

/**
 * Draws the fight: mercenaries (interpolated, tumbling when dead), grenades and pickups,
 * muzzle flashes, tracers, sparks, marks and explosions from the core's events.
 */
export class CombatPresenter implements Presenter {
  private readonly mercs: MercsView;
  private readonly items: ItemsView;
  private readonly fx: CombatEffects;
  private readonly eye = { x: 0, y: 0, z: 0 };

  constructor(private readonly ctx: PresenterContext) {
    const sim = ctx.session.sim;
    const scene = ctx.view.scene;
    this.mercs = new MercsView(sim.combat.mercs, ctx.settings.get().shadows !== "off");
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
  }

  afterStep(): void {
    this.mercs.capture();
  }

  frame(alpha: number, _frame: ViewFrame, dtS: number): void {
    const dt = Math.min(MAX_FRAME_DT_S, dtS);
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
