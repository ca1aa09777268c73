import {
  ACESFilmicToneMapping,
  MathUtils,
  PCFSoftShadowMap,
  PerspectiveCamera,
  Scene,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from "three";
import type { ViewFrame } from "../session/ViewFrame";
import type { Level, TimeOfDay } from "../sim/world/Level";
import { CityView } from "./city/CityView";
import { Environment } from "./Environment";
import { LensPass } from "./LensPass";
import { LevelMeshes } from "./level/LevelMeshes";
import { TextureBank } from "./level/textures";
import { PropsView } from "./PropsView";

/** Shadow quality, a player setting: map size 0 turns shadows off. */
export type ShadowQuality = "off" | "low" | "high";
const SHADOW_MAP_SIZE: Record<ShadowQuality, number> = { off: 0, low: 1024, high: 2048 };

/** The camera pose of the last rendered frame, as `headcam.state().camera` reports it. */
export interface CameraPose {
  position: [number, number, number];
  pitchDeg: number;
  yawDeg: number;
  rollDeg: number;
  fovDeg: number;
}

export class WebGLUnavailableError extends Error {}

const _off = new Vector3();

/**
 * The three.js renderer and scene. Reads frames the app prepares; owns every GPU
 * resource it makes and releases them in `dispose`.
 */
export class View {
  readonly renderer: WebGLRenderer;
  readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(70, 16 / 9, 0.05, 2000);
  readonly textures = new TextureBank();
  private readonly lensPass = new LensPass();
  readonly lastPose: CameraPose = { position: [0, 0, 0], pitchDeg: 0, yawDeg: 0, rollDeg: 0, fovDeg: 90 };
  private level: { meshes: LevelMeshes; props: PropsView; env: Environment; city: CityView } | null = null;
  private shadowQuality: ShadowQuality;
  private width = 1;
  private height = 1;
  /** Draw calls and triangles of the last frame, every pass included. */
  lastDrawCalls = 0;
  lastTriangles = 0;

  constructor(
    readonly canvas: HTMLCanvasElement,
    opts: { shadows: ShadowQuality; maxPixelRatio?: number },
  ) {
    try {
      this.renderer = new WebGLRenderer({ canvas, antialias: true, powerPreference: "high-performance" });
    } catch (e) {
      throw new WebGLUnavailableError(e instanceof Error ? e.message : String(e));
    }
    this.shadowQuality = opts.shadows;
    const r = this.renderer;
    r.setPixelRatio(Math.min(window.devicePixelRatio || 1, opts.maxPixelRatio ?? 2));
    r.outputColorSpace = SRGBColorSpace;
    r.toneMapping = ACESFilmicToneMapping;
    r.toneMappingExposure = 0.9;
    r.shadowMap.enabled = opts.shadows !== "off";
    r.shadowMap.type = PCFSoftShadowMap;
    r.info.autoReset = false;
    this.camera.rotation.order = "YXZ";
  }

  /** Builds the scene for a level (replacing any previous one). */
  loadLevel(level: Level): void {
    this.unloadLevel();
    const shadows = this.shadowQuality !== "off";
    const meshes = new LevelMeshes(level, this.textures, shadows);
    const props = new PropsView(level.props, this.textures, shadows);
    const env = new Environment(this.scene, level.timeOfDay, SHADOW_MAP_SIZE[this.shadowQuality]);
    const city = new CityView(level, this.textures, shadows);
    this.scene.add(meshes.group, props.group, city.group);
    this.level = { meshes, props, env, city };
    this.setTimeOfDay(level.timeOfDay);
  }

  /** Sets sun, sky, fog, lamps and lit windows for a moment of the day. */
  setTimeOfDay(t: TimeOfDay): void {
    if (!this.level) return;
    const { env, meshes, city } = this.level;
    env.setTimeOfDay(t);
    meshes.setNight(env.night01);
    city.setLight(env.night01, env.fogColor);
    this.renderer.toneMappingExposure = env.exposure;
  }

  unloadLevel(): void {
    if (!this.level) return;
    this.scene.remove(this.level.meshes.group, this.level.props.group, this.level.city.group);
    this.level.city.dispose();
    this.level.meshes.dispose();
    this.level.props.dispose();
    this.level.env.dispose();
    this.level = null;
    this.renderer.renderLists.dispose();
  }

  /** Compiles the scene's shaders ahead of the first frame (no hitch on start). */
  async warmUp(): Promise<void> {
    await this.renderer.compileAsync(this.scene, this.camera);
  }

  resize(width: number, height: number): void {
    this.width = Math.max(1, Math.floor(width));
    this.height = Math.max(1, Math.floor(height));
    this.renderer.setSize(this.width, this.height, false);
    const pr = this.renderer.getPixelRatio();
    this.lensPass.setSize(Math.floor(this.width * pr), Math.floor(this.height * pr));
  }

  render(frame: ViewFrame): void {
    const cam = this.camera;
    cam.aspect = this.width / this.height;
    // The player's FOV is horizontal; three.js wants the vertical one.
    const hFov = MathUtils.degToRad(frame.fovDeg);
    cam.fov = MathUtils.radToDeg(2 * Math.atan(Math.tan(hFov / 2) / cam.aspect));
    cam.updateProjectionMatrix();
    cam.rotation.set(frame.pitchRad + frame.rigPitchRad, frame.yawRad + frame.rigYawRad, frame.rigRollRad);
    cam.position.set(frame.eye.x, frame.eye.y, frame.eye.z);
    cam.updateMatrix();
    _off.set(frame.rigOffsetM.x, frame.rigOffsetM.y, frame.rigOffsetM.z).applyQuaternion(cam.quaternion);
    cam.position.add(_off);
    cam.updateMatrixWorld();
    if (this.level) {
      this.level.props.update(frame.props);
      this.level.env.follow(frame.eye.x, frame.eye.y, frame.eye.z);
      this.level.city.lights.follow(frame.eye.x, frame.eye.y, frame.eye.z);
    }
    this.renderer.info.reset();
    if (LensPass.active(frame.lens)) this.lensPass.render(this.renderer, this.scene, cam, frame.lens);
    else this.renderer.render(this.scene, cam);
    this.lastDrawCalls = this.renderer.info.render.calls;
    this.lastTriangles = this.renderer.info.render.triangles;
    this.recordPose();
  }

  private recordPose(): void {
    const cam = this.camera;
    const p = this.lastPose;
    p.position[0] = cam.position.x;
    p.position[1] = cam.position.y;
    p.position[2] = cam.position.z;
    p.pitchDeg = MathUtils.radToDeg(cam.rotation.x);
    let yaw = MathUtils.radToDeg(cam.rotation.y) % 360;
    if (yaw > 180) yaw -= 360;
    if (yaw <= -180) yaw += 360;
    p.yawDeg = yaw;
    p.rollDeg = MathUtils.radToDeg(cam.rotation.z);
    p.fovDeg = 2 * MathUtils.radToDeg(Math.atan(Math.tan(MathUtils.degToRad(cam.fov) / 2) * cam.aspect));
  }

  get memory(): { geometries: number; textures: number } {
    return { geometries: this.renderer.info.memory.geometries, textures: this.renderer.info.memory.textures };
  }

  dispose(): void {
    this.unloadLevel();
    this.textures.dispose();
    this.lensPass.dispose();
    this.renderer.dispose();
  }
}
