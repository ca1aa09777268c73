import { DEG } from "../../src/rig/math";
import type { Rig } from "../../src/rig/Rig";
import { createRigSignals, type RigSignals } from "../../src/rig/RigSignals";
import { LAYER_KEYS, type LayerKey, type RigSettings } from "../../src/rig/schema";
import { defaultRigSettings } from "../../src/rig/settings";

export const DT = 1 / 60;
export { DEG };

/** Default settings with every layer muted except `keep`. */
export function only(keep: readonly LayerKey[], edit?: (s: RigSettings) => void): RigSettings {
  const s = defaultRigSettings();
  for (const k of LAYER_KEYS) s.layers[k].mute = !keep.includes(k);
  edit?.(s);
  return s;
}

/** Signals of steady ground movement straight ahead. */
export function moving(speedMps: number, sprinting: boolean): RigSignals {
  const sig = createRigSignals();
  sig.velocityMps.z = speedMps;
  sig.sprinting = sprinting;
  return sig;
}

/** Steps `rig` for `ticks`, recording a value per tick and counting footsteps. */
export function record(rig: Rig, sig: RigSignals, ticks: number, read: (r: Rig) => number): { values: number[]; footsteps: number } {
  const values: number[] = [];
  let footsteps = 0;
  for (let i = 0; i < ticks; i++) {
    rig.step(sig, DT);
    rig.drainEvents(() => {
      footsteps++;
    });
    values.push(read(rig));
  }
  return { values, footsteps };
}

export function rms(values: readonly number[]): number {
  return Math.sqrt(values.reduce((a, v) => a + v * v, 0) / Math.max(1, values.length));
}
