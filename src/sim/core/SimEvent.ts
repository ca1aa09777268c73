import type { Surface, Vec3Tuple } from "../world/Level";

/**
 * Events as data, pushed by the core into its ring and drained by view, audio, UI and
 * the rig's signal builder. Later issues add kinds (shot, hit, cue ...).
 */
export type SimEvent =
  | { kind: "landed"; tick: number; impactSpeedMps: number; surface: Surface }
  | { kind: "jumped"; tick: number }
  | { kind: "blast"; tick: number; position: Vec3Tuple; strength: number }
  | { kind: "recoil"; tick: number; pitchRad: number; yawRad: number }
  | { kind: "respawned"; tick: number };
