/**
 * Settings as plain numbers, the form the layers read each tick: booleans as 0/1, a model
 * as the weight of its second value, and `gain` already zero for muted (or not soloed)
 * layers. Operator cross-fades blend two of these field by field.
 */
import { LAYER_KEYS, type LayerKey, type RigSchema, type RigSettings, rigSchema } from "./schema";
import type { NumericOf } from "./schemaTypes";

export type EffectiveLayers = { [L in LayerKey]: NumericOf<RigSchema[L]["params"]> };

/** Each layer's parameter names, computed once. */
const PARAM_KEYS: { [L in LayerKey]: readonly string[] } = Object.fromEntries(
  LAYER_KEYS.map((k) => [k, Object.keys(rigSchema[k].params)]),
) as unknown as { [L in LayerKey]: readonly string[] };

/** A zeroed numeric settings object. */
export function createEffective(): EffectiveLayers {
  const out: Record<string, Record<string, number>> = {};
  for (const key of LAYER_KEYS) {
    out[key] = {};
    for (const p of PARAM_KEYS[key]) out[key][p] = 0;
  }
  return out as EffectiveLayers;
}

/** Writes the numeric form of `settings` into `out` (solo and mute folded into gain). */
export function writeEffective(settings: RigSettings, out: EffectiveLayers): void {
  let anySolo = false;
  for (const key of LAYER_KEYS) if (settings.layers[key].solo) anySolo = true;
  for (const key of LAYER_KEYS) {
    const src = settings.layers[key] as Record<string, unknown>;
    const dst = out[key] as Record<string, number>;
    const params = rigSchema[key].params as Record<string, { kind: string; values?: readonly string[] }>;
    for (const p of PARAM_KEYS[key]) {
      const v = src[p];
      const spec = params[p];
      if (spec.kind === "enum") dst[p] = Math.max(0, spec.values?.indexOf(v as string) ?? 0);
      else if (typeof v === "boolean") dst[p] = v ? 1 : 0;
      else dst[p] = v as number;
    }
    const active = anySolo ? settings.layers[key].solo : !settings.layers[key].mute;
    if (!active) dst.gain = 0;
  }
}

/** out = from + (to - from) * w, for every field. No allocation. */
export function blendEffective(from: EffectiveLayers, to: EffectiveLayers, w: number, out: EffectiveLayers): void {
  for (const key of LAYER_KEYS) {
    const a = from[key] as Record<string, number>;
    const b = to[key] as Record<string, number>;
    const o = out[key] as Record<string, number>;
    const keys = PARAM_KEYS[key];
    for (let i = 0; i < keys.length; i++) {
      const p = keys[i];
      o[p] = a[p] + (b[p] - a[p]) * w;
    }
  }
}

/** Copies every field. */
export function copyEffective(src: EffectiveLayers, dst: EffectiveLayers): void {
  blendEffective(src, src, 0, dst);
}
