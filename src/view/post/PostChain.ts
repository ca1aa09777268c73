import {
  DepthTexture,
  HalfFloatType,
  MathUtils,
  Matrix3,
  Matrix4,
  type PerspectiveCamera,
  Quaternion,
  type Scene,
  Vector2,
  Vector3,
  type WebGLRenderer,
  WebGLRenderTarget,
} from "three";
import type { FrameLens } from "../../session/ViewFrame";
import type { SimEvent } from "../../sim/core/SimEvent";
import type { QualityProfile } from "../quality/QualityLevels";
import { BLOOM_PASSES, BloomPass } from "./BloomPass";
import { CameraDamage, cameraEventEffect } from "./CameraDamage";
import { CameraPass, type CameraPassInputs } from "./CameraPass";
import { CrackTexture } from "./CrackTexture";
import { ExposureAdapter } from "./ExposureAdapter";
import { LuminanceMeter } from "./LuminanceMeter";

/** The action camera's effects as switches (player settings), with the comfort settings that temper them. */
export interface PostEffects {
  autoExposure: boolean;
  bloom: boolean;
  motionBlur: boolean;
  /** Grain, a little sharpening, compression in the darks. */
  sensor: boolean;
  rollingShutter: boolean;
  /** Heavy head hits tear the picture, drop frames and crack the lens. */
  cameraDamage: boolean;
  /** The comfort envelope's lens gain, 0..1: scales the motion-driven effects (wobble, tearing). */
  lensGain: number;
  /** Reduced flashes (reduced motion): quick exposure, softer bloom, tearing without colour blocks. */
  reduceFlashes: boolean;
}

export const DEFAULT_POST_EFFECTS: Readonly<PostEffects> = {
  autoExposure: true,
  bloom: true,
  motionBlur: true,
  sensor: true,
  rollingShutter: true,
  cameraDamage: true,
  lensGain: 1,
  reduceFlashes: false,
};

/** The look's tuning numbers. */
export const POST_TUNING = {
  grainAmount: 0.03,
  sharpenAmount: 0.3,
  compressionAmount: 0.65,
  bloomStrength: 0.55,
  /** Exposed brightness where the glow begins (1 = white). */
  bloomThreshold: 0.9,
  /** Exposure time of a frame for motion blur, s (a 180° shutter at 25 fps would be 1/50). */
  shutterS: 1 / 50,
  /** Top-to-bottom read-out time of the sensor, s (rolling shutter). */
  readoutS: 0.02,
  /** The rig's angular speed where the wobble starts and where it is full, deg/s. */
  wobbleFromDegS: 40,
  wobbleFullDegS: 250,
  /** Most the rolling shutter skews the picture top to bottom (share of its width; roll in rad). */
  maxSkew: 0.03,
  /** Share of the tearing kept with flashes reduced. */
  calmGlitch: 0.4,
} as const;

/** The rig's own turn rate this frame (mouse look excluded), rad/s. */
export interface RigRates {
  pitchRadS: number;
  yawRadS: number;
  rollRadS: number;
}

const _q = new Quaternion();
const _m4 = new Matrix4();

/**
 * One post-processing chain for the action-camera image: the scene into a linear
 * half-float target (multisampled where the level pays), a 32x18 exposure meter, the bloom
 * on quarter-size targets, and one camera pass that does every per-pixel effect at once.
 * Written for this game rather than on EffectComposer because on a software rasteriser
 * every full-screen pass costs a full picture's fill: this chain pays for one.
 */
export class PostChain {
  private readonly scene: WebGLRenderTarget;
  private readonly meter = new LuminanceMeter();
  private readonly bloom = new BloomPass();
  private readonly crack = new CrackTexture();
  private readonly pass: CameraPass;
  readonly exposure = new ExposureAdapter();
  readonly damage = new CameraDamage();
  private effects: PostEffects = { ...DEFAULT_POST_EFFECTS };
  private quality: QualityProfile | null = null;
  private readonly prevQuat = new Quaternion();
  private hasPrev = false;
  private readonly inputs: CameraPassInputs = {
    nearFar: new Vector2(0.05, 2000),
    exposure: 1,
    bloom: 0,
    blur: 0,
    deltaRot: new Matrix3(),
    tanHalfFov: new Vector2(1, 1),
    shutter: new Vector3(),
    grain: 0,
    sharpen: 0,
    compress: 0,
    glitch: 0,
    glitchSeed: 0,
    glitchColour: 1,
    crack: false,
    timeS: 0,
  };
  /** Render passes of the last frame (scene, meter, bloom, camera; shadows are the view's). */
  passes = 0;

