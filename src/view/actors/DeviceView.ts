import { BoxGeometry, Color, Group, Mesh, MeshBasicMaterial, MeshStandardMaterial, type Object3D, PointLight, SphereGeometry } from "three";

/** The glow's colour, and how bright and how far the device lights what is around it. */
const GLOW = 0x6ff7e8;
const LIGHT_INTENSITY = 6;
const LIGHT_RANGE_M = 7;

/**
 * The mysterious glowing device: a small dark case with a core that pulses (the core's
 * `devicePulse01`), lighting the roof around whoever holds it, the courier's hands (his
 * figure draws the case), then Henry's. One group, moved from one parent to the other;
 * one light in the scene.
 */
export class DeviceView {
  readonly group = new Group();
  private readonly caseGeo = new BoxGeometry(0.2, 0.12, 0.09);
  private readonly coreGeo = new SphereGeometry(0.045, 12, 8);
  private readonly haloGeo = new SphereGeometry(0.09, 12, 8);
  private readonly caseMat = new MeshStandardMaterial({ color: 0x1b1d22, roughness: 0.4, metalness: 0.6 });
  private readonly coreMat = new MeshBasicMaterial({ color: GLOW, toneMapped: false });
  private readonly haloMat = new MeshBasicMaterial({ color: GLOW, transparent: true, opacity: 0.35, depthWrite: false, toneMapped: false });
  private readonly light = new PointLight(GLOW, LIGHT_INTENSITY, LIGHT_RANGE_M, 1.6);
  private readonly box: Mesh;
  private readonly core: Mesh;
  private readonly halo: Mesh;
  private readonly base = new Color(GLOW);
  /** In Henry's hand the light sits a hand's width from the arms: far less of it. */
  private lightScale = 1;

  constructor() {
    this.group.name = "device";
    const box = new Mesh(this.caseGeo, this.caseMat);
    this.box = box;
    this.core = new Mesh(this.coreGeo, this.coreMat);
    this.core.position.set(0, 0.065, 0);
    this.halo = new Mesh(this.haloGeo, this.haloMat);
    this.halo.position.copy(this.core.position);
    this.light.position.set(0, 0.15, 0);
    this.group.add(box, this.core, this.halo, this.light);
  }

  /**
   * Hangs the device on a parent at a local offset (metres). On a figure (`"figure"`) the
   * figure's outfit draws the case, so only the halo and the light show; close to the eye
   * (`"hand"`, Henry's) the case is drawn smaller and without its halo, which would fill
   * the picture, and the light is far weaker.
   */
  attach(parent: Object3D, x: number, y: number, z: number, on: "figure" | "hand"): void {
    if (this.group.parent !== parent) parent.add(this.group);
    this.group.position.set(x, y, z);
    const hand = on === "hand";
    this.group.scale.setScalar(hand ? 0.7 : 1);
    this.box.visible = hand;
    this.core.visible = hand;
    this.halo.visible = !hand;
    this.lightScale = hand ? 0.12 : 1;
  }

  /** The pulse (0..1) drives the core's brightness, the halo and the light. */
  pulse(p01: number): void {
    const k = 0.45 + 0.55 * p01;
    this.coreMat.color.copy(this.base).multiplyScalar(0.6 + 1.4 * k);
    this.haloMat.opacity = 0.15 + 0.35 * k;
    this.halo.scale.setScalar(0.8 + 0.6 * k);
    this.light.intensity = LIGHT_INTENSITY * k * this.lightScale;
  }

  dispose(): void {
    this.group.removeFromParent();
    for (const g of [this.caseGeo, this.coreGeo, this.haloGeo]) g.dispose();
    for (const m of [this.caseMat, this.coreMat, this.haloMat]) m.dispose();
    this.light.dispose();
  }
}
