import { Vector3 } from "three";
import { createWorldPose, poseToWorld } from "../../../src/view/bodies/fk";
import { BALL, HEEL, LEGS } from "../../../src/view/bodies/skeleton";

const _v = new Vector3();

/**
 * Measures feet from a figure's output pose, the way a viewer would see them: each sole
 * point (heel, ball) that is within 1 cm of the ground is in contact; how far it moves
 * along the ground while in contact is its slip. Also counts touchdowns (a heel or ball
 * coming into contact after being off the ground) per foot, with their ticks.
 */
export class FootMetrics {
  maxSlipM = 0;
  readonly touchdowns: number[][] = [[], []];
  private readonly world = createWorldPose();
  private readonly start: ({ x: number; z: number } | null)[] = [null, null, null, null];
  private readonly onGround = [false, false];

  constructor(private readonly groundY = 0) {}

  /** Reads the pose buffer at offset `o` for tick `tick`. */
  sample(buf: Float32Array, o: number, tick: number): void {
    const w = poseToWorld(buf, o, this.world);
    for (let i = 0; i < 2; i++) {
      const f = LEGS[i].foot;
      let down = false;
      [HEEL, BALL].forEach((pt, k) => {
        _v.set(pt[0], pt[1], pt[2]).applyQuaternion(w.q[f]).add(w.p[f]);
        const idx = i * 2 + k;
        if (_v.y - this.groundY < 0.01) {
          down = true;
          const s = this.start[idx];
          if (!s) this.start[idx] = { x: _v.x, z: _v.z };
          else this.maxSlipM = Math.max(this.maxSlipM, Math.hypot(_v.x - s.x, _v.z - s.z));
        } else this.start[idx] = null;
      });
      if (down && !this.onGround[i]) this.touchdowns[i].push(tick);
      this.onGround[i] = down;
    }
  }

  /** Mean time between touchdowns of the same foot (a stride), ticks, skipping the first `skip`. */
  stridePeriodTicks(skip = 2): number {
    const gaps: number[] = [];
    for (const t of this.touchdowns) for (let k = skip + 1; k < t.length; k++) gaps.push(t[k] - t[k - 1]);
    return gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
  }
}
