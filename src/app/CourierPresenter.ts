import type { Sim } from "../sim/SimTypes";
import { CourierView } from "../view/actors/CourierView";
import type { Presenter, PresenterContext } from "./Presenter";

/** Where the device sits once Henry holds it: on his left palm, in the camera's frame (metres). */
const IN_HAND = { x: -0.17, y: -0.19, z: -0.52 } as const;

/**
 * Presents a chase's courier: his figure moving between the core's ticks (interpolated
 * like the body) and the glowing device, in his hand or, once caught, in Henry's. Reads
 * the core; never changes it. Does nothing in a piece without a courier.
 */
export class CourierPresenter implements Presenter {
  private readonly view: CourierView;
  private readonly prev = { x: 0, y: 0, z: 0 };
  private readonly curr = { x: 0, y: 0, z: 0 };
  private readonly look = {
    active: false,
    position: { x: 0, y: 0, z: 0 },
    yawRad: 0,
    act: "stand",
    moveProgress01: 0,
    lookBack01: 0,
    caught: false,
    devicePulse01: 0,
  };
  private readonly hand;

  constructor(private readonly ctx: PresenterContext) {
    this.view = new CourierView(ctx.view.scene);
    const camera = ctx.view.camera;
    if (!camera.parent) ctx.view.scene.add(camera);
    this.hand = { parent: camera, ...IN_HAND };
  }

  afterStep(sim: Sim): void {
    const c = sim.script?.courier;
    if (!c?.active) return;
    const jumped = Math.hypot(c.position.x - this.curr.x, c.position.z - this.curr.z) > 3;
    Object.assign(this.prev, jumped ? c.position : this.curr);
    Object.assign(this.curr, c.position);
  }

  frame(alpha: number): void {
    const c = this.ctx.session.sim.script?.courier;
    if (!c) return;
    const l = this.look;
    l.active = c.active;
    l.yawRad = c.yawRad;
    l.act = c.act;
    l.moveProgress01 = c.moveProgress01;
    l.lookBack01 = c.lookBack01;
    l.caught = c.caught;
    l.devicePulse01 = c.devicePulse01;
    l.position.x = this.prev.x + (this.curr.x - this.prev.x) * alpha;
    l.position.y = this.prev.y + (this.curr.y - this.prev.y) * alpha;
    l.position.z = this.prev.z + (this.curr.z - this.prev.z) * alpha;
    this.view.update(l, this.hand);
  }

  dispose(): void {
    this.view.dispose();
  }
}
