import {
  BufferGeometry,
  Float32BufferAttribute,
  HalfFloatType,
  Mesh,
  OrthographicCamera,
  Scene,
  ShaderMaterial,
  Vector2,
  type WebGLRenderer,
  WebGLRenderTarget,
} from "three";

/** The lens as the rig's pose gives it, each 0..1 and off at 0. */
export interface LensParams {
  /** Barrel distortion; 1 bends the corners like a wide action camera. */
  barrel: number;
  /** Vignette darkness at the corners. */
  vignette: number;
  /** Chromatic aberration: red/blue split towards the corners. */
  chromatic: number;
  /** Damage: how far red creeps in from the screen edges, 0..1 (0 or absent: none). */
  damage?: number;
  /** Colour drained from the picture, 0..1 (low health). */
  desaturate?: number;
}

/** The distortion coefficient k of r' = r(1 + k r²) at barrel = 1. */
const BARREL_K_AT_1 = 0.3;
/** The red/blue split (in UV units per unit of the edge term) at chromatic = 1. */
const CHROMATIC_AT_1 = 0.006;

const VERT = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = position.xy * 0.5 + 0.5;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`;

// Barrel distortion r' = r (1 + k r^2) leaves the centre undistorted and bends the edges;
// the picture is zoomed by 1/(1+k) so the corners stay filled.
const FRAG = /* glsl */ `
uniform sampler2D tScene;
uniform float uBarrel;
uniform float uVignette;
uniform float uChromatic;
uniform float uDamage;
uniform float uDesat;
uniform vec2 uAspect;
varying vec2 vUv;
vec2 distort(vec2 uv, float k) {
  vec2 p = (uv - 0.5) * uAspect;
  float r2 = dot(p, p);
  p *= (1.0 + k * r2) / (1.0 + k * dot(uAspect * 0.5, uAspect * 0.5));
  return p / uAspect + 0.5;
}
void main() {
  vec2 uv = distort(vUv, uBarrel);
  vec2 fromCentre = uv - 0.5;
  float edge = dot(fromCentre * uAspect, fromCentre * uAspect);
  vec2 shift = fromCentre * uChromatic * edge * 4.0;
  vec3 col;
  col.r = texture2D(tScene, uv + shift).r;
  col.g = texture2D(tScene, uv).g;
  col.b = texture2D(tScene, uv - shift).b;
  float v = smoothstep(0.15, 0.95, edge * 1.6);
  col *= 1.0 - uVignette * v;
  float grey = dot(col, vec3(0.299, 0.587, 0.114));
  col = mix(col, vec3(grey), uDesat);
  // Damage: a dark red that creeps in from the edges as it grows.
  float rim = smoothstep(0.9 - 0.75 * uDamage, 1.25, edge * 2.0) * min(1.0, uDamage * 1.6);
  col = mix(col, vec3(0.35, 0.0, 0.0) + col * vec3(0.5, 0.05, 0.05), rim);
  gl_FragColor = vec4(col, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}`;

/**
 * One full-screen pass for the lens: barrel distortion, vignette, chromatic aberration, and
 * Henry's damage (red creeping in from the edges, colour draining).
 * When all three are off the view skips it and draws straight to the screen.
 */
export class LensPass {
  private readonly target: WebGLRenderTarget;
  private readonly material: ShaderMaterial;
  private readonly scene = new Scene();
  private readonly camera = new OrthographicCamera(-1, 1, 1, -1, 0, 1);
  private readonly quad: Mesh;

  constructor() {
    this.target = new WebGLRenderTarget(1, 1, { type: HalfFloatType, samples: 4 });
    this.material = new ShaderMaterial({
      uniforms: {
        tScene: { value: this.target.texture },
        uBarrel: { value: 0 },
        uVignette: { value: 0 },
        uChromatic: { value: 0 },
        uDamage: { value: 0 },
        uDesat: { value: 0 },
        uAspect: { value: new Vector2(1, 1) },
      },
      vertexShader: VERT,
      fragmentShader: FRAG,
      depthTest: false,
      depthWrite: false,
    });
    // One triangle that covers the screen (no diagonal seam, 3 vertices).
    const g = new BufferGeometry();
    g.setAttribute("position", new Float32BufferAttribute([-1, -1, 0, 3, -1, 0, -1, 3, 0], 3));
    this.quad = new Mesh(g, this.material);
    this.quad.frustumCulled = false;
    this.scene.add(this.quad);
  }

  static active(p: LensParams): boolean {
    return p.barrel > 1e-4 || p.vignette > 1e-4 || p.chromatic > 1e-5 || (p.damage ?? 0) > 1e-3 || (p.desaturate ?? 0) > 1e-3;
  }

  setSize(width: number, height: number): void {
    this.target.setSize(width, height);
    const a = width / Math.max(height, 1);
    this.material.uniforms.uAspect.value.set(a, 1).normalize().multiplyScalar(Math.SQRT2);
  }

  /** Renders `scene` through the lens to the screen. */
  render(renderer: WebGLRenderer, scene: Scene, camera: import("three").Camera, p: LensParams): void {
    const u = this.material.uniforms;
    u.uBarrel.value = p.barrel * BARREL_K_AT_1;
    u.uVignette.value = p.vignette;
    u.uChromatic.value = p.chromatic * CHROMATIC_AT_1;
    u.uDamage.value = p.damage ?? 0;
    u.uDesat.value = p.desaturate ?? 0;
    renderer.setRenderTarget(this.target);
    renderer.render(scene, camera);
    renderer.setRenderTarget(null);
    renderer.render(this.scene, this.camera);
  }

  dispose(): void {
    this.target.dispose();
    this.material.dispose();
    this.quad.geometry.dispose();
  }
}
