import type { Hasher } from "../core/Hasher";

/**
 * What the body is doing besides walking. `vault`, `mantle`, `ladderOn` and `ladderTop`
 * are scripted paths (collisions off, the body follows the curve: HL2's forced move);
 * `ladder` is climbing; `roll` and `stumble` lock the legs on the ground for a moment;
 * `leap` is the flight of a running jump.
 */
export type MoveKind = "none" | "vault" | "mantle" | "ladderOn" | "ladderTop" | "ladder" | "leap" | "roll" | "stumble";

export const MOVE_KINDS: readonly MoveKind[] = ["none", "vault", "mantle", "ladderOn", "ladderTop", "ladder", "leap", "roll", "stumble"];

/**
 * The current move as plain numbers (src/sim/player/README.md: {kind, startTick,
 * durTicks, from, to, curve} in the state and the hash; the rig reads the kind and the
 * progress). One object per player, rewritten in place.
 */
export interface ForcedMove {
  kind: MoveKind;
  startTick: number;
  durTicks: number;
  x0: number;
  y0: number;
  z0: number;
  x1: number;
  y1: number;
  z1: number;
  /** Highest point of the path (vault), metres. */
  peakY: number;
  /** Share of the horizontal path covered while pulling up (mantle: closing on the face). */
  pullH: number;
  /** Velocity handed back at the end of a scripted path, m/s. */
  exitVx: number;
  exitVy: number;
  exitVz: number;
}

export function makeForcedMove(): ForcedMove {
  return { kind: "none", startTick: 0, durTicks: 1, x0: 0, y0: 0, z0: 0, x1: 0, y1: 0, z1: 0, peakY: 0, pullH: 0, exitVx: 0, exitVy: 0, exitVz: 0 };
}

/** Whether the kind is a scripted path the body follows with collisions off. */
export function isScripted(kind: MoveKind): boolean {
  return kind === "vault" || kind === "mantle" || kind === "ladderOn" || kind === "ladderTop";
}

/** Progress 0..1 of a timed move at `tick`. */
export function moveProgress(m: ForcedMove, tick: number): number {
  return Math.min(1, Math.max(0, (tick - m.startTick) / m.durTicks));
}

const easeOut = (t: number): number => 1 - (1 - t) * (1 - t);
const smooth = (t: number): number => t * t * (3 - 2 * t);
const easeInOut = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - 2 * (1 - t) * (1 - t));

/** Share of a vault spent rising to its peak. */
const VAULT_PEAK_AT = 0.42;

/**
 * The point of a scripted path at progress `u` (0..1), written into `out`.
 * - vault: even horizontal progress (the run goes on), up to the peak, down to the end;
 * - mantle and ladderTop: pull straight up for `pullShare` of the move, then onto the top;
 * - ladderOn: a straight ease onto the rungs.
 */
export function pathPoint(m: ForcedMove, u: number, pullShare: number, out: { x: number; y: number; z: number }): void {
  let h: number;
  let v: number;
  if (m.kind === "vault") {
    h = u;
    if (u < VAULT_PEAK_AT) {
      out.y = m.y0 + (m.peakY - m.y0) * smooth(u / VAULT_PEAK_AT);
    } else {
      out.y = m.peakY + (m.y1 - m.peakY) * smooth((u - VAULT_PEAK_AT) / (1 - VAULT_PEAK_AT));
    }
    out.x = m.x0 + (m.x1 - m.x0) * h;
    out.z = m.z0 + (m.z1 - m.z0) * h;
    return;
  }
  if (m.kind === "mantle" || m.kind === "ladderTop") {
    const k = pullShare;
    v = u < k ? easeInOut(u / k) : 1;
    h = u < k ? m.pullH * easeOut(u / k) : m.pullH + (1 - m.pullH) * easeOut((u - k) / (1 - k));
  } else {
    v = easeInOut(u);
    h = v;
  }
  out.x = m.x0 + (m.x1 - m.x0) * h;
  out.y = m.y0 + (m.y1 - m.y0) * v;
  out.z = m.z0 + (m.z1 - m.z0) * h;
}

export function hashMove(m: ForcedMove, h: Hasher): void {
  h.str(m.kind).u32v(m.startTick).u32v(m.durTicks);
  h.num(m.x0).num(m.y0).num(m.z0).num(m.x1).num(m.y1).num(m.z1).num(m.peakY).num(m.pullH);
  h.num(m.exitVx).num(m.exitVy).num(m.exitVz);
}
