import { Color, CubeCamera, DirectionalLight, Fog, HalfFloatType, HemisphereLight, MathUtils, Scene, Vector3, WebGLCubeRenderTarget, type WebGLRenderer } from "three";
import { Sky } from "three/examples/jsm/objects/Sky.js";
import type { TimeOfDay } from "../sim/world/Level";

/** The light of one moment of the day: sun elevation/azimuth in degrees, colours, fog. */
interface DayLight {
  sunElevationDeg: number;
  sunAzimuthDeg: number;
  sunColor: number;
  sunIntensity: number;
  skyColor: number;
  groundColor: number;
  hemiIntensity: number;
  fogColor: number;
  fogNearM: number;
  fogFarM: number;
  turbidity: number;
  rayleigh: number;
  /** How dark it is for lamps and lit windows: 0 day, 1 night. */
  night: number;
  /** Tone-mapping exposure. */
  exposure: number;
}

export const DAY_LIGHTS: Record<TimeOfDay, DayLight> = {
  dawn: { sunElevationDeg: 4, sunAzimuthDeg: 100, sunColor: 0xffb27a, sunIntensity: 1.6, skyColor: 0xb9b6d6, groundColor: 0x4a4038, hemiIntensity: 0.9, fogColor: 0xc9b8b0, fogNearM: 30, fogFarM: 260, turbidity: 8, rayleigh: 3, night: 0.55, exposure: 1.0 },
  morning: { sunElevationDeg: 26, sunAzimuthDeg: 115, sunColor: 0xfff0d8, sunIntensity: 2.8, skyColor: 0xbfd6ea, groundColor: 0x6a655a, hemiIntensity: 1.6, fogColor: 0xc6d2dc, fogNearM: 40, fogFarM: 320, turbidity: 6, rayleigh: 1.6, night: 0, exposure: 0.9 },
  midday: { sunElevationDeg: 55, sunAzimuthDeg: 180, sunColor: 0xffffff, sunIntensity: 3, skyColor: 0xc8ddf0, groundColor: 0x5a5750, hemiIntensity: 1.2, fogColor: 0xcfdbe6, fogNearM: 50, fogFarM: 380, turbidity: 4, rayleigh: 1, night: 0, exposure: 0.85 },
  afternoon: { sunElevationDeg: 25, sunAzimuthDeg: 240, sunColor: 0xffe2b8, sunIntensity: 2.5, skyColor: 0xc2d2e2, groundColor: 0x5a5246, hemiIntensity: 1, fogColor: 0xd6cdbf, fogNearM: 40, fogFarM: 320, turbidity: 7, rayleigh: 2, night: 0.1, exposure: 0.9 },
  // The sun a hand above the roofs, orange; windows start to light up.
  dusk: { sunElevationDeg: 5, sunAzimuthDeg: 262, sunColor: 0xff9a58, sunIntensity: 1.9, skyColor: 0x9c8fb0, groundColor: 0x3a3030, hemiIntensity: 0.75, fogColor: 0xc29a88, fogNearM: 35, fogFarM: 300, turbidity: 9, rayleigh: 3.2, night: 0.45, exposure: 1.05 },
  // A city night: a moon, a sky lit orange-grey from below, fog kept far enough that a roof reads end to end.
  night: { sunElevationDeg: 32, sunAzimuthDeg: 300, sunColor: 0x9aa8d0, sunIntensity: 0.9, skyColor: 0x4a5a80, groundColor: 0x2a2420, hemiIntensity: 1.1, fogColor: 0x141a28, fogNearM: 40, fogFarM: 320, turbidity: 2, rayleigh: 0.5, night: 1, exposure: 1.4 },
};

const _sun = new Vector3();

/** Edge of each face of the baked sky, texels (the sky is smooth; its sun glows anyway). */
const SKY_CUBE_PX = 128;

/**
 * Sky, sun, ambient light and fog for a time of day. The sun's shadow camera follows
 * the player so a large street keeps crisp shadows around the camera.
 */
export class Environment {
  readonly sky = new Sky();
  readonly sun = new DirectionalLight();
  /** The sky is drawn once into a cube per moment of the day and shown as the background. */
  private readonly skyScene = new Scene();
  private readonly skyCube = new WebGLCubeRenderTarget(SKY_CUBE_PX, { type: HalfFloatType });
  private readonly skyCamera = new CubeCamera(1, 100, this.skyCube);
  readonly hemi = new HemisphereLight();
  private readonly sunDir = new Vector3();
  /** The current moment's darkness (0 day, 1 night), fog colour and exposure, for the rest of the view. */
  night01 = 0;
  readonly fogColor = new Color();
  exposure = 0.9;

