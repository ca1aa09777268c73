import type { TraceInput } from "./analysis";
import type { RigPose } from "./RigPose";
import type { RigTrace } from "./standardCourse";
import { DEG } from "./math";

/** The six channels the Lab plots, in drawing order. */
export const CHANNELS = [
  { key: "pitch", label: "pitch", unit: "deg" },
  { key: "yaw", label: "yaw", unit: "deg" },
  { key: "roll", label: "roll", unit: "deg" },
  { key: "vertical", label: "vertical", unit: "cm" },
  { key: "lateral", label: "lateral", unit: "cm" },
  { key: "fov", label: "FOV", unit: "deg" },
] as const;

/**
 * The last `capacity` ticks of a rig's pose as the Lab plots them (deg, cm) plus the raw
 * radians and metres analysis needs. A ring: pushing never allocates.
 */
export class TraceRing {
  /** Plot channels, deg or cm, indexed like CHANNELS. */
  readonly plot: Float32Array[];
  private readonly pitchRad: Float64Array;
  private readonly yawRad: Float64Array;
  private readonly rollRad: Float64Array;
  private readonly yM: Float64Array;
  private head = 0;
  /** Samples held (≤ capacity). */
  length = 0;
  /** Samples pushed since the last clear. */
  pushed = 0;

  constructor(readonly capacity: number) {
    this.plot = CHANNELS.map(() => new Float32Array(capacity));
    this.pitchRad = new Float64Array(capacity);
    this.yawRad = new Float64Array(capacity);
    this.rollRad = new Float64Array(capacity);
    this.yM = new Float64Array(capacity);
  }

  clear(): void {
    this.head = this.length = this.pushed = 0;
  }

  /** Appends one tick, the way the pose is given in radians and metres. */
  pushValues(pitchRad: number, yawRad: number, rollRad: number, xM: number, yM: number, fovDeg: number): void {
    const i = this.head;
    const p = this.plot;
    p[0][i] = pitchRad / DEG;
    p[1][i] = yawRad / DEG;
    p[2][i] = rollRad / DEG;
    p[3][i] = yM * 100;
    p[4][i] = xM * 100;
    p[5][i] = fovDeg;
    this.pitchRad[i] = pitchRad;
    this.yawRad[i] = yawRad;
    this.rollRad[i] = rollRad;
    this.yM[i] = yM;
    this.head = (i + 1) % this.capacity;
    if (this.length < this.capacity) this.length++;
    this.pushed++;
  }

  push(pose: RigPose): void {
    this.pushValues(pose.pitchRad, pose.yawRad, pose.rollRad, pose.offsetM.x, pose.offsetM.y, pose.fovDeg);
  }

  /** Sample `k` (0 = oldest held) of plot channel `ch`. */
  at(ch: number, k: number): number {
    const start = this.length < this.capacity ? 0 : this.head;
    return this.plot[ch][(start + k) % this.capacity];
  }

  /**
   * The held samples in time order (the newest `last` of them, all by default), as analysis
   * reads them (allocates: call once a second at most).
   */
  toTraceInput(dtS: number, last = this.length): TraceInput {
    const n = Math.min(this.length, Math.max(0, last));
    const start = ((this.length < this.capacity ? 0 : this.head) + this.length - n) % this.capacity;
    const take = (src: Float64Array) => {
      const out = new Float64Array(n);
      for (let k = 0; k < n; k++) out[k] = src[(start + k) % this.capacity];
      return out;
    };
    return { dtS, pitchRad: take(this.pitchRad), yawRad: take(this.yawRad), rollRad: take(this.rollRad), yM: take(this.yM) };
  }

  /** A ring holding a whole trace (for A/B overlays). */
  static fromTrace(t: RigTrace): TraceRing {
    const r = new TraceRing(Math.max(1, t.ticks));
    for (let i = 0; i < t.ticks; i++) r.pushValues(t.pitchRad[i], t.yawRad[i], t.rollRad[i], t.xM[i], t.yM[i], t.fovDeg[i]);
    return r;
  }
}
