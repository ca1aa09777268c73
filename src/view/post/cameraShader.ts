/**
 * The action camera's last pass, as GLSL: everything the lens and the sensor do to one
 * pixel, in the order light meets them. Costly parts are compiled in only when the quality
 * level pays for them (`MOTION_BLUR_TAPS`, `BLOOM`, `SHARPEN`, `COMPRESSION`); the cheap ones
 * are uniform-driven and cost nothing at zero.
 */

export const FULLSCREEN_VERT = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = position.xy * 0.5 + 0.5;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}`;

export const CAMERA_FRAG = /* glsl */ `
#include <packing>
uniform sampler2D tScene;
uniform sampler2D tDepth;
uniform vec2 uNearFar;        // the camera's clip planes, m
uniform sampler2D tBloom;
uniform sampler2D tCrack;
uniform vec2 uTexel;          // one scene texel in uv
uniform vec2 uAspect;         // normalised aspect, |uAspect| = sqrt(2)
uniform float uBarrel;        // k of r' = r (1 + k r^2)
uniform float uVignette;
uniform float uChromatic;
uniform float uDamage;
uniform float uDesat;
uniform float uExposure;      // auto exposure multiplier (the base is in toneMappingExposure)
uniform float uBloom;         // bloom strength
uniform mat3 uDeltaRot;       // previous camera rotation^-1 * current (camera space)
uniform vec2 uTanHalfFov;     // tan of the half field of view, x and y
uniform float uBlur;          // share of the frame's rotation smeared (0: none)
uniform vec3 uShutter;        // rolling shutter: x/y shift and roll (rad) across the frame height
uniform float uGrain;
uniform float uSharpen;
uniform float uCompress;
uniform float uGlitch;        // 0..1 tearing
uniform float uGlitchSeed;
uniform float uGlitchColour;  // 0 calm tearing (shifts only), 1 with colour blocks
uniform float uCrack;         // 0 or 1: the lens is cracked
uniform float uTime;          // seconds, for grain
varying vec2 vUv;

float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

vec2 barrel(vec2 uv, float k) {
  vec2 p = (uv - 0.5) * uAspect;
  float r2 = dot(p, p);
  p *= (1.0 + k * r2) / (1.0 + k * dot(uAspect * 0.5, uAspect * 0.5));
  return p / uAspect + 0.5;
}

// Where this pixel's view direction was on screen one frame ago (rotation only: depth-free).
vec2 previousUv(vec2 uv) {
  vec3 d = vec3((uv * 2.0 - 1.0) * uTanHalfFov, -1.0);
  vec3 p = uDeltaRot * d;
  vec2 ndc = p.xy / max(-p.z, 1e-3) / uTanHalfFov;
  return ndc * 0.5 + 0.5;
}

// A torn frame: bands slide sideways, a few blocks jump or lose their colour.
vec2 tear(vec2 uv, out float blockMix) {
  blockMix = 0.0;
  float band = floor(uv.y * 18.0 + hash12(vec2(uGlitchSeed, 1.0)) * 4.0);
  float h = hash12(vec2(band, uGlitchSeed));
  float shift = (h > 1.0 - 0.55 * uGlitch) ? (hash12(vec2(band, uGlitchSeed + 7.0)) - 0.5) * 0.25 * uGlitch : 0.0;
  vec2 block = floor(uv * vec2(24.0, 14.0));
  float b = hash12(block + uGlitchSeed * 3.1);
  if (b > 1.0 - 0.18 * uGlitch) {
    uv += (vec2(hash12(block + 1.7), hash12(block + 9.3)) - 0.5) * 0.3;
    blockMix = 1.0;
  }
  return vec2(uv.x + shift, uv.y);
}

