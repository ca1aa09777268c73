import { Matrix4, type Quaternion, Vector3 } from "three";

const _x = new Vector3();
const _y = new Vector3();
const _z = new Vector3();
const _m = new Matrix4();
const _d = new Vector3();
const _p = new Vector3();

/**
 * A critically damped spring toward 0, exact at any dt (no overshoot, never explodes):
 * an event adds to its velocity, and it settles back within about 4 / omega seconds.
 */
export class Spring {
  x = 0;
  v = 0;

  constructor(
    /** Stiffness as an angular frequency, rad/s: higher settles faster. */
    public omega: number,
  ) {}

  /** Advances by `dtS` seconds toward `target` (default 0). */
  step(dtS: number, target = 0): number {
    const w = this.omega;
    const e = Math.exp(-w * dtS);
    const x0 = this.x - target;
    const j = this.v + w * x0;
    this.x = target + (x0 + j * dtS) * e;
    this.v = (this.v - w * j * dtS) * e;
    return this.x;
  }

  reset(x = 0): void {
    this.x = x;
    this.v = 0;
  }
}

/** Smoothstep on [0, 1] (clamped). */
export function smooth01(t: number): number {
  const u = t <= 0 ? 0 : t >= 1 ? 1 : t;
  return u * u * (3 - 2 * u);
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Wraps an angle to (-pi, pi]. */
export function wrapRad(a: number): number {
  let r = a % (2 * Math.PI);
  if (r > Math.PI) r -= 2 * Math.PI;
  else if (r <= -Math.PI) r += 2 * Math.PI;
  return r;
}

/** A rotation of `yawRad` about +Y, then `pitchRad` about the turned X (positive lifts -Z). */
export function yawPitch(yawRad: number, pitchRad: number, out: Quaternion): Quaternion {
  const cy = Math.cos(yawRad / 2);
  const sy = Math.sin(yawRad / 2);
  const cp = Math.cos(pitchRad / 2);
  const sp = Math.sin(pitchRad / 2);
  // q = qy * qx
  return out.set(cy * sp, sy * cp, -sy * sp, cy * cp);
}

/**
 * The world rotation of a limb bone that hangs along its local -Y: -Y points along
 * `dir`, and the bone's front (-Z) leans toward `front` (the knee's or elbow's pole).
 */
export function limbRotation(dir: Vector3, front: Vector3, out: Quaternion): Quaternion {
  _y.copy(dir).normalize().negate();
  // +Z is the back: away from the pole, kept perpendicular to the limb.
  _z.copy(front).addScaledVector(_y, -front.dot(_y)).negate();
  if (_z.lengthSq() < 1e-10) _z.set(0, 0, 1).addScaledVector(_y, -_y.z);
  _z.normalize();
  _x.crossVectors(_y, _z);
  _m.makeBasis(_x, _y, _z);
  return out.setFromRotationMatrix(_m);
}

/**
 * Analytic two-bone IK: the middle joint (knee, elbow) for a chain from `root` with
 * lengths `a` then `b` reaching for `target`, bending toward `pole`. The reach is clamped
 * to (|a - b|, 0.999 (a + b)). Returns the distance actually reached, metres.
 */
export function twoBoneIk(root: Vector3, target: Vector3, pole: Vector3, a: number, b: number, outJoint: Vector3): number {
  _d.subVectors(target, root);
  const raw = _d.length();
  const d = clamp(raw, Math.abs(a - b) + 1e-4, 0.999 * (a + b));
  if (raw < 1e-6) _d.set(0, -1, 0);
  else _d.divideScalar(raw);
  const cosA = clamp((a * a + d * d - b * b) / (2 * a * d), -1, 1);
  const sinA = Math.sqrt(1 - cosA * cosA);
  // The pole made perpendicular to the chain.
  _p.copy(pole).addScaledVector(_d, -pole.dot(_d));
  if (_p.lengthSq() < 1e-10) _p.set(0, 0, -1).addScaledVector(_d, _d.z);
  _p.normalize();
  outJoint.copy(root).addScaledVector(_d, a * cosA).addScaledVector(_p, a * sinA);
  return d;
}

/** `out` = inverse(parentWorld) * world: a world rotation expressed in the parent's frame. */
export function toLocal(parentWorld: Quaternion, world: Quaternion, out: Quaternion): Quaternion {
  return out.copy(parentWorld).invert().multiply(world);
}

/** Rotates (x, y, z) by the rotation of `yawRad` about +Y into `out`. */
export function yawVec(yawRad: number, x: number, y: number, z: number, out: Vector3): Vector3 {
  const c = Math.cos(yawRad);
  const s = Math.sin(yawRad);
  return out.set(x * c + z * s, y, -x * s + z * c);
}

/** A small, stable hash of two integers to [0, 1): seeded variation without state. */
export function hash01(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}
