import { AdditiveBlending, Color, type Material, MeshBasicMaterial, MeshStandardMaterial } from "three";
import type { TextureBank } from "../level/textures";
import type { DecorMaterial } from "./decorTemplates";

/** The shared materials of a level's decoration; made per load, disposed with it. */
export class DecorMaterials {
  private readonly made = new Map<DecorMaterial, MeshStandardMaterial>();
  /** Emissive lamps: their glow is set by the time of day. */
  readonly glowing: MeshStandardMaterial[] = [];
  readonly pool: MeshBasicMaterial;

  constructor(private readonly textures: TextureBank) {
    this.pool = new MeshBasicMaterial({
      color: new Color(0xffb060),
      map: textures.get("glow"),
      transparent: true,
      blending: AdditiveBlending,
      depthWrite: false,
      opacity: 0.5,
    });
  }

  get(key: DecorMaterial): MeshStandardMaterial {
    let m = this.made.get(key);
    if (!m) {
      m = make(key, this.textures);
      if (key === "lampHead" || key === "screen") this.glowing.push(m);
      this.made.set(key, m);
    }
    return m;
  }

  /** Lamp heads glow brighter as the light goes (0 day, 1 night). */
  setNight(amount01: number): void {
    for (const m of this.glowing) m.emissiveIntensity = m.userData.base * (0.25 + 2.5 * amount01);
    this.pool.opacity = 0.55 * amount01;
  }

  dispose(): void {
    const all: Material[] = [...this.made.values(), this.pool];
    for (const m of all) m.dispose();
    this.made.clear();
  }
}

function make(key: DecorMaterial, textures: TextureBank): MeshStandardMaterial {
  const m = new MeshStandardMaterial({ roughness: 0.8, metalness: 0 });
  m.userData.base = 1;
  switch (key) {
    case "balcony":
      m.color.setHex(0xffffff);
      m.roughness = 0.9;
      break;
    case "pole":
      m.color.setHex(0x4a4e52);
      m.roughness = 0.6;
      m.metalness = 0.3;
      break;
    case "lampHead":
      m.color.setHex(0xfff2d0);
      m.emissive.setHex(0xffc070);
      m.userData.base = 1.2;
      break;
    case "screen":
      m.color.setHex(0x0a1a20);
      m.emissive.setHex(0x4fd2ff);
      m.userData.base = 1.5;
      break;
    case "bark":
      m.color.setHex(0xffffff);
      m.map = textures.get("bark");
      m.roughness = 0.9;
      break;
    case "leaves":
      m.color.setHex(0x5f8a3a);
      m.roughness = 0.95;
      m.flatShading = true;
      break;
    case "metal":
      m.color.setHex(0x8b9096);
      m.roughness = 0.45;
      m.metalness = 0.4;
      break;
    case "glass":
      m.color.setHex(0x9cc0d0);
      m.roughness = 0.1;
      m.transparent = true;
      m.opacity = 0.35;
      break;
    case "wood":
      m.color.setHex(0x7a5a38);
      break;
    case "rubber":
      m.color.setHex(0x1c1d20);
      m.roughness = 0.9;
      break;
    case "darkGlass":
      m.color.setHex(0x1b252e);
      m.roughness = 0.15;
      m.metalness = 0.2;
      break;
    case "white":
      m.color.setHex(0xe9ecef);
      m.roughness = 0.7;
      break;
  }
  m.emissiveIntensity = m.userData.base;
  return m;
}
