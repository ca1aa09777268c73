import { BufferGeometry, Float32BufferAttribute, Mesh, MeshStandardMaterial } from "three";
import type { LevelSign } from "../../sim/world/Level";
import { signUv } from "../level/signAtlas";
import type { TextureBank } from "../level/textures";

/**
 * Every sign of a level as one mesh of quads over the shared word atlas: one draw call.
 * Signs are lit boxes at night (the atlas is also their emissive map).
 */
export class SignsMesh {
  readonly mesh: Mesh;
  private readonly material: MeshStandardMaterial;

  constructor(signs: readonly LevelSign[], textures: TextureBank) {
    const pos: number[] = [];
    const nrm: number[] = [];
    const uv: number[] = [];
    for (const s of signs) {
      // Face normal for yaw θ: (−sin θ, 0, −cos θ); right as the reader sees it: (−cos θ, 0, sin θ).
      const nx = -Math.sin(s.yawRad);
      const nz = -Math.cos(s.yawRad);
      const rx = nz;
      const rz = -nx;
      const hw = s.widthM / 2;
      const hh = s.heightM / 2;
      const [cx, cy, cz] = s.position;
      const [u0, v0, u1, v1] = signUv(s.text);
      const corner = (a: number, b: number) => [cx + rx * a * hw, cy + b * hh, cz + rz * a * hw];
      const quad = [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, -1), corner(1, 1), corner(-1, 1)];
      const uvs = [u0, v0, u1, v0, u1, v1, u0, v0, u1, v1, u0, v1];
      for (const q of quad) pos.push(q[0], q[1], q[2]);
      for (let i = 0; i < 6; i++) nrm.push(nx, 0, nz);
      uv.push(...uvs);
    }
    const g = new BufferGeometry();
    g.setAttribute("position", new Float32BufferAttribute(pos, 3));
    g.setAttribute("normal", new Float32BufferAttribute(nrm, 3));
    g.setAttribute("uv", new Float32BufferAttribute(uv, 2));
    const atlas = textures.get("signs");
    this.material = new MeshStandardMaterial({ map: atlas, emissiveMap: atlas, emissive: 0xffffff, emissiveIntensity: 0.15, roughness: 0.5, polygonOffset: true, polygonOffsetFactor: -2 });
    this.mesh = new Mesh(g, this.material);
    this.mesh.name = "signs";
    this.mesh.visible = signs.length > 0;
    this.mesh.matrixAutoUpdate = false;
  }

  setNight(amount01: number): void {
    this.material.emissiveIntensity = 0.15 + 0.9 * amount01;
  }

  dispose(): void {
    this.mesh.geometry.dispose();
    this.material.dispose();
  }
}
