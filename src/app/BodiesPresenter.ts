import { Frustum, Matrix4, Sphere, Vector3 } from "three";
import type { SimEvent } from "../sim/core/SimEvent";
import { FIXED_DT } from "../sim/core/time";
import type { Sim } from "../sim/SimTypes";
import { DeviceView } from "../view/actors/DeviceView";
import { CastBodies } from "../view/bodies/CastBodies";
import { CourierBody } from "../view/bodies/CourierBody";
import { Crowd } from "../view/bodies/Crowd";
import { HenryBodyView } from "../view/bodies/HenryBodyView";
import { HenryPose } from "../view/bodies/HenryPose";
import { MercBodies } from "../view/bodies/MercBodies";
import { blendPose } from "../view/bodies/poseBlend";
import { POSE_FLOATS, POSE_ROOT } from "../view/bodies/skeleton";
import type { ViewFrame } from "../session/ViewFrame";
import type { Presenter, PresenterContext } from "./Presenter";

/** A figure this far out of the view (its shadow may still show) still gets posed, metres. */
const CULL_MARGIN_M = 3;
/** Where the device sits once Henry holds it: on his left palm, in the camera's frame (metres). */
const DEVICE_IN_HAND = { x: -0.17, y: -0.19, z: -0.52 } as const;

const _frustum = new Frustum();
const _m = new Matrix4();
const _sphere = new Sphere(new Vector3(), CULL_MARGIN_M);

/** A group of figures with two ticks of poses and a visible flag per slot. */
interface Figures {
  prev: Float32Array;
  curr: Float32Array;
  visible: Uint8Array;
}

/**
 * Everyone's bodies: the mercenaries (posed per tick from the core, falling as ragdolls)
 * the cast (staged by the script's cues, Jimmy on his route) and a chase's courier in one
 * crowd mesh, the courier's glowing device (its light rides his hands, then Henry's), and
 * Henry's own legs under the camera with his shadow. Posed once per core tick; each frame
 * blends two ticks. Reads the core and the rig; never changes them.
 */
export class BodiesPresenter implements Presenter {
  private readonly crowd: Crowd;
  private readonly mercs: MercBodies;
  private readonly cast = new CastBodies();
  private readonly courier = new CourierBody();
  private readonly device = new DeviceView();
  private readonly henry = new HenryPose();
  private readonly henryView: HenryBodyView;
  private readonly blended = new Float32Array(POSE_FLOATS);

  constructor(private readonly ctx: PresenterContext) {
    const sim = ctx.session.sim;
    this.mercs = new MercBodies(sim.combat.mercs, sim.level.boxes);
    this.crowd = new Crowd(this.firstMerc() + sim.combat.mercs.length);
    // Marked as casters: whether the sun casts at all is the quality level's (or the shadow setting's) call.
    this.crowd.mesh.castShadow = true;
    this.crowd.mesh.receiveShadow = true;
    ctx.view.scene.add(this.crowd.mesh);
    this.henryView = new HenryBodyView(ctx.view.scene, true);
  }

  onEvent(e: SimEvent, sim: Sim): void {
    this.mercs.onEvent(e);
    this.henry.onEvent(e);
    if (e.kind === "cue") this.cast.onCue(e.cue, sim);
  }

  afterStep(sim: Sim): void {
    this.mercs.step(sim.tick, FIXED_DT);
    this.cast.step(sim, FIXED_DT);
    this.courier.step(sim, FIXED_DT);
    const rig = this.ctx.rig.rig;
    this.henry.step(sim.player, rig.pose.stridePhaseRad, rig.effective.bob.model >= 0.5, sim.tick, FIXED_DT);
    // The cast's few slots first, then the courier's, then the mercenaries': the crowd draws up to the last one used.
    const n = this.cast.visible.length;
    for (let i = 0; i < n; i++) if (this.cast.visible[i]) this.crowd.setOutfit(i, this.cast.outfitOf(i) ?? null);
    if (this.courier.visible[0]) this.crowd.setOutfit(n, this.courier.outfit() ?? null);
    const m = this.firstMerc();
    for (let i = 0; i < this.mercs.visible.length; i++) if (this.mercs.visible[i]) this.crowd.setOutfit(m + i, this.mercs.outfitOf(i));
  }

  frame(alpha: number, f: ViewFrame): void {
    const cam = this.ctx.view.camera;
    _frustum.setFromProjectionMatrix(_m.multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse));
    this.pose(this.cast, 0, alpha);
    this.pose(this.courier, this.cast.visible.length, alpha);
    this.pose(this.mercs, this.firstMerc(), alpha);
    this.placeDevice(alpha);
    this.henryView.setWeapon(this.ctx.session.sim.player.weapon);
    this.henryView.frame(this.henry, alpha, f.pitchRad);
  }

  /** Blends and draws a group's visible figures into the crowd from slot `first`; out of view, nothing is posed. */
  private pose(g: Figures, first: number, alpha: number): void {
    for (let i = 0; i < g.visible.length; i++) {
      if (!g.visible[i]) {
        this.crowd.hide(first + i);
        continue;
      }
      const o = i * POSE_FLOATS + POSE_ROOT;
      _sphere.center.set(g.curr[o], g.curr[o + 1], g.curr[o + 2]);
      if (!_frustum.intersectsSphere(_sphere)) continue;
      this.crowd.pose(first + i, blendPose(g.prev, g.curr, i * POSE_FLOATS, alpha, this.blended), 0);
    }
  }

  /** The crowd slot of the first mercenary (after the cast's and the courier's). */
  private firstMerc(): number {
    return this.cast.visible.length + this.courier.visible.length;
  }

  /**
   * The device's glow and light: at the courier's grip between two ticks (his outfit draws
   * the case), or, once he is caught, on Henry's left palm in the camera's frame.
   */
  private placeDevice(alpha: number): void {
    const c = this.ctx.session.sim.script?.courier;
    const g = this.device.group;
    g.visible = c?.active === true;
    if (!c?.active) return;
    if (c.caught) {
      const camera = this.ctx.view.camera;
      if (!camera.parent) this.ctx.view.scene.add(camera);
      this.device.attach(camera, DEVICE_IN_HAND.x, DEVICE_IN_HAND.y, DEVICE_IN_HAND.z, "hand");
    } else {
      const a = this.courier.devicePrev;
      const b = this.courier.deviceCurr;
      this.device.attach(this.ctx.view.scene, a[0] + (b[0] - a[0]) * alpha, a[1] + (b[1] - a[1]) * alpha, a[2] + (b[2] - a[2]) * alpha, "figure");
    }
    this.device.pulse(c.devicePulse01);
  }

  dispose(): void {
    this.device.dispose();
    this.crowd.dispose();
    this.mercs.dispose();
    this.henryView.dispose();
  }
}

export function bodiesPresenter(ctx: PresenterContext): Presenter {
  return new BodiesPresenter(ctx);
}
