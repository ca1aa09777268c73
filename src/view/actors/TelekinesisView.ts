import { type BufferGeometry, Group, IcosahedronGeometry, Mesh, PlaneGeometry } from "three";
import type { TelekinesisView as TkState } from "../../sim/ai/Telekinetic";
import { glowMaterial } from "../effects/FxPool";

/** The telekinetic's colour: his barrier, the glow of what he lifts, the lane it will fly down. */
const TK_COLOR = 0xa98bff;
/** How bright the barrier is at rest, when a round splashes on it, and while his guard is down. */
const BARRIER_IDLE = 0.1;
const BARRIER_FLASH = 0.6;
const BARRIER_DOWN = 0.02;

/**
 * The telekinetic's power on screen (his body is the cast's, in the bodies presenter): the
 * faint barrier round him that flares when a round splashes on it and drops
 * when he lifts something heavy, the glow on the object he lifts (trembling at first,
 * brightest just before it flies), and, once its path is fixed, the glowing lane on the
 * floor it will fly down. Reads the core's view; owns its meshes.
 */
export class TelekinesisView {
  readonly group = new Group();
  private readonly barrier: Mesh;
  private readonly glow: Mesh;
  private readonly lane: Mesh;
  private readonly geometries: BufferGeometry[] = [];
  private readonly barrierMaterial = glowMaterial();
  private readonly glowMat = glowMaterial();
  private readonly laneMat = glowMaterial();
  private flash = 0;

  constructor(private readonly tk: TkState) {
    const keep = <G extends BufferGeometry>(g: G): G => {
      this.geometries.push(g);
      return g;
    };
    const sphere = keep(new IcosahedronGeometry(1, 2));
    this.barrierMaterial.color.setHex(TK_COLOR);
    this.barrier = new Mesh(sphere, this.barrierMaterial);
    this.barrier.scale.set(0.75, 1.15, 0.75);
    this.glowMat.color.setHex(TK_COLOR);
    this.glow = new Mesh(sphere, this.glowMat);
    this.laneMat.color.setHex(TK_COLOR);
    const plane = keep(new PlaneGeometry(1, 1));
    plane.rotateX(-Math.PI / 2);
    plane.translate(0, 0, -0.5);
    this.lane = new Mesh(plane, this.laneMat);
    this.group.add(this.barrier, this.glow, this.lane);
    this.group.name = "telekinesis";
    for (const m of this.group.children) m.frustumCulled = false;
  }

  /** A round met his barrier (presentation of the core's `akanHit` event). */
  deflected(): void {
    this.flash = 1;
  }

  /** Every frame. `dtS` is the frame's wall time (the flash fades by it). */
  update(dtS: number): void {
    const a = this.tk.akan;
    const on = a.phase !== "away";
    this.flash = Math.max(0, this.flash - dtS * 3);
    this.barrier.visible = on && a.phase !== "beaten";
    this.barrier.position.set(a.position.x, a.position.y + 1.0, a.position.z);
    const level = a.exposed ? BARRIER_DOWN : BARRIER_IDLE + (BARRIER_FLASH - BARRIER_IDLE) * this.flash;
    this.barrierMaterial.color.setHex(TK_COLOR).multiplyScalar(level);
    this.updateThrow();
  }

  private updateThrow(): void {
    const t = this.tk.throw;
    const live = t.stage !== "none";
    this.glow.visible = live;
    this.lane.visible = live && t.locked && t.stage !== "flight";
    if (!live) return;
    // Trembling first: a shiver that settles as it rises.
    const shiver = t.stage === "tremble" ? 0.05 : t.stage === "rise" ? 0.02 : 0;
    const now = performance.now() / 1000;
    this.glow.position.set(t.position.x + Math.sin(now * 71) * shiver, t.position.y + Math.sin(now * 53) * shiver, t.position.z + Math.cos(now * 67) * shiver);
    this.glow.scale.setScalar(t.radiusM * (1.25 + 0.15 * t.glow01));
    this.glowMat.color.setHex(TK_COLOR).multiplyScalar(0.15 + 0.55 * t.glow01);
    if (!this.lane.visible) return;
    // The lane lies on the floor under the path, as wide as the thing that will fly down it.
    const dx = t.to.x - t.from.x;
    const dz = t.to.z - t.from.z;
    this.lane.position.set(t.from.x, t.to.y + 0.04, t.from.z);
    this.lane.rotation.set(0, Math.atan2(-dx, -dz), 0);
    this.lane.scale.set(2 * t.radiusM, 1, Math.hypot(dx, dz));
    this.laneMat.color.setHex(TK_COLOR).multiplyScalar(0.25 + 0.35 * t.glow01);
  }

  dispose(): void {
    for (const g of this.geometries) g.dispose();
    this.barrierMaterial.dispose();
    this.glowMat.dispose();
    this.laneMat.dispose();
    this.group.clear();
  }
}