  constructor(
    private readonly scene: Scene,
    timeOfDay: TimeOfDay,
    shadowMapSize: number,
  ) {
    this.sky.scale.setScalar(4000);
    this.sky.name = "sky";
    this.skyScene.add(this.sky);
    scene.add(this.hemi, this.sun, this.sun.target);
    const cam = this.sun.shadow.camera;
    cam.left = cam.bottom = -45;
    cam.right = cam.top = 45;
    cam.near = 1;
    cam.far = 220;
    this.sun.shadow.bias = -0.0005;
    this.sun.shadow.normalBias = 0.04;
    this.setShadows(shadowMapSize, 2);
    this.setTimeOfDay(timeOfDay);
  }

  setTimeOfDay(t: TimeOfDay): void {
    const d = DAY_LIGHTS[t];
    const phi = MathUtils.degToRad(90 - d.sunElevationDeg);
    const theta = MathUtils.degToRad(d.sunAzimuthDeg);
    this.sunDir.setFromSphericalCoords(1, phi, theta);
    const u = this.sky.material.uniforms;
    // At night the moon lights the scene (sunDir), and the sky's sun sits below the horizon.
    if (t === "night") u.sunPosition.value.set(0, -0.3, -1).normalize();
    else u.sunPosition.value.copy(this.sunDir);
    u.turbidity.value = d.turbidity;
    u.rayleigh.value = d.rayleigh;
    u.mieCoefficient.value = 0.005;
    u.mieDirectionalG.value = 0.8;
    this.sun.color.setHex(d.sunColor);
    this.sun.intensity = d.sunIntensity;
    this.hemi.color.setHex(d.skyColor);
    this.hemi.groundColor.setHex(d.groundColor);
    this.hemi.intensity = d.hemiIntensity;
    this.scene.fog = new Fog(new Color(d.fogColor), d.fogNearM, d.fogFarM);
    this.night01 = d.night;
    this.fogColor.setHex(d.fogColor);
    this.exposure = d.exposure;
  }

  /**
   * Draws the sky of the current moment into the background cube. The scattering shader
   * is costly per pixel (a quarter of the picture on a street); a cube read is not.
   */
  bakeSky(renderer: WebGLRenderer): void {
    this.skyCamera.update(renderer, this.skyScene);
    this.scene.background = this.skyCube.texture;
  }

  /**
   * Sun shadows for a quality level: a map of `mapSize` texels a side (0: no shadows and no
   * shadow pass), filtered over `radiusTexels` (three's PCF with a softness radius).
   */
  setShadows(mapSize: number, radiusTexels: number): void {
    const shadow = this.sun.shadow;
    this.sun.castShadow = mapSize > 0;
    shadow.radius = radiusTexels;
    if (mapSize > 0 && shadow.mapSize.x !== mapSize) {
      shadow.mapSize.set(mapSize, mapSize);
      // three makes the map again at the new size when there is none.
      shadow.map?.dispose();
      shadow.map = null;
    }
  }

  /** Whether the sun casts shadows now (one more render pass). */
  get shadowMapSize(): number {
    return this.sun.castShadow ? this.sun.shadow.mapSize.x : 0;
  }

  /** Keeps the sun's shadow frustum centred on a point (the player). */
  follow(x: number, y: number, z: number): void {
    _sun.copy(this.sunDir).multiplyScalar(120);
    // Snap to whole metres so shadow edges do not shimmer as the player moves.
    const sx = Math.round(x);
    const sz = Math.round(z);
    this.sun.position.set(sx + _sun.x, y + _sun.y, sz + _sun.z);
    this.sun.target.position.set(sx, y, sz);
    this.sun.target.updateMatrixWorld();
  }

  dispose(): void {
    this.sky.geometry.dispose();
    this.sky.material.dispose();
    this.skyCube.dispose();
    this.scene.background = null;
    this.sun.shadow.map?.dispose();
    this.sun.dispose();
    this.hemi.dispose();
    this.scene.remove(this.hemi, this.sun, this.sun.target);
    this.scene.fog = null;
  }
}
