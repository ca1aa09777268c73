import type { WebGLRenderer } from "three";
import type { RendererCaps } from "./guessQuality";

/** Browsers that hide the renderer behind a generic name give it through this extension. */
const GENERIC = /^(webkit webgl|mozilla|webgl)$/i;

/**
 * Reads what the browser says about its renderer. The plain RENDERER string first (Firefox
 * gives the real one there and warns about the debug extension); the unmasked one only
 * when that is a generic name (Chromium).
 */
export function readRendererCaps(renderer: WebGLRenderer): RendererCaps {
  const gl = renderer.getContext();
  let name = String(gl.getParameter(gl.RENDERER) ?? "");
  if (GENERIC.test(name.trim()) && renderer.extensions.has("WEBGL_debug_renderer_info")) {
    const ext = gl.getExtension("WEBGL_debug_renderer_info");
    if (ext) name = String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) ?? name);
  }
  const mobile = typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
  return { renderer: name, maxTextureSize: renderer.capabilities.maxTextureSize, mobile };
}
