import { type BufferGeometry, Mesh, MeshStandardMaterial, type Object3D, type Scene } from "three";
import { DeviceView } from "./DeviceView";
import { buildFigure, type FigurePart } from "./figure";

const SKIN = 0xd2a284;
/**
 * The courier: a dark hooded top, grey track trousers, white trainers, a shoulder bag.
 * Feet at y = 0, facing -Z; the device is drawn apart, glowing, in his right hand.
 */
const COURIER_LOOK: readonly FigurePart[] = [
  [[0.16, 0.85, 0.19], [-0.11, 0.43, 0], 0x55595f],
  [[0.16, 0.85, 0.19], [0.11, 0.43, 0], 0x55595f],
  [[0.17, 0.1, 0.3], [-0.11, 0.05, -0.04], 0xe8e8e8],
  [[0.17, 0.1, 0.3], [0.11, 0.05, -0.04], 0xe8e8e8],
  [[0.48, 0.62, 0.3], [0, 1.16, 0], 0x1d2230],
  [[0.12, 0.58, 0.14], [-0.31, 1.14, 0], 0x1d2230],
  [[0.12, 0.58, 0.14], [0.31, 1.14, 0], 0x1d2230],
  [[0.22, 0.26, 0.24], [0, 1.6, 0], SKIN],
  [[0.3, 0.3, 0.32], [0, 1.66, 0.05], 0x1a1e2a],
  [[0.08, 0.4, 0.3], [-0.28, 1.0, 0.12], 0x3a3024],
];

/** What the view needs of the courier (the core's CourierView). */
export interface CourierLook {
  active: boolean;
  position: { x: number; y: number; z: number };
  yawRad: number;
  act: string;
  moveProgress01: number;
  lookBack01: number;
  caught: boolean;
  devicePulse01: number;
}

/**
 * The courier on screen: one merged figure leaning into his moves (forward over a vault
 * and a leap, upright up a ladder, a full tumble through a roll, down on the roof once
 * caught, turned back over his shoulder when he looks), and the glowing device in his
 * hand, or in Henry's once caught.
 */
export class CourierView {
  private readonly geometry: BufferGeometry = buildFigure(COURIER_LOOK);
  private readonly material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.8 });
  readonly mesh = new Mesh(this.geometry, this.material);
  readonly device = new DeviceView();

  constructor(private readonly scene: Scene) {
    this.mesh.name = "courier";
    this.mesh.visible = false;
    this.mesh.castShadow = true;
    this.mesh.rotation.order = "YXZ";
    scene.add(this.mesh);
    // In his right hand, at his side.
    this.device.attach(this.mesh, 0.36, 0.82, -0.08);
  }

  /**
   * Places the figure and the device for this frame.
   * @param heldBy where the device goes once caught (Henry's left hand), with its offset.
   */
  update(c: CourierLook, heldBy: { parent: Object3D; x: number; y: number; z: number }): void {
    this.mesh.visible = c.active;
    if (!c.active) return;
    const m = this.mesh;
    m.position.set(c.position.x, c.position.y, c.position.z);
    const u = c.moveProgress01;
    const arc = Math.sin(Math.PI * u);
    let pitch = 0;
    let roll = 0;
    // Over his shoulder: the whole body turns a little (the figure has no neck).
    let yaw = c.yawRad + 0.7 * c.lookBack01;
    if (c.act === "run") pitch = -0.18;
    else if (c.act === "vault") {
      pitch = -0.5 * arc;
      roll = 0.6 * arc;
    } else if (c.act === "leap") pitch = -0.35;
    else if (c.act === "drop") pitch = u > 0.6 ? -2 * Math.PI * Math.min(1, (u - 0.6) / 0.4) : -0.2;
    else if (c.act === "caught") {
      pitch = Math.PI / 2;
      yaw = c.yawRad;
    } else if (c.act === "hide") pitch = -0.7;
    m.rotation.set(pitch, yaw, roll);
    if (c.caught) this.device.attach(heldBy.parent, heldBy.x, heldBy.y, heldBy.z, true);
    this.device.pulse(c.devicePulse01);
  }

  dispose(): void {
    this.device.dispose();
    this.scene.remove(this.mesh);
    this.geometry.dispose();
    this.material.dispose();
  }
}
