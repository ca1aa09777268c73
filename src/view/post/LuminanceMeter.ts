import { ShaderMaterial, type Texture, UnsignedByteType, type WebGLRenderer, WebGLRenderTarget } from "three";
import { FullScreenQuad } from "three/examples/jsm/postprocessing/Pass.js";
import { FULLSCREEN_VERT } from "./cameraShader";

/** The meter's grid: a 16:9 picture read as 32 x 18 cells. */
const METER_W = 32;
const METER_H = 18;
/** log2 luminance is stored in 8 bits over this range of stops (0.08 EV per step). */
const LOG_MIN = -14;
const LOG_RANGE = 20;

const METER_FRAG = /* glsl */ `
uniform sampler2D tScene;
uniform vec2 uCell;
varying vec2 vUv;
float logLum(vec2 uv) {
  vec3 c = texture2D(tScene, uv).rgb;
  return log2(max(dot(c, vec3(0.2126, 0.7152, 0.0722)), 1e-5));
}
void main() {
  vec2 q = uCell * 0.25;
  float l = 0.25 * (logLum(vUv + vec2(-q.x, -q.y)) + logLum(vUv + vec2(q.x, -q.y)) + logLum(vUv + vec2(-q.x, q.y)) + logLum(vUv + vec2(q.x, q.y)));
  gl_FragColor = vec4(clamp((l - float(${LOG_MIN})) / float(${LOG_RANGE}), 0.0, 1.0), 0.0, 0.0, 1.0);
}`;

/**
 * The exposure meter: each frame the linear scene is reduced to 32 x 18 cells of log
 * luminance (one small pass); every other frame, unless a reading is still on its way, the
 * cells are read back without stalling (a fence, resolved a frame or two later) and averaged with the centre weighted, as a
 * camera's meter does.
 */
export class LuminanceMeter {
  private readonly target = new WebGLRenderTarget(METER_W, METER_H, { type: UnsignedByteType, depthBuffer: false });
  private readonly material = new ShaderMaterial({
    uniforms: { tScene: { value: null as Texture | null }, uCell: { value: [1 / METER_W, 1 / METER_H] } },
    vertexShader: FULLSCREEN_VERT,
    fragmentShader: METER_FRAG,
    depthTest: false,
    depthWrite: false,
    toneMapped: false,
  });
  private readonly quad = new FullScreenQuad(this.material);
  private readonly pixels = new Uint8Array(METER_W * METER_H * 4);
  private readonly weights = new Float32Array(METER_W * METER_H);
  private pending = false;
  private disposed = false;
  private framesSinceRead = 0;
  /** The last metered average luminance of the scene (linear, before exposure); NaN until the first reading. */
  luminance = Number.NaN;
  /** Readings completed (tests wait for a fresh one). */
  readings = 0;

  constructor(private readonly readEveryFrames = 2) {
    let sum = 0;
    for (let y = 0; y < METER_H; y++) {
      for (let x = 0; x < METER_W; x++) {
        const dx = (x + 0.5) / METER_W - 0.5;
        const dy = (y + 0.5) / METER_H - 0.5;
        const w = 1 - 1.4 * (dx * dx + dy * dy);
        this.weights[y * METER_W + x] = w;
        sum += w;
      }
    }
    for (let i = 0; i < this.weights.length; i++) this.weights[i] /= sum;
  }

  /** Meters `scene` (the linear picture); one draw call. */
  render(renderer: WebGLRenderer, scene: Texture): void {
    this.material.uniforms.tScene.value = scene;
    renderer.setRenderTarget(this.target);
    this.quad.render(renderer);
    this.framesSinceRead++;
    if (this.pending || this.framesSinceRead < this.readEveryFrames) return;
    this.pending = true;
    this.framesSinceRead = 0;
    renderer
      .readRenderTargetPixelsAsync(this.target, 0, 0, METER_W, METER_H, this.pixels)
      .then(() => {
        if (!this.disposed) this.average();
      })
      .catch(() => {
        // A lost context or a resize mid-read: the next reading replaces this one.
      })
      .finally(() => {
        this.pending = false;
      });
  }

  private average(): void {
    let sum = 0;
    for (let i = 0; i < this.weights.length; i++) sum += this.weights[i] * ((this.pixels[i * 4] / 255) * LOG_RANGE + LOG_MIN);
    this.luminance = 2 ** sum;
    this.readings++;
  }

  /** Forgets the last reading (a new level). */
  reset(): void {
    this.luminance = Number.NaN;
  }

  dispose(): void {
    this.disposed = true;
    this.target.dispose();
    this.material.dispose();
  }
}
