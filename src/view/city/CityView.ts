import { type Color, Group } from "three";
import type { Level } from "../../sim/world/Level";
import type { TextureBank } from "../level/textures";
import { CityLights } from "./CityLights";
import { DecorMaterials } from "./decorMaterials";
import { DecorMeshes } from "./DecorMeshes";
import { DistantCity } from "./DistantCity";
import { SignsMesh } from "./SignsMesh";

/**
 * What a level shows beyond its solid boxes: instanced decoration, signs, the distant
 * skyline and the lights. Built from the level's data on load, disposed on unload.
 */
export class CityView {
  readonly group = new Group();
  private readonly materials: DecorMaterials;
  private readonly decor: DecorMeshes;
  private readonly signs: SignsMesh;
  private readonly distant: DistantCity;
  readonly lights: CityLights;

  constructor(level: Level, textures: TextureBank, shadows: boolean) {
    this.group.name = "city";
    this.materials = new DecorMaterials(textures);
    this.decor = new DecorMeshes(level.decor ?? [], this.materials, shadows);
    this.signs = new SignsMesh(level.signs ?? [], textures);
    this.distant = new DistantCity(level.decor ?? []);
    const lights = level.lights ?? [];
    const interior = lights.length > 0 && lights.every((l) => l.kind === "interior");
    this.lights = new CityLights(lights, this.materials, interior || level.timeOfDay === "night" || level.timeOfDay === "dawn");
    this.group.add(this.decor.group, this.signs.mesh, this.distant.mesh, this.lights.group);
  }

  /** The quality level's decoration: draw distance (m) and the share of thinnable pieces kept (0..1). */
  setDecorQuality(drawDistanceM: number, density: number): void {
    this.decor.setQuality(drawDistanceM, density);
  }

  /** Follows the camera: the near decoration and the nearest real lights. */
  follow(x: number, y: number, z: number): void {
    this.decor.follow(x, z);
    this.lights.follow(x, y, z);
  }

  /** Decoration placements drawn now. */
  get decorDrawn(): number {
    return this.decor.drawnInstances;
  }

  /** Follows the time of day: 0 day, 1 night; `fog` is the sky's haze colour. */
  setLight(night01: number, fog: Color): void {
    this.materials.setNight(night01);
    this.signs.setNight(night01);
    this.lights.setNight(night01);
    this.distant.setHaze(fog);
  }

  dispose(): void {
    this.decor.dispose();
    this.signs.dispose();
    this.distant.dispose();
    this.lights.dispose();
    this.materials.dispose();
    this.group.clear();
  }
}
