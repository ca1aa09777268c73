/**
 * The vocabulary of the settings schema: one entry per parameter, written once, from which
 * the validator, the defaults, the JSON and URL formats and the Lab panel are all derived.
 */

/** A number with its unit, range, slider step and a one-line help text. */
export interface NumberParam {
  readonly kind: "number";
  /** Unit as people read it: "m", "s", "deg", "Hz", "m/s", "1" for a plain ratio. */
  readonly unit: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly help: string;
  /** Optional sub-group for the Lab panel, e.g. "recoil". */
  readonly group?: string;
}

/** An on/off switch. */
export interface BoolParam {
  readonly kind: "boolean";
  readonly default: boolean;
  readonly help: string;
}

/** A choice among named models. */
export interface EnumParam<V extends string = string> {
  readonly kind: "enum";
  readonly values: readonly V[];
  readonly default: V;
  readonly help: string;
}

export type ParamSpec = NumberParam | BoolParam | EnumParam;
export type ParamTable = Readonly<Record<string, ParamSpec>>;

/** The value a parameter holds in a settings object. */
export type ValueOf<P> = P extends EnumParam<infer V> ? V : P extends BoolParam ? boolean : number;

/** A settings object for a parameter table. */
export type ValuesOf<T extends ParamTable> = { -readonly [K in keyof T]: ValueOf<T[K]> };

/**
 * The same keys as numbers: booleans as 0/1 and a two-valued model as the weight of its
 * second value, so that operator cross-fades can blend every field linearly.
 */
export type NumericOf<T extends ParamTable> = { -readonly [K in keyof T]: number };

/** A number parameter. */
export function num(
  unit: string,
  def: number,
  min: number,
  max: number,
  step: number,
  help: string,
  group?: string,
): NumberParam {
  return group === undefined
    ? { kind: "number", unit, default: def, min, max, step, help }
    : { kind: "number", unit, default: def, min, max, step, help, group };
}

/** A boolean parameter. */
export function bool(def: boolean, help: string): BoolParam {
  return { kind: "boolean", default: def, help };
}

/** A model switch. */
export function choice<const V extends string>(values: readonly V[], def: V, help: string): EnumParam<V> {
  return { kind: "enum", values, default: def, help };
}

/** Parameters every layer has: gain, mute and solo. */
export const commonLayerParams = {
  gain: num("1", 1, 0, 2, 0.01, "Layer gain: 0 silences it, 2 doubles it."),
  mute: bool(false, "Silence this layer."),
  solo: bool(false, "Hear only the soloed layers (any layer soloed mutes the others)."),
} as const;

export type CommonLayerParams = typeof commonLayerParams;

/** One layer of the rig: a help line and its parameters (gain, mute, solo included). */
export interface LayerSchema<P extends ParamTable = ParamTable> {
  readonly help: string;
  readonly params: CommonLayerParams & P;
}

/** Builds a layer schema, adding gain, mute and solo in front of its own parameters. */
export function layer<P extends ParamTable>(help: string, params: P): LayerSchema<P> {
  return { help, params: { ...commonLayerParams, ...params } };
}
