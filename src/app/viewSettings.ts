import type { Settings } from "../settings/Settings";
import type { PostEffects } from "../view/post/PostChain";
import type { QualitySetting } from "../view/quality/QualityLevels";
import type { ShadowQuality } from "../view/View";

/** The player's camera-effect switches and comfort, as the post chain takes them. */
export function postEffectsOf(s: Readonly<Settings>): PostEffects {
  return {
    autoExposure: s.autoExposure,
    bloom: s.bloom,
    motionBlur: s.motionBlur,
    sensor: s.sensorLook,
    rollingShutter: s.rollingShutter,
    cameraDamage: s.cameraDamage,
    lensGain: s.comfort.lensGain,
    reduceFlashes: s.reduceFlashes,
  };
}

/** The quality to render at: the URL's `quality=` for this visit, else the setting. */
export function qualityOf(s: Readonly<Settings>, fromUrl: QualitySetting | null): QualitySetting {
  return fromUrl ?? s.quality;
}

/** A shadow setting that overrides the quality level's, or null when the level decides ("auto"). */
export function shadowsOf(s: Readonly<Settings>): ShadowQuality | null {
  return s.shadows === "auto" ? null : s.shadows;
}
