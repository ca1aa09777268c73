import {
  AdditiveBlending,
  HalfFloatType,
  NoBlending,
  ShaderMaterial,
  type Texture,
  Vector2,
  type WebGLRenderer,
  WebGLRenderTarget,
} from "three";
import { FullScreenQuad } from "three/examples/jsm/postprocessing/Pass.js";
import { FULLSCREEN_VERT } from "./cameraShader";

// Bright pass at a quarter of the resolution: four bilinear reads cover a 4x4 block, and only
// what the exposure pushes past white (a hard sky, a lamp, a muzzle flash) passes, softly.
const PREFILTER_FRAG = /* glsl */ `
uniform sampler2D tSource;
uniform vec2 uTexel;
uniform float uExposure;
uniform float uThreshold;
varying vec2 vUv;
void main() {
  vec3 c = texture2D(tSource, vUv + uTexel * vec2(-1.0, -1.0)).rgb + texture2D(tSource, vUv + uTexel * vec2(1.0, -1.0)).rgb
    + texture2D(tSource, vUv + uTexel * vec2(-1.0, 1.0)).rgb + texture2D(tSource, vUv + uTexel * vec2(1.0, 1.0)).rgb;
  c *= 0.25 * uExposure;
  float l = max(c.r, max(c.g, c.b));
  float knee = 0.5 * uThreshold;
  float soft = clamp(l - uThreshold + knee, 0.0, 2.0 * knee);
  soft = soft * soft / (4.0 * knee + 1e-4);
  float w = max(soft, l - uThreshold) / max(l, 1e-4);
  gl_FragColor = vec4(min(c * w, vec3(16.0)), 1.0);
}`;

// Dual filtering (Marius Bjørge, SIGGRAPH 2015): the down pass reads a centre and four
// diagonal corners; the up pass a tent of four, added onto the level above.
const DOWN_FRAG = /* glsl */ `
uniform sampler2D tSource;
uniform vec2 uTexel;
varying vec2 vUv;
void main() {
  vec3 c = texture2D(tSource, vUv).rgb * 4.0;
  c += texture2D(tSource, vUv + uTexel * vec2(-1.0, -1.0)).rgb;
  c += texture2D(tSource, vUv + uTexel * vec2(1.0, -1.0)).rgb;
  c += texture2D(tSource, vUv + uTexel * vec2(-1.0, 1.0)).rgb;
  c += texture2D(tSource, vUv + uTexel * vec2(1.0, 1.0)).rgb;
  gl_FragColor = vec4(c * 0.125, 1.0);
}`;

const UP_FRAG = /* glsl */ `
uniform sampler2D tSource;
uniform vec2 uTexel;
varying vec2 vUv;
void main() {
  vec3 c = texture2D(tSource, vUv + uTexel * vec2(-1.0, 0.0)).rgb + texture2D(tSource, vUv + uTexel * vec2(1.0, 0.0)).rgb
    + texture2D(tSource, vUv + uTexel * vec2(0.0, -1.0)).rgb + texture2D(tSource, vUv + uTexel * vec2(0.0, 1.0)).rgb;
  gl_FragColor = vec4(c * 0.25, 1.0);
}`;

function passMaterial(fragmentShader: string, additive = false): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { tSource: { value: null }, uTexel: { value: new Vector2() }, uExposure: { value: 1 }, uThreshold: { value: 1 } },
    vertexShader: FULLSCREEN_VERT,
    fragmentShader,
    depthTest: false,
    depthWrite: false,
    toneMapped: false,
    blending: additive ? AdditiveBlending : NoBlending,
    transparent: additive,
  });
}

/** Render passes the bloom makes per frame: one bright pass, two down, two up. */
export const BLOOM_PASSES = 5;

/**
 * The glow of a hard, bright sky: a bright pass at a quarter of the resolution, two
 * halvings, and two tent upsamples added back, all on small targets (about 1/12 of the
 * pixels of one full-screen pass in all). The camera pass adds the quarter target.
 */
export class BloomPass {
  private readonly levels: WebGLRenderTarget[];
  private readonly prefilter = passMaterial(PREFILTER_FRAG);
  private readonly down = passMaterial(DOWN_FRAG);
  private readonly up = passMaterial(UP_FRAG, true);
  private readonly quad = new FullScreenQuad(this.prefilter);

  constructor() {
    this.levels = [0, 1, 2].map(() => new WebGLRenderTarget(1, 1, { type: HalfFloatType, depthBuffer: false }));
  }

  /** The glow to add, a quarter of the picture's size. */
  get texture(): Texture {
    return this.levels[0].texture;
  }

  /** @param width @param height the picture's size in pixels */
  setSize(width: number, height: number): void {
    this.levels.forEach((t, i) => {
      t.setSize(Math.max(1, Math.floor(width / (4 << i))), Math.max(1, Math.floor(height / (4 << i))));
    });
  }

  /**
   * @param scene the linear picture
   * @param exposure the auto exposure now, so the same things glow however bright the place
   * @param threshold exposed brightness where glow begins (1 = white)
   */
  render(renderer: WebGLRenderer, scene: WebGLRenderTarget, exposure: number, threshold: number): void {
    const pre = this.prefilter.uniforms;
    pre.tSource.value = scene.texture;
    pre.uTexel.value.set(1 / scene.width, 1 / scene.height);
    pre.uExposure.value = exposure;
    pre.uThreshold.value = threshold;
    this.draw(renderer, this.prefilter, this.levels[0]);
    for (let i = 1; i < this.levels.length; i++) this.pass(renderer, this.down, this.levels[i - 1], this.levels[i]);
    for (let i = this.levels.length - 1; i > 0; i--) this.pass(renderer, this.up, this.levels[i], this.levels[i - 1]);
  }

  private pass(renderer: WebGLRenderer, m: ShaderMaterial, from: WebGLRenderTarget, to: WebGLRenderTarget): void {
    m.uniforms.tSource.value = from.texture;
    m.uniforms.uTexel.value.set(1 / from.width, 1 / from.height);
    this.draw(renderer, m, to);
  }

  private draw(renderer: WebGLRenderer, m: ShaderMaterial, to: WebGLRenderTarget): void {
    this.quad.material = m;
    renderer.setRenderTarget(to);
    // The up passes add onto what the down pass left there: no clear first.
    const autoClear = renderer.autoClear;
    renderer.autoClear = !m.transparent;
    this.quad.render(renderer);
    renderer.autoClear = autoClear;
  }

  dispose(): void {
    for (const t of this.levels) t.dispose();
    this.prefilter.dispose();
    this.down.dispose();
    this.up.dispose();
  }
}
