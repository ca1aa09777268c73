import { DEG } from "../sim/core/units";

/** Touch look tuning (the player's settings). */
export interface TouchLookTuning {
  /** Turn per pixel dragged, deg/px (at the reference FOV; `lookScale` scales it). */
  degPerPx: number;
  /** Extra gain per 1000 px/s of finger speed: fast swipes turn further. */
  accelPer1000PxS: number;
  invertY: boolean;
}

const MAX_PITCH_RAD = 89 * DEG;
/** Finger speed is measured over at least this long, s (two events in one frame are not infinitely fast). */
const MIN_DT_S = 1 / 120;

/**
 * How far a drag of `px` pixels over `dtS` seconds turns the view, deg: `degPerPx` per pixel,
 * times 1 + `accelPer1000PxS` x (finger speed / 1000 px/s).
 */
export function touchTurnDeg(px: number, dtS: number, degPerPx: number, accelPer1000PxS: number): number {
  const speedPxS = Math.abs(px) / Math.max(MIN_DT_S, dtS);
  return px * degPerPx * (1 + (accelPer1000PxS * speedPxS) / 1000);
}

/**
 * The look finger: the first finger down on the look zone turns the view by how far it
 * moves between events (with acceleration for fast swipes); other fingers there are ignored
 * until it lifts.
 */
export class TouchLook {
  private id: number | null = null;
  private lastX = 0;
  private lastY = 0;
  private lastMs = 0;

  constructor(
    private readonly target: { yawRad: number; pitchRad: number; lookScale: number },
    public tuning: TouchLookTuning,
  ) {}

  down(e: PointerEvent): void {
    if (this.id !== null) return;
    e.preventDefault();
    (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
    this.id = e.pointerId;
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    this.lastMs = e.timeStamp;
  }

  move(e: PointerEvent): void {
    if (e.pointerId !== this.id) return;
    e.preventDefault();
    const dtS = (e.timeStamp - this.lastMs) / 1000;
    const t = this.tuning;
    const k = this.target.lookScale * DEG;
    this.target.yawRad -= touchTurnDeg(e.clientX - this.lastX, dtS, t.degPerPx, t.accelPer1000PxS) * k;
    const pitch = this.target.pitchRad - touchTurnDeg(e.clientY - this.lastY, dtS, t.degPerPx, t.accelPer1000PxS) * k * (t.invertY ? -1 : 1);
    this.target.pitchRad = Math.max(-MAX_PITCH_RAD, Math.min(MAX_PITCH_RAD, pitch));
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    this.lastMs = e.timeStamp;
  }

  up(e: PointerEvent): void {
    if (e.pointerId === this.id) this.id = null;
  }

  clear(): void {
    this.id = null;
  }
}
