import { verticalFovDeg } from "./verticalFov";
import {
  ACESFilmicToneMapping,
  MathUtils,
  PCFShadowMap,
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
import { LevelMeshes } from "./level/LevelMeshes";
import { TextureBank } from "./level/textures";
import { PostChain, type PostEffects, type RigRates } from "./post/PostChain";
import { PropsView } from "./PropsView";
import type { QualityLevel, QualitySetting } from "./quality/QualityLevels";
import { readRendererCaps } from "./quality/readRendererCaps";
import { RenderQuality } from "./quality/RenderQuality";

/** Shadow quality, a player setting that overrides the quality level's: map size 0 turns shadows off. */
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

/** What the renderer did in the last frame, as `headcam.stats()` reports it. */
export interface RenderFigures {
  quality: { level: QualityLevel; renderScale: number; setting: QualitySetting };
  /** Render passes: shadow map, scene, exposure meter, bloom levels, camera pass. */
  passes: number;
  /** Sun shadow map edge, texels (0: no shadows). */
  shadowMapSize: number;
  /** Multisampling of the scene target. */
  msaaSamples: number;
  /** Anisotropic filtering the surface textures are uploaded with. */
  anisotropy: number;
  /** Decoration placements drawn. */
  decorDrawn: number;
  /** The lens: cracks on it now, frames dropped so far (a destroyed camera). */
  cracks: number;
  droppedFrames: number;
  /** The exposure meter: the scene's metered luminance, the correction in stops, readings, the adapter's clock (s). */
  exposure: { luminance: number; ev: number; readings: number; clockS: number };
}

/**
 * The three.js renderer and scene. Reads frames the app prepares; owns every GPU
 * resource it makes and releases them in `dispose`.
 */
export class View {
  readonly renderer: WebGLRenderer;
  readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(70, 16 / 9, 0.05, 2000);
  readonly textures = new TextureBank();
  readonly post = new PostChain();
  readonly quality: RenderQuality;
  readonly lastPose: CameraPose = { position: [0, 0, 0], pitchDeg: 0, yawDeg: 0, rollDeg: 0, fovDeg: 90 };
  private level: { meshes: LevelMeshes; props: PropsView; env: Environment; city: CityView } | null = null;
  private shadowOverride: ShadowQuality | null;
  /** A drawing-buffer ratio fixed over the device's and the render scale (offline renders), or null. */
  private readonly fixedPixelRatio: number | null;
  private width = 1;
  private height = 1;
  private lastRenderMs = -1;
  private readonly prevRig = { pitch: 0, yaw: 0, roll: 0, valid: false };
  private readonly rigRates: RigRates = { pitchRadS: 0, yawRadS: 0, rollRadS: 0 };
  /** Draw calls and triangles of the last frame, every pass included. */
  lastDrawCalls = 0;
  lastTriangles = 0;
  private lastPasses = 0;

  /**
   * @param opts.quality the quality setting (default `auto`)
   * @param opts.shadows a shadow setting that overrides the level's (absent: the level decides)
   * @param opts.pixelRatio drawing-buffer pixels per CSS pixel, fixed (a video's pixels are the View's); absent: the device's times the render scale
   */
  constructor(
    readonly canvas: HTMLCanvasElement,
    opts: { quality?: QualitySetting; shadows?: ShadowQuality; pixelRatio?: number } = {},
  ) {
    try {
      // No multisampled canvas: the scene is drawn into the post chain's target, which
      // multisamples where the quality level pays for it; the canvas only gets one pass.
      this.renderer = new WebGLRenderer({ canvas, antialias: false, powerPreference: "high-performance" });
    } catch (e) {
      throw new WebGLUnavailableError(e instanceof Error ? e.message : String(e));
    }
    this.shadowOverride = opts.shadows ?? null;
    this.fixedPixelRatio = opts.pixelRatio ?? null;
    const r = this.renderer;
    r.outputColorSpace = SRGBColorSpace;
    r.toneMapping = ACESFilmicToneMapping;
    r.toneMappingExposure = 0.9;
    // Always on: the sun's castShadow (0 map size: none) decides whether a shadow pass runs.
    r.shadowMap.enabled = true;
    r.shadowMap.type = PCFShadowMap;
    r.info.autoReset = false;
    this.camera.rotation.order = "YXZ";
    this.quality = new RenderQuality(opts.quality ?? "auto", readRendererCaps(r));
    this.post.setQuality(this.quality.profile);
  }

  /** Pins a quality level or hands the choice to `auto`; applied at once. */
  setQuality(setting: QualitySetting): void {
    this.quality.set(setting);
    this.applyQuality();
  }

  /** Overrides the level's shadows (a player setting), or lets the level decide (null). */
  setShadows(shadows: ShadowQuality | null): void {
    this.shadowOverride = shadows;
    this.applyQuality();
  }

  /** The player's effect switches and comfort settings for the post chain. */
  setPostEffects(e: PostEffects): void {
    this.post.setEffects(e);
  }

  /** Applies the current level and render scale to the renderer, the chain and the city. */
  private applyQuality(): void {
    const p = this.quality.profile;
    this.resize(this.width, this.height);
    this.post.setQuality(p);
    this.textures.setAnisotropy(p.anisotropy);
    if (!this.level) return;
    const size = this.shadowOverride ? SHADOW_MAP_SIZE[this.shadowOverride] : p.shadowMapSize;
    this.level.env.setShadows(size, p.shadowRadius || 2);
    this.level.city.setDecorQuality(p.decorDrawDistanceM, p.decorDensity);
  }

  /** Builds the scene for a level (replacing any previous one). */
  loadLevel(level: Level): void {
    this.unloadLevel();
    // Casters and receivers are marked as if shadows were on; the level's sun decides.
    const meshes = new LevelMeshes(level, this.textures, true);
    const props = new PropsView(level.props, this.textures, true);
    const env = new Environment(this.scene, level.timeOfDay, 0);
    const city = new CityView(level, this.textures, true);
    this.scene.add(meshes.group, props.group, city.group);
    this.level = { meshes, props, env, city };
    this.setTimeOfDay(level.timeOfDay);
    this.applyQuality();
    this.post.reset();
    this.quality.settle();
    this.prevRig.valid = false;
  }

  /** Sets sun, sky, fog, lamps and lit windows for a moment of the day. */
  setTimeOfDay(t: TimeOfDay): void {
    if (!this.level) return;
    const { env, meshes, city } = this.level;
    env.setTimeOfDay(t);
    env.bakeSky(this.renderer);
    meshes.setNight(env.night01);
    city.setLight(env.night01, env.fogColor);
    this.renderer.toneMappingExposure = env.exposure;
    // Auto exposure must not lift a night into a grey day.
    this.post.exposure.night01 = env.night01;
  }

  unloadLevel(): void {
    if (!this.level) return;
    this.scene.remove(this.level.meshes.group, this.level.props.group, this.level.city.group);
    this.level.city.dispose();
    this.level.meshes.dispose();
    this.level.props.dispose();
    this.level.env.dispose();
    this.level = null;
    this.textures.releaseGpu();
    this.renderer.renderLists.dispose();
  }

  /**
   * Compiles the scene's shaders ahead of the first frame, for the post chain's linear
   * target they draw into (compiling for the screen makes sRGB variants no frame uses): in
   * parallel where the browser offers KHR_parallel_shader_compile, else at once (asking
   * three to wait on a missing extension only adds a console warning).
   */
  async warmUp(): Promise<void> {
    await this.post.compile(this.renderer, this.scene, this.camera);
  }

  /**
   * After the browser gives back a lost WebGL context. three has already made its GPU state
   * anew (programs, buffers, textures and render targets are remade from the scene on the
   * next draw, as on a first frame); the view sets again what lives only on the GPU: the
   * canvas and the post chain's targets at their size, and a shadow map drawn afresh.
   */
  contextRestored(): void {
    this.resize(this.width, this.height);
    this.renderer.shadowMap.needsUpdate = true;
  }

  /** Sets the canvas's size in CSS pixels; the drawing buffer is that times the device ratio and the render scale. */
  resize(width: number, height: number): void {
    this.width = Math.max(1, Math.floor(width));
    this.height = Math.max(1, Math.floor(height));
    const p = this.quality.profile;
    const device = typeof window === "undefined" ? 1 : window.devicePixelRatio || 1;
    this.renderer.setPixelRatio(this.fixedPixelRatio ?? Math.min(device, p.maxDevicePixelRatio) * this.quality.renderScale);
    this.renderer.setSize(this.width, this.height, false);
    const pr = this.renderer.getPixelRatio();
    this.post.setSize(Math.max(1, Math.floor(this.width * pr)), Math.max(1, Math.floor(this.height * pr)));
  }

  render(frame: ViewFrame): void {
    const nowMs = performance.now();
    const dtS = this.lastRenderMs < 0 ? 0 : Math.min(0.25, (nowMs - this.lastRenderMs) / 1000);
    if (this.lastRenderMs >= 0 && this.quality.frame(nowMs - this.lastRenderMs, nowMs / 1000)) this.applyQuality();
    this.lastRenderMs = nowMs;
    const cam = this.camera;
    cam.aspect = this.width / this.height;
    // The player's FOV is horizontal; three.js wants the vertical one (kept sensible in odd windows).
    cam.fov = verticalFovDeg(frame.fovDeg, cam.aspect);
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
      this.level.city.follow(frame.eye.x, frame.eye.y, frame.eye.z);
    }
    this.rigTurn(frame, dtS);
    this.recordPose();
    // A destroyed camera drops a frame or two: nothing is drawn and the last picture stays.
    if (this.post.dropFrame(dtS)) return;
    this.renderer.info.reset();
    this.post.render(this.renderer, this.scene, cam, frame.lens, dtS, this.rigRates);
    this.lastDrawCalls = this.renderer.info.render.calls;
    this.lastTriangles = this.renderer.info.render.triangles;
    this.lastPasses = this.post.passes + (this.level && this.level.env.shadowMapSize > 0 ? 1 : 0);
  }

  /** The rig's own turn rate since the last frame (the rolling shutter's wobble follows it). */
  private rigTurn(frame: ViewFrame, dtS: number): void {
    const r = this.prevRig;
    const ok = r.valid && dtS > 1e-3;
    this.rigRates.pitchRadS = ok ? (frame.rigPitchRad - r.pitch) / dtS : 0;
    this.rigRates.yawRadS = ok ? (frame.rigYawRad - r.yaw) / dtS : 0;
    this.rigRates.rollRadS = ok ? (frame.rigRollRad - r.roll) / dtS : 0;
    r.pitch = frame.rigPitchRad;
    r.yaw = frame.rigYawRad;
    r.roll = frame.rigRollRad;
    r.valid = true;
  }

  /** The renderer's figures of the last frame. */
  get figures(): RenderFigures {
    const m = this.post.metering;
    return {
      quality: { level: this.quality.level, renderScale: this.quality.renderScale, setting: this.quality.current },
      passes: this.lastPasses,
      shadowMapSize: this.level?.env.shadowMapSize ?? 0,
      msaaSamples: this.quality.profile.msaaSamples,
      anisotropy: this.textures.anisotropyNow,
      decorDrawn: this.level?.city.decorDrawn ?? 0,
      cracks: this.post.damage.cracks.length,
      droppedFrames: this.post.damage.dropped,
      exposure: { luminance: m.luminance, ev: m.exposureEv, readings: m.readings, clockS: m.clockS },
    };
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
    this.post.dispose();
    this.renderer.dispose();
  }
}