  constructor() {
    // A depth texture rather than a buffer: the blur spares what is within a metre of the lens.
    this.scene = new WebGLRenderTarget(1, 1, { type: HalfFloatType, samples: 0, depthTexture: new DepthTexture(1, 1) });
    this.pass = new CameraPass(this.scene.texture, this.scene.depthTexture as DepthTexture, this.bloom.texture, this.crack.texture);
  }

  /** The picture's size in pixels (the canvas's drawing buffer). */
  setSize(width: number, height: number): void {
    this.scene.setSize(width, height);
    this.bloom.setSize(width, height);
    this.pass.setSize(width, height);
  }

  /** Applies a quality level: multisampling and the costly parts of the camera pass. */
  setQuality(q: QualityProfile): void {
    this.quality = q;
    if (this.scene.samples !== q.msaaSamples) {
      this.scene.samples = q.msaaSamples;
      // Multisampling is fixed when the framebuffer is made: make it again.
      this.scene.dispose();
    }
    this.updateFeatures();
  }

  /** Applies the player's effect switches and comfort settings. */
  setEffects(e: PostEffects): void {
    if (!e.autoExposure) this.exposure.reset();
    if (!e.cameraDamage) this.damage.repair();
    this.effects = { ...e };
    this.updateFeatures();
  }

  private updateFeatures(): void {
    const q = this.quality?.post;
    const e = this.effects;
    this.pass.setFeatures({
      bloom: (q?.bloom ?? false) && e.bloom,
      motionBlurTaps: e.motionBlur ? (q?.motionBlurTaps ?? 0) : 0,
      sharpen: (q?.sharpen ?? false) && e.sensor,
      compression: (q?.compression ?? false) && e.sensor,
    });
  }

  /** A new level or a jump: no blur from the last pose, exposure set by the next metering. */
  reset(): void {
    this.hasPrev = false;
    this.exposure.reset();
    this.meter.reset();
    this.damage.repair();
  }

  /**
   * Reads the core's events for the destroyed camera: a heavy head hit (what the core counts
   * as a camera destroyed) breaks it; a checkpoint or a restart hands Henry a fresh one.
   */
  onSimEvent(e: SimEvent): void {
    const effect = cameraEventEffect(e);
    if (effect === "hit" && this.effects.cameraDamage) this.damage.hit(e.tick);
    else if (effect === "repair") this.damage.repair();
  }

  /**
   * Compiles the scene's materials as they will draw: into the linear scene target.
   * In parallel where the browser offers KHR_parallel_shader_compile, else at once.
   */
  async compile(renderer: WebGLRenderer, scene: Scene, camera: PerspectiveCamera): Promise<void> {
    const before = renderer.getRenderTarget();
    renderer.setRenderTarget(this.scene);
    try {
      if (renderer.extensions.has("KHR_parallel_shader_compile")) await renderer.compileAsync(scene, camera);
      else renderer.compile(scene, camera);
    } finally {
      renderer.setRenderTarget(before);
    }
  }

  /**
   * Advances the camera's damage clock by one frame.
   * @returns whether this frame is dropped (the view then draws nothing: the last picture stays)
   */
  dropFrame(dtS: number): boolean {
    return this.damage.frame(dtS) && this.effects.cameraDamage;
  }

  /**
   * Renders `scene` through the camera to the screen.
   * @param dtS the frame's duration, s
   * @param rig the rig's own turn rate (drives the rolling-shutter wobble)
   */
  render(renderer: WebGLRenderer, scene: Scene, camera: PerspectiveCamera, lens: Readonly<FrameLens>, dtS: number, rig: RigRates): void {
    const e = this.effects;
    const q = this.quality;
    renderer.setRenderTarget(this.scene);
    renderer.render(scene, camera);
    this.passes = 2;
    const inp = this.inputs;
    inp.exposure = 1;
    if (e.autoExposure) {
      this.meter.render(renderer, this.scene.texture);
      this.passes++;
      if (!Number.isNaN(this.meter.luminance)) inp.exposure = this.exposure.update(this.meter.luminance, dtS, e.reduceFlashes);
    }
    const bloomOn = (q?.post.bloom ?? false) && e.bloom;
    if (bloomOn) {
      this.bloom.render(renderer, this.scene, renderer.toneMappingExposure * inp.exposure, POST_TUNING.bloomThreshold);
      this.passes += BLOOM_PASSES;
    }
    inp.bloom = bloomOn ? POST_TUNING.bloomStrength * (e.reduceFlashes ? 0.6 : 1) : 0;
    this.motion(camera, lens, dtS, rig);
    this.sensor();
    this.pass.render(renderer, lens, inp);
  }

