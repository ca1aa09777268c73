import { type Matrix3, ShaderMaterial, type Texture, Vector2, Vector3, type WebGLRenderer } from "three";
import { FullScreenQuad } from "three/examples/jsm/postprocessing/Pass.js";
import type { FrameLens } from "../../session/ViewFrame";
import type { PostQuality } from "../quality/QualityLevels";
import { CAMERA_FRAG, FULLSCREEN_VERT } from "./cameraShader";

/** The distortion coefficient k of r' = r(1 + k r²) at barrel = 1. */
const BARREL_K_AT_1 = 0.3;
/** The red/blue split (in UV units per unit of the edge term) at chromatic = 1. */
const CHROMATIC_AT_1 = 0.006;

/** The shader's plain number uniforms, all 0 until the first frame. */
const SCALARS = ["uBarrel", "uVignette", "uChromatic", "uDamage", "uDesat", "uExposure", "uBloom", "uBlur", "uGrain", "uSharpen", "uCompress", "uGlitch", "uGlitchSeed", "uGlitchColour", "uCrack", "uTime"];

/** Which costly parts the shader is compiled with. */
export type CameraPassFeatures = PostQuality;

/** Everything the camera pass reads for one frame besides the lens. */
export interface CameraPassInputs {
  /** The camera's near and far planes, m (the blur reads depth to spare what the head carries). */
  nearFar: Vector2;
  exposure: number;
  bloom: number;
  blur: number;
  deltaRot: Matrix3;
  tanHalfFov: Vector2;
  shutter: Vector3;
  grain: number;
  sharpen: number;
  compress: number;
  glitch: number;
  glitchSeed: number;
  glitchColour: number;
  crack: boolean;
  timeS: number;
}

/**
 * The last pass to the screen: barrel distortion, colour fringes, motion blur from the
 * camera's turn, rolling-shutter skew, bloom, exposure, vignette, Henry's damage, tone
 * mapping, then the sensor (compression in the darks, grain) and a cracked lens.
 */
export class CameraPass {
  private readonly material: ShaderMaterial;
  private readonly quad: FullScreenQuad;
  private features = "";

  constructor(scene: Texture, depth: Texture, bloom: Texture, crack: Texture) {
    this.material = new ShaderMaterial({
      uniforms: {
        tScene: { value: scene },
        tDepth: { value: depth },
        uNearFar: { value: new Vector2(0.05, 2000) },
        tBloom: { value: bloom },
        tCrack: { value: crack },
        uTexel: { value: new Vector2(1, 1) },
        uAspect: { value: new Vector2(1, 1) },
        uTanHalfFov: { value: new Vector2(1, 1) },
        uShutter: { value: new Vector3() },
        uDeltaRot: { value: null },
        ...Object.fromEntries(SCALARS.map((k) => [k, { value: 0 }])),
      },
      vertexShader: FULLSCREEN_VERT,
      fragmentShader: CAMERA_FRAG,
      depthTest: false,
      depthWrite: false,
    });
    this.quad = new FullScreenQuad(this.material);
    this.setFeatures({ bloom: false, motionBlurTaps: 0, sharpen: false, compression: false });
  }

  /** Compiles in the costly parts a level pays for (a recompile only when they change). */
  setFeatures(f: CameraPassFeatures): void {
    const key = `${f.bloom}|${f.motionBlurTaps}|${f.sharpen}|${f.compression}`;
    if (key === this.features) return;
    this.features = key;
    const d: Record<string, string | number> = { MOTION_BLUR_TAPS: f.motionBlurTaps };
    if (f.bloom) d.BLOOM = "";
    if (f.sharpen) d.SHARPEN = "";
    if (f.compression) d.COMPRESSION = "";
    this.material.defines = d;
    this.material.needsUpdate = true;
  }

  /** @param width @param height the picture's size in pixels */
  setSize(width: number, height: number): void {
    const u = this.material.uniforms;
    u.uTexel.value.set(1 / width, 1 / height);
    u.uAspect.value.set(width / Math.max(height, 1), 1).normalize().multiplyScalar(Math.SQRT2);
  }

  /** Draws the finished picture to the screen. */
  render(renderer: WebGLRenderer, lens: Readonly<FrameLens>, p: CameraPassInputs): void {
    const u = this.material.uniforms;
    u.uBarrel.value = lens.barrel * BARREL_K_AT_1;
    u.uVignette.value = lens.vignette;
    u.uChromatic.value = lens.chromatic * CHROMATIC_AT_1;
    u.uDamage.value = lens.damage ?? 0;
    u.uDesat.value = lens.desaturate ?? 0;
    u.uNearFar.value.copy(p.nearFar);
    u.uExposure.value = p.exposure;
    u.uBloom.value = p.bloom;
    u.uBlur.value = p.blur;
    u.uDeltaRot.value = p.deltaRot;
    u.uTanHalfFov.value.copy(p.tanHalfFov);
    u.uShutter.value.copy(p.shutter);
    u.uGrain.value = p.grain;
    u.uSharpen.value = p.sharpen;
    u.uCompress.value = p.compress;
    u.uGlitch.value = p.glitch;
    u.uGlitchSeed.value = p.glitchSeed;
    u.uGlitchColour.value = p.glitchColour;
    u.uCrack.value = p.crack ? 1 : 0;
    u.uTime.value = p.timeS;
    renderer.setRenderTarget(null);
    this.quad.render(renderer);
  }

  dispose(): void {
    this.material.dispose();
  }
}
