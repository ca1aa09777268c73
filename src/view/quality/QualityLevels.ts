/**
 * The quality levels, each defined once in one table: what a frame costs at that level.
 * The view applies a profile (`View.setQuality`), the auto controller walks them
 * (`AutoQuality`), the settings and the URL name them, and the README documents this table.
 */

/** Levels from cheapest to richest. */
export const QUALITY_LEVELS = ["low", "medium", "high", "ultra"] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];
/** What a player or a URL may ask for: a level, or `auto` (the default). */
export const QUALITY_SETTINGS = ["auto", ...QUALITY_LEVELS] as const;
export type QualitySetting = (typeof QUALITY_SETTINGS)[number];

export function isQualitySetting(v: unknown): v is QualitySetting {
  return typeof v === "string" && (QUALITY_SETTINGS as readonly string[]).includes(v);
}

/** The post-process chain's costly parts a level pays for (cheap ones always run). */
export interface PostQuality {
  /** Bright parts (the sky) glow: a half-resolution downsample/upsample chain. */
  bloom: boolean;
  /** Samples along the rotation's motion for motion blur; 0 leaves it out of the shader. */
  motionBlurTaps: number;
  /** Unsharp mask of the sensor look (four more reads per pixel). */
  sharpen: boolean;
  /** Block compression in the darks (one more read per pixel). */
  compression: boolean;
}

/** One level: every number that decides what a frame costs. */
export interface QualityProfile {
  /** Share of the device's pixels rendered when the level is pinned (the canvas is upscaled by the browser). */
  renderScale: number;
  /** The range `auto` may move the render scale in at this level. */
  minRenderScale: number;
  maxRenderScale: number;
  /** Cap on the device pixel ratio the render scale multiplies (sharp screens cost 4x at 2). */
  maxDevicePixelRatio: number;
  /** Sun shadow map edge in texels; 0 turns shadows off (no shadow pass at all). */
  shadowMapSize: number;
  /** Shadow filter radius in texels (three's PCF with a softness radius). */
  shadowRadius: number;
  /**
   * Anisotropic filtering of the surface textures (1: plain trilinear). A software
   * rasteriser pays up to this many trilinear reads per pixel on the street and the facades
   * seen at a grazing angle.
   */
  anisotropy: number;
  /** Multisampling of the scene's render target (0: none). */
  msaaSamples: number;
  /** Decoration (balconies, trees, lamps) beyond this distance from the camera is not drawn, m. */
  decorDrawDistanceM: number;
  /** Share of the thinnable decoration kept (balconies, trees, benches), 0..1. */
  decorDensity: number;
  post: PostQuality;
}

/**
 * The table. `low` is sized for software WebGL (SwiftShader on two cores): no shadows, no
 * multisampling, no anisotropic filtering, half the pixels (down to 0.3 under `auto`), the
 * near street's decoration only, the cheap half of the post chain. `ultra` is everything at full resolution up to a 2x display.
 */
export const QUALITY: Readonly<Record<QualityLevel, Readonly<QualityProfile>>> = {
  low: {
    renderScale: 0.5,
    minRenderScale: 0.3,
    maxRenderScale: 0.6,
    maxDevicePixelRatio: 1,
    shadowMapSize: 0,
    shadowRadius: 0,
    anisotropy: 1,
    msaaSamples: 0,
    decorDrawDistanceM: 60,
    decorDensity: 0.5,
    post: { bloom: false, motionBlurTaps: 0, sharpen: false, compression: false },
  },
  medium: {
    renderScale: 0.75,
    minRenderScale: 0.6,
    maxRenderScale: 0.85,
    maxDevicePixelRatio: 1,
    shadowMapSize: 1024,
    shadowRadius: 2,
    anisotropy: 2,
    msaaSamples: 0,
    decorDrawDistanceM: 110,
    decorDensity: 0.75,
    post: { bloom: true, motionBlurTaps: 4, sharpen: true, compression: true },
  },
  high: {
    renderScale: 1,
    minRenderScale: 0.8,
    maxRenderScale: 1,
    maxDevicePixelRatio: 1.5,
    shadowMapSize: 2048,
    shadowRadius: 3,
    anisotropy: 4,
    msaaSamples: 4,
    decorDrawDistanceM: 200,
    decorDensity: 1,
    post: { bloom: true, motionBlurTaps: 8, sharpen: true, compression: true },
  },
  ultra: {
    renderScale: 1,
    minRenderScale: 0.9,
    maxRenderScale: 1,
    maxDevicePixelRatio: 2,
    shadowMapSize: 4096,
    shadowRadius: 3,
    anisotropy: 8,
    msaaSamples: 4,
    decorDrawDistanceM: 1000,
    decorDensity: 1,
    post: { bloom: true, motionBlurTaps: 12, sharpen: true, compression: true },
  },
};
