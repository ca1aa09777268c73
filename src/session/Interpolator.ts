import type { Sim } from "../sim/SimTypes";

/**
 * Keeps the last two core states the view needs (player feet, eye height, props) and
 * blends them by the loop's alpha, so motion is smooth at any frame rate without the
 * core ever running at a variable step.
 */
export class Interpolator {
  private readonly prev = new Float64Array(4);
  private readonly curr = new Float64Array(4);
  private readonly prevProps: Float32Array;
  private readonly currProps: Float32Array;
  /** Interpolated prop transforms, 7 floats each; handed to the view. */
  readonly props: Float32Array;
  /** Interpolated feet position, metres. */
  readonly feet = { x: 0, y: 0, z: 0 };
  /** Interpolated eye height of the core (the rig's head layer smooths it further), metres. */
  eyeHeightM = 0;

  constructor(private readonly sim: Sim) {
    const n = sim.props.length * 7;
    this.prevProps = new Float32Array(n);
    this.currProps = new Float32Array(n);
    this.props = new Float32Array(n);
    this.capture(this.curr, this.currProps);
    this.prev.set(this.curr);
    this.prevProps.set(this.currProps);
  }

  /** Call after every core step. */
  push(): void {
    this.prev.set(this.curr);
    this.prevProps.set(this.currProps);
    this.capture(this.curr, this.currProps);
  }

  /** Call after a teleport or respawn: no blending across the jump. */
  snap(): void {
    this.capture(this.curr, this.currProps);
    this.prev.set(this.curr);
    this.prevProps.set(this.currProps);
  }

  /** Blends by alpha in [0, 1]; fills `feet`, `eyeHeightM` and `props`. */
  blend(alpha: number): void {
    const a = alpha;
    const p = this.prev;
    const c = this.curr;
    this.feet.x = p[0] + (c[0] - p[0]) * a;
    this.feet.y = p[1] + (c[1] - p[1]) * a;
    this.feet.z = p[2] + (c[2] - p[2]) * a;
    this.eyeHeightM = p[3] + (c[3] - p[3]) * a;
    const pp = this.prevProps;
    const cp = this.currProps;
    const out = this.props;
    for (let o = 0; o < out.length; o += 7) {
      out[o] = pp[o] + (cp[o] - pp[o]) * a;
      out[o + 1] = pp[o + 1] + (cp[o + 1] - pp[o + 1]) * a;
      out[o + 2] = pp[o + 2] + (cp[o + 2] - pp[o + 2]) * a;
      // Normalised lerp of the quaternions, along the shorter arc.
      const sign = pp[o + 3] * cp[o + 3] + pp[o + 4] * cp[o + 4] + pp[o + 5] * cp[o + 5] + pp[o + 6] * cp[o + 6] < 0 ? -1 : 1;
      let len = 0;
      for (let k = 3; k < 7; k++) {
        const v = pp[o + k] + (sign * cp[o + k] - pp[o + k]) * a;
        out[o + k] = v;
        len += v * v;
      }
      len = Math.sqrt(len) || 1;
      for (let k = 3; k < 7; k++) out[o + k] /= len;
    }
  }

  private capture(into: Float64Array, props: Float32Array): void {
    const pl = this.sim.player;
    into[0] = pl.position.x;
    into[1] = pl.position.y;
    into[2] = pl.position.z;
    into[3] = pl.eyeHeightM;
    const list = this.sim.props;
    for (let i = 0; i < list.length; i++) {
      const o = i * 7;
      const pr = list[i];
      props[o] = pr.position.x;
      props[o + 1] = pr.position.y;
      props[o + 2] = pr.position.z;
      props[o + 3] = pr.quaternion.x;
      props[o + 4] = pr.quaternion.y;
      props[o + 5] = pr.quaternion.z;
      props[o + 6] = pr.quaternion.w;
    }
  }
}
