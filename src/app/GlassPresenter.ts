import { GlassView } from "../view/effects/GlassView";
import type { Presenter, PresenterContext } from "./Presenter";

/** Draws the level's breakable glass, its shards and the clouds of burst extinguishers. */
export class GlassPresenter implements Presenter {
  private readonly glass: GlassView;

  constructor(private readonly ctx: PresenterContext) {
    const sim = ctx.session.sim;
    this.glass = new GlassView(sim.level, sim.combat.glass, sim.combat.clouds);
    ctx.view.scene.add(this.glass.panes, this.glass.shardMesh, this.glass.cloudMesh);
  }

  frame(): void {
    this.glass.update();
  }

  dispose(): void {
    this.ctx.view.scene.remove(this.glass.panes, this.glass.shardMesh, this.glass.cloudMesh);
    this.glass.dispose();
  }
}
