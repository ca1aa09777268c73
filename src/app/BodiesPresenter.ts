import { Frustum, Matrix4, Sphere, Vector3 } from "three";
import type { SimEvent } from "../sim/core/SimEvent";
import { FIXED_DT } from "../sim/core/time";
import type { Sim } from "../sim/SimTypes";
import { Crowd } from "../view/bodies/Crowd";
import { MercBodies } from "../view/bodies/MercBodies";
import { blendPose } from "../view/bodies/poseBlend";
import { POSE_FLOATS, POSE_ROOT } from "../view/bodies/skeleton";
import type { ViewFrame } from "../view/View";
import type { Presenter, PresenterContext } from "./Presenter";

/** A figure this far out of the view (its shadow may still show) still gets posed, metres. */
const CULL_MARGIN_M = 3;

const _frustum = new Frustum();
const _m = new Matrix4();
const _sphere = new Sphere(new Vector3(), CULL_MARGIN_M);

/**
 * Everyone's bodies: the mercenaries (posed per tick from the core, falling as ragdolls),
 * drawn as one crowd mesh. Reads the core; never changes it.
 */
export class BodiesPresenter implements Presenter {
  private readonly crowd: Crowd;
  private readonly mercs: MercBodies;
  private readonly blended = new Float32Array(POSE_FLOATS);

  constructor(private readonly ctx: PresenterContext) {
    const sim = ctx.session.sim;
    this.mercs = new MercBodies(sim.combat.mercs, sim.level.boxes);
    this.crowd = new Crowd(sim.combat.mercs.length);
    this.crowd.mesh.castShadow = ctx.settings.get().shadows !== "off";
    this.crowd.mesh.receiveShadow = true;
    ctx.view.scene.add(this.crowd.mesh);
  }

  onEvent(e: SimEvent): void {
    this.mercs.onEvent(e);
  }

  afterStep(sim: Sim): void {
    this.mercs.step(sim.tick, FIXED_DT);
    for (let i = 0; i < this.mercs.visible.length; i++) {
      if (this.mercs.visible[i]) this.crowd.setOutfit(i, this.mercs.outfitOf(i));
    }
  }

  frame(alpha: number, _f: ViewFrame): void {
    const cam = this.ctx.view.camera;
    _frustum.setFromProjectionMatrix(_m.multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse));
    const m = this.mercs;
    for (let i = 0; i < m.visible.length; i++) {
      if (!m.visible[i]) {
        this.crowd.hide(i);
        continue;
      }
      const o = i * POSE_FLOATS + POSE_ROOT;
      _sphere.center.set(m.curr[o], m.curr[o + 1], m.curr[o + 2]);
      // Out of view (and its shadow's reach): keep last frame's bones, pose nothing.
      if (!_frustum.intersectsSphere(_sphere)) continue;
      this.crowd.pose(i, blendPose(m.prev, m.curr, i * POSE_FLOATS, alpha, this.blended), 0);
    }
  }

  dispose(): void {
    this.crowd.dispose();
    this.mercs.dispose();
  }
}

export function bodiesPresenter(ctx: PresenterContext): Presenter {
  return new BodiesPresenter(ctx);
}
