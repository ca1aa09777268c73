import { Group, InstancedMesh, Matrix4, PlaneGeometry, PointLight, Quaternion, Vector3 } from "three";
import type { LevelLight } from "../../sim/world/Level";
import type { DecorMaterials } from "./decorMaterials";

/** Real lights near the camera; every other lamp shows only as glow (a fixed count per load keeps shaders stable). */
const POOL_SIZE = 2;

const _m = new Matrix4();
const _q = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -Math.PI / 2);
const _p = new Vector3();
const _s = new Vector3();

/**
 * The level's lights: a pool of point lights moved each frame to the lights nearest the
 * camera (interior ones always, street lamps only when it is dark), and one instanced
 * mesh of soft glows on the ground under every street lamp at night.
 */
export class CityLights {
  readonly group = new Group();
  private readonly pool: PointLight[] = [];
  private readonly glows: InstancedMesh;
  private readonly best = new Int32Array(POOL_SIZE);
  private readonly bestD = new Float64Array(POOL_SIZE);
  private night = 0;

  /**
   * @param realLights whether to keep a pool of point lights at all: every lit fragment
   * pays for them, so a street by day goes without (glows and emissive lamps only).
   */
  constructor(
    private readonly lights: readonly LevelLight[],
    materials: DecorMaterials,
    realLights: boolean,
  ) {
    this.group.name = "lights";
    for (let i = 0; i < (realLights ? POOL_SIZE : 0); i++) {
      const l = new PointLight(0xffc98a, 0, 14, 1.6);
      this.pool.push(l);
      this.group.add(l);
    }
    const street = lights.filter((l) => l.kind === "street");
    this.glows = new InstancedMesh(new PlaneGeometry(1, 1), materials.pool, Math.max(1, street.length));
    this.glows.count = street.length;
    street.forEach((l, i) => {
      const r = l.rangeM * 0.9;
      this.glows.setMatrixAt(i, _m.compose(_p.set(l.position[0], 0.06, l.position[2]), _q, _s.set(r, r, 1)));
    });
    this.glows.computeBoundingSphere();
    this.glows.name = "lampGlow";
    this.glows.renderOrder = 1;
    this.group.add(this.glows);
  }

  setNight(amount01: number): void {
    this.night = amount01;
    this.glows.visible = amount01 > 0.05 && this.glows.count > 0;
  }

  /** Moves the pool to the lights nearest (x, y, z). No allocation. */
  follow(x: number, y: number, z: number): void {
    this.bestD.fill(Number.POSITIVE_INFINITY);
    this.best.fill(-1);
    for (let i = 0; i < this.lights.length; i++) {
      const l = this.lights[i];
      if (l.kind === "street" && this.night < 0.05) continue;
      const d = (l.position[0] - x) ** 2 + (l.position[1] - y) ** 2 + (l.position[2] - z) ** 2;
      for (let k = 0; k < POOL_SIZE; k++) {
        if (d < this.bestD[k]) {
          for (let j = POOL_SIZE - 1; j > k; j--) {
            this.bestD[j] = this.bestD[j - 1];
            this.best[j] = this.best[j - 1];
          }
          this.bestD[k] = d;
          this.best[k] = i;
          break;
        }
      }
    }
    for (let k = 0; k < this.pool.length; k++) {
      const light = this.pool[k];
      const i = this.best[k];
      if (i < 0) {
        light.intensity = 0;
        continue;
      }
      const l = this.lights[i];
      light.position.set(l.position[0], l.position[1], l.position[2]);
      light.distance = l.rangeM * 1.5;
      light.intensity = l.kind === "street" ? 60 * this.night : 18;
      light.color.setHex(l.kind === "street" ? 0xffb866 : 0xe8f4ff);
    }
  }

  dispose(): void {
    this.glows.geometry.dispose();
    this.glows.dispose();
    for (const l of this.pool) l.dispose();
    this.group.clear();
  }
}