  /** Motion blur from the camera's turn since the last frame; rolling-shutter skew from the rig's. */
  private motion(camera: PerspectiveCamera, lens: Readonly<FrameLens>, dtS: number, rig: RigRates): void {
    const e = this.effects;
    const inp = this.inputs;
    const tanY = Math.tan(MathUtils.degToRad(camera.fov) / 2);
    const tanX = tanY * camera.aspect;
    inp.tanHalfFov.set(tanX, tanY);
    inp.nearFar.set(camera.near, camera.far);
    const blurAmount = e.motionBlur && (this.quality?.post.motionBlurTaps ?? 0) > 0 ? (lens.motionBlur ?? 0) : 0;
    inp.blur = this.hasPrev && dtS > 0 ? blurAmount * Math.min(1, POST_TUNING.shutterS / dtS) : 0;
    // Camera space then to camera space before: prev^-1 * current.
    _q.copy(this.prevQuat).invert().multiply(camera.quaternion);
    inp.deltaRot.setFromMatrix4(_m4.makeRotationFromQuaternion(_q));
    this.prevQuat.copy(camera.quaternion);
    this.hasPrev = true;
    const speedDegS = MathUtils.radToDeg(Math.hypot(rig.pitchRadS, rig.yawRadS, rig.rollRadS));
    const t = POST_TUNING;
    const wobble = e.rollingShutter ? MathUtils.smoothstep(speedDegS, t.wobbleFromDegS, t.wobbleFullDegS) * e.lensGain : 0;
    // A turn of w rad/s moves the picture w * readout across the frame's height, in uv.
    // Subtle by design: a jump of the rig (a cut, an operator change) would otherwise tear the frame.
    const m = t.maxSkew;
    inp.shutter.set(
      MathUtils.clamp((-rig.yawRadS * t.readoutS * wobble) / (2 * tanX), -m, m),
      MathUtils.clamp((rig.pitchRadS * t.readoutS * wobble) / (2 * tanY), -m, m),
      MathUtils.clamp(rig.rollRadS * t.readoutS * wobble, -m, m),
    );
  }

  /** Grain, sharpening, compression, and the destroyed camera's tearing and crack. */
  private sensor(): void {
    const e = this.effects;
    const inp = this.inputs;
    const t = POST_TUNING;
    inp.timeS = performance.now() / 1000;
    inp.grain = e.sensor ? t.grainAmount : 0;
    inp.sharpen = e.sensor ? t.sharpenAmount : 0;
    inp.compress = e.sensor ? t.compressionAmount : 0;
    const d = this.damage;
    const calm = e.reduceFlashes;
    inp.glitch = e.cameraDamage ? d.glitch01 * e.lensGain * (calm ? t.calmGlitch : 1) : 0;
    // The torn pattern jumps about twenty times a second (six when calm: no strobing).
    inp.glitchSeed = (d.hitSeed % 997) + Math.floor(inp.timeS * (calm ? 6 : 20));
    inp.glitchColour = calm ? 0 : 1;
    this.crack.update(d.cracks, d.cracksVersion);
    inp.crack = e.cameraDamage && d.cracks.length > 0;
  }

  /** The exposure meter's last reading and the correction it set (tests read these). */
  get metering(): { luminance: number; exposureEv: number; readings: number; clockS: number } {
    return { luminance: this.meter.luminance, exposureEv: this.exposure.ev, readings: this.meter.readings, clockS: this.exposure.clockS };
  }

  dispose(): void {
    this.scene.dispose();
    this.meter.dispose();
    this.bloom.dispose();
    this.crack.dispose();
    this.pass.dispose();
  }
}