void main() {
  vec2 uv = vUv;
  float blockMix = 0.0;
  if (uGlitch > 0.0) uv = tear(uv, blockMix);
  vec2 lensUv = barrel(uv, uBarrel);
  // What the head carries (arms, held things, within a metre) turns with the lens: neither
  // smeared by the turn nor skewed by the shutter.
  float viewZ = 1e4;
  bool moving = uBlur > 0.0 || dot(uShutter, uShutter) > 0.0;
  if (moving) viewZ = -perspectiveDepthToViewZ(texture2D(tDepth, lensUv).x, uNearFar.x, uNearFar.y);
  bool carried = viewZ < 1.0;
  if (!carried && dot(uShutter, uShutter) > 0.0) {
    // Rolling shutter: lower rows were read later, so they saw the head further along its turn.
    vec2 c = (uv - 0.5) * uAspect;
    uv += (uShutter.xy + uShutter.z * vec2(-c.y, c.x) / uAspect) * (uv.y - 0.5);
    lensUv = barrel(uv, uBarrel);
  }
  uv = lensUv;
  vec2 fromCentre = uv - 0.5;
  float edge = dot(fromCentre * uAspect, fromCentre * uAspect);
  if (uCrack > 0.0) {
    // Light bends at the crack's edges: shift the picture along the crack's gradient.
    float cx = texture2D(tCrack, vUv + vec2(0.004, 0.0)).g - texture2D(tCrack, vUv - vec2(0.004, 0.0)).g;
    float cy = texture2D(tCrack, vUv + vec2(0.0, 0.004)).g - texture2D(tCrack, vUv - vec2(0.0, 0.004)).g;
    uv += vec2(cx, cy) * 0.012;
  }
  vec2 shift = fromCentre * uChromatic * edge * 4.0;
  vec3 col;
  col.r = texture2D(tScene, uv + shift).r;
  col.g = texture2D(tScene, uv).g;
  col.b = texture2D(tScene, uv - shift).b;
#if MOTION_BLUR_TAPS > 0
  if (uBlur > 0.0 && !carried) {
    vec2 vel = (uv - previousUv(uv)) * uBlur;
    float len = length(vel);
    if (len > 0.06) vel *= 0.06 / len;
    if (len * max(1.0 / uTexel.x, 1.0 / uTexel.y) > 0.75) {
      vec3 acc = col;
      // A per-pixel offset of the taps turns their steps into fine noise.
      float jitter = hash12(gl_FragCoord.xy + fract(uTime) * 61.0);
      for (int i = 0; i < MOTION_BLUR_TAPS; i++) {
        float t = (float(i) + jitter) / float(MOTION_BLUR_TAPS) - 0.5;
        acc += texture2D(tScene, uv + vel * t).rgb;
      }
      col = acc / float(MOTION_BLUR_TAPS + 1);
    }
  }
#endif
#ifdef SHARPEN
  vec3 around = texture2D(tScene, uv + vec2(uTexel.x, 0.0)).rgb + texture2D(tScene, uv - vec2(uTexel.x, 0.0)).rgb
    + texture2D(tScene, uv + vec2(0.0, uTexel.y)).rgb + texture2D(tScene, uv - vec2(0.0, uTexel.y)).rgb;
  col = max(col + uSharpen * (col - around * 0.25), 0.0);
#endif
#ifdef BLOOM
  col += texture2D(tBloom, uv).rgb * uBloom;
#endif
  col *= uExposure;
  col *= 1.0 - uVignette * smoothstep(0.15, 0.95, edge * 1.6);
  float grey = dot(col, vec3(0.299, 0.587, 0.114));
  col = mix(col, vec3(grey), uDesat);
  // Damage: a dark red that creeps in from the edges as it grows.
  float rim = smoothstep(0.9 - 0.75 * uDamage, 1.25, edge * 2.0) * min(1.0, uDamage * 1.6);
  col = mix(col, vec3(0.35, 0.0, 0.0) + col * vec3(0.5, 0.05, 0.05), rim);
  gl_FragColor = vec4(col, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  vec3 outc = gl_FragColor.rgb;
  vec2 px = gl_FragCoord.xy;
  float luma = dot(outc, vec3(0.299, 0.587, 0.114));
#ifdef COMPRESSION
  // Starved bitrate in the shadows: 8x8 blocks band into a few steps.
  float dark = 1.0 - smoothstep(0.06, 0.22, luma);
  if (dark > 0.0 && uCompress > 0.0) {
    float steps = 24.0;
    float off = hash12(floor(px / 8.0)) - 0.5;
    float q = (floor(luma * steps + off) + 0.5) / steps;
    outc = mix(outc, outc * (max(q, 0.0) / max(luma, 1e-3)), dark * uCompress);
  }
#endif
  // Sensor grain: finer than a pixel of film, stronger in the shadows, new every frame.
  float n = hash12(px + fract(uTime * 13.7) * 113.0) - 0.5;
  outc += n * uGrain * (1.0 - 0.7 * luma);
  if (blockMix > 0.0) {
    // A corrupted macroblock: its chroma lost (green or magenta), unless flashes are reduced.
    float g = dot(outc, vec3(0.333));
    vec3 tint = hash12(floor(vUv * vec2(24.0, 14.0)) + uGlitchSeed) > 0.5 ? vec3(0.55, 1.1, 0.5) : vec3(1.1, 0.5, 1.05);
    outc = mix(vec3(g), g * tint, uGlitchColour * 0.8);
  }
  if (uCrack > 0.0) {
    vec4 k = texture2D(tCrack, vUv);
    outc = mix(outc, vec3(0.03), k.g * 0.8);
    outc += k.r * 0.45;
  }
  gl_FragColor = vec4(outc, 1.0);
}`;
