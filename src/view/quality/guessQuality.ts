import type { QualityRung } from "./AutoQuality";

/** What the browser tells about its renderer before the first frame. */
export interface RendererCaps {
  /** `UNMASKED_RENDERER_WEBGL` when the browser gives it, else the plain `RENDERER` string. */
  renderer: string;
  /** Largest texture edge, texels. */
  maxTextureSize: number;
  /** A phone or tablet (coarse pointer, small screen). */
  mobile: boolean;
}

/** Renderers that rasterise on the CPU (what a browser falls back to without a usable GPU). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|lavapipe/i;
/** Integrated and mobile GPUs: fine at medium. */
const MODEST = /intel|mali|adreno|powervr|videocore|apple gpu|uhd|iris/i;
/** Discrete and recent Apple GPUs. */
const STRONG = /nvidia|geforce|rtx|quadro|radeon|amd|apple m\d/i;

/**
 * The rung `auto` starts from, guessed from the renderer before any frame is timed: software
 * rasterisers start at `low`, integrated and mobile GPUs at `medium`, discrete ones at `high`.
 */
export function guessQuality(caps: RendererCaps): QualityRung {
  if (SOFTWARE.test(caps.renderer)) return { level: "low", renderScale: 0.5 };
  if (caps.mobile || MODEST.test(caps.renderer) || caps.maxTextureSize < 8192) return { level: "medium", renderScale: 0.75 };
  if (STRONG.test(caps.renderer)) return { level: "high", renderScale: 1 };
  return { level: "medium", renderScale: 0.85 };
}
