import { seededRandom } from "../../rig/math";
import type { SimEvent } from "../../sim/core/SimEvent";
import { isCameraKiller } from "../../sim/script/coreScriptWorld";

/** How a destroyed camera looks over time. */
export interface CameraDamageTuning {
  /** How long the picture tears after a heavy hit, s. */
  glitchS: number;
  /** Frames frozen right after the hit (the recorder dropped them). */
  droppedFrames: number;
  /** Most cracks kept on the lens at once (more hits crack the same glass further). */
  maxCracks: number;
}

export const CAMERA_DAMAGE_TUNING: Readonly<CameraDamageTuning> = {
  glitchS: 0.55,
  droppedFrames: 2,
  maxCracks: 3,
};

/**
 * What a core event does to the camera: a heavy head impact (what the core counts as a
 * camera destroyed) breaks it; a checkpoint or a restart hands Henry a fresh one.
 */
export function cameraEventEffect(e: SimEvent): "hit" | "repair" | null {
  if (isCameraKiller(e)) return "hit";
  return e.kind === "checkpoint" || e.kind === "respawned" ? "repair" : null;
}

/** One crack on the lens: where it starts (0..1 across and down the picture) and its pattern's seed. */
export interface LensCrack {
  x: number;
  y: number;
  seed: number;
}

/**
 * The "camera destroyed" moment, pure: a heavy head hit (the core counts these as cameras
 * destroyed) tears the picture for about half a second, drops a couple of frames and leaves
 * a crack on the lens that stays until the next checkpoint or restart.
 */
export class CameraDamage {
  /** Seconds since the last hit (infinite before any). */
  private sinceHitS = Number.POSITIVE_INFINITY;
  private framesToDrop = 0;
  /** The cracks on the lens now, oldest first. */
  readonly cracks: LensCrack[] = [];
  /** Bumped whenever the cracks change, so the view redraws the glass only then. */
  cracksVersion = 0;
  /** A number that changes with each hit, to vary the tearing pattern. */
  hitSeed = 0;
  /** Frames dropped so far (tests and stats count them). */
  dropped = 0;

  constructor(readonly tuning: Readonly<CameraDamageTuning> = CAMERA_DAMAGE_TUNING) {}

  /**
   * A heavy hit to the head.
   * @param seed varies the crack and the tearing (the event's tick keeps replays alike)
   */
  hit(seed: number): void {
    this.sinceHitS = 0;
    this.framesToDrop = this.tuning.droppedFrames;
    this.hitSeed = seed;
    const r = seededRandom(seed);
    if (this.cracks.length >= this.tuning.maxCracks) this.cracks.shift();
    // Cracks start away from the very centre: the lens housing takes the blow at its rim.
    const a = r() * Math.PI * 2;
    const d = 0.18 + r() * 0.22;
    this.cracks.push({ x: 0.5 + Math.cos(a) * d, y: 0.5 + Math.sin(a) * d * 0.8, seed: Math.floor(r() * 2 ** 31) });
    this.cracksVersion++;
  }

  /** A checkpoint or a restart: a fresh camera, no cracks. */
  repair(): void {
    if (this.cracks.length === 0) return;
    this.cracks.length = 0;
    this.cracksVersion++;
  }

  /**
   * Advances the clock by one rendered frame.
   * @returns whether this frame is dropped (the previous picture stays on screen)
   */
  frame(dtS: number): boolean {
    this.sinceHitS += dtS;
    if (this.framesToDrop > 0) {
      this.framesToDrop--;
      this.dropped++;
      return true;
    }
    return false;
  }

  /** How hard the picture tears now, 0..1: full at the hit, easing out over `glitchS`. */
  get glitch01(): number {
    const u = this.sinceHitS / this.tuning.glitchS;
    if (u >= 1) return 0;
    return (1 - u) * (1 - u);
  }
}
