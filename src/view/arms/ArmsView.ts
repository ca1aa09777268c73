import { BoxGeometry, type BufferGeometry, CylinderGeometry, Group, Mesh, MeshStandardMaterial } from "three";
import { mergeGeometries } from "three/examples/jsm/utils/BufferGeometryUtils.js";
import type { TextureBank } from "../level/textures";
import type { ArmPose, ArmsPose } from "./ArmsPose";

type Part = "sleeve" | "skin" | "hand" | "metal";

function piece(g: BufferGeometry, x: number, y: number, z: number, rotXRad = 0): BufferGeometry {
  g.rotateX(rotXRad);
  g.translate(x, y, z);
  return g.index ? g.toNonIndexed() : g;
}

/** One arm's local geometry, origin at the knuckles, forearm running back (+z) and down. */
function armParts(mirror: number): Record<Part, BufferGeometry[]> {
  const down = 0.35;
  return {
    sleeve: [piece(new CylinderGeometry(0.06, 0.065, 0.42, 10), 0, -0.16, 0.5, Math.PI / 2 - down)],
    skin: [
      piece(new CylinderGeometry(0.038, 0.05, 0.22, 10), 0, -0.05, 0.2, Math.PI / 2 - down),
    ],
    hand: [
      piece(new BoxGeometry(0.085, 0.045, 0.1), 0, 0, 0.04),
      piece(new BoxGeometry(0.08, 0.035, 0.05), 0, -0.01, -0.025),
      piece(new BoxGeometry(0.025, 0.03, 0.06), mirror * 0.05, -0.005, 0.03),
    ],
    metal: [piece(new BoxGeometry(0.088, 0.022, 0.024), 0, 0.024, -0.02), piece(new BoxGeometry(0.09, 0.012, 0.07), 0, 0.028, 0.02)],
  };
}

/**
 * Henry's arms on screen: rolled sleeves, tattooed forearms and hands with metal
 * knuckles, lit by the world's lights. The group hangs from the camera; `apply` copies a
 * pose. Four meshes per arm (sleeve, tattooed forearm, hand, metal): eight draw calls.
 */
export class ArmsView {
  readonly group = new Group();
  private readonly arms: Group[] = [];
  private readonly geometries: BufferGeometry[] = [];
  private readonly materials: MeshStandardMaterial[];

  constructor(textures: TextureBank) {
    this.group.name = "arms";
    const mats: Record<Part, MeshStandardMaterial> = {
      sleeve: new MeshStandardMaterial({ color: 0x2f3326, roughness: 0.95 }),
      skin: new MeshStandardMaterial({ color: 0xffffff, map: textures.get("tattoo"), roughness: 0.7 }),
      hand: new MeshStandardMaterial({ color: 0xc99a7e, roughness: 0.7 }),
      metal: new MeshStandardMaterial({ color: 0xc4c8ce, roughness: 0.3, metalness: 0.45 }),
    };
    this.materials = Object.values(mats);
    for (const mirror of [-1, 1]) {
      const arm = new Group();
      const parts = armParts(mirror);
      for (const key of Object.keys(parts) as Part[]) {
        const merged = mergeGeometries(parts[key], false);
        for (const g of parts[key]) g.dispose();
        if (!merged) continue;
        this.geometries.push(merged);
        const mesh = new Mesh(merged, mats[key]);
        mesh.frustumCulled = false;
        mesh.receiveShadow = true;
        mesh.renderOrder = 10;
        arm.add(mesh);
      }
      arm.rotation.order = "YXZ";
      this.arms.push(arm);
      this.group.add(arm);
    }
  }

  apply(pose: ArmsPose): void {
    set(this.arms[0], pose.left);
    set(this.arms[1], pose.right);
  }

  dispose(): void {
    this.group.removeFromParent();
    for (const g of this.geometries) g.dispose();
    for (const m of this.materials) m.dispose();
    this.group.clear();
  }
}

function set(arm: Group, p: ArmPose): void {
  arm.position.set(p.x, p.y, p.z);
  arm.rotation.set(p.pitchRad, p.yawRad, p.rollRad);
}
