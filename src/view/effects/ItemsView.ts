import { BoxGeometry, Color, DynamicDrawUsage, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, SphereGeometry, Vector3 } from "three";
import type { GrenadeView, PickupView } from "../../sim/combat/CombatView";

const _m = new Matrix4();
const _p = new Vector3();
const _q = new Quaternion();
const _s = new Vector3();
const _y = new Vector3(0, 1, 0);
const _c = new Color();

/**
 * Grenades (olive, a live one blinks red) and pickups (a green ammo box, a black rifle
 * lying on the ground) in two instanced draw calls. Pickups turn slowly so they read.
 */
export class ItemsView {
  readonly grenadeMesh: InstancedMesh;
  readonly pickupMesh: InstancedMesh;
  private timeS = 0;

  constructor(
    private readonly grenades: readonly GrenadeView[],
    private readonly pickups: readonly PickupView[],
  ) {
    this.grenadeMesh = new InstancedMesh(new SphereGeometry(0.07, 10, 8), new MeshStandardMaterial({ roughness: 0.6 }), Math.max(1, grenades.length));
    this.pickupMesh = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshStandardMaterial({ roughness: 0.7 }), Math.max(1, pickups.length));
    for (const m of [this.grenadeMesh, this.pickupMesh]) {
      m.instanceMatrix.setUsage(DynamicDrawUsage);
      m.frustumCulled = false;
      m.castShadow = true;
    }
  }

  update(dtS: number): void {
    this.timeS += dtS;
    this.grenades.forEach((g, i) => {
      if (!g.active) {
        this.grenadeMesh.setMatrixAt(i, _m.makeScale(0, 0, 0));
        return;
      }
      _p.set(g.position.x, g.position.y, g.position.z);
      _s.set(1, 1.3, 1);
      this.grenadeMesh.setMatrixAt(i, _m.compose(_p, _q.identity(), _s));
      const blink = g.live && Math.sin(this.timeS * 30) > 0;
      this.grenadeMesh.setColorAt(i, _c.setHex(blink ? 0xff2010 : 0x4b5a2a));
    });
    this.pickups.forEach((p, i) => {
      if (!p.active) {
        this.pickupMesh.setMatrixAt(i, _m.makeScale(0, 0, 0));
        return;
      }
      const rifle = p.kind === "weapon";
      _p.set(p.position.x, p.position.y + (rifle ? 0.06 : 0.13), p.position.z);
      _q.setFromAxisAngle(_y, this.timeS * 1.2 + i);
      _s.set(rifle ? 0.1 : 0.4, rifle ? 0.1 : 0.25, rifle ? 0.9 : 0.3);
      this.pickupMesh.setMatrixAt(i, _m.compose(_p, _q, _s));
      this.pickupMesh.setColorAt(i, _c.setHex(rifle ? 0x151515 : 0x3f6b2a));
    });
    for (const m of [this.grenadeMesh, this.pickupMesh]) {
      m.instanceMatrix.needsUpdate = true;
      if (m.instanceColor) m.instanceColor.needsUpdate = true;
    }
  }

  dispose(): void {
    for (const m of [this.grenadeMesh, this.pickupMesh]) {
      m.geometry.dispose();
      (m.material as MeshStandardMaterial).dispose();
      m.dispose();
    }
  }
}
