/**
 * Deterministic elementary functions for the core. Engines may round Math.sin, cos,
 * atan2, exp, log and pow differently (node 20's V8 and today's Chromium disagree on a
 * fifth of inputs), which would make a take replay differently in the browser and in
 * node. These use only + - * / and Math.sqrt, which IEEE 754 rounds the same everywhere
 * (JavaScript never fuses multiply-add), so every engine gets the same bits. Accurate to
 * about 1e-15; determinism, not the last ulp, is the point.
 */

const PI = Math.PI;
const HALF_PI = 1.5707963267948966;
// pi/2 split in two (Cody-Waite) so that x - k*pi/2 loses no bits for |x| up to ~1e5.
const PIO2_HI = 1.5707963267341256;
const PIO2_LO = 6.077100506506192e-11;
const LN2 = Math.LN2;
const SQRT3 = 1.7320508075688772;
const TAN_PI_12 = 0.2679491924311227;

/** sin and cos of |r| <= pi/4 by their Taylor series (terms below 1e-17 dropped). */
function sinPoly(r: number): number {
  const z = r * r;
  return r * (1 + z * (-1 / 6 + z * (1 / 120 + z * (-1 / 5040 + z * (1 / 362880 + z * (-1 / 39916800 + z * (1 / 6227020800 + z * (-1 / 1307674368000))))))));
}
function cosPoly(r: number): number {
  const z = r * r;
  return 1 + z * (-0.5 + z * (1 / 24 + z * (-1 / 720 + z * (1 / 40320 + z * (-1 / 3628800 + z * (1 / 479001600 + z * (-1 / 87178291200 + z * (1 / 20922789888000))))))));
}

/** Quadrant k and remainder r of x = k*pi/2 + r. */
function reduce(x: number, out: { k: number; r: number }): void {
  const k = Math.round(x / HALF_PI);
  out.k = ((k % 4) + 4) % 4;
  out.r = x - k * PIO2_HI - k * PIO2_LO;
}
const _q = { k: 0, r: 0 };

function sin(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  reduce(x, _q);
  switch (_q.k) {
    case 0:
      return sinPoly(_q.r);
    case 1:
      return cosPoly(_q.r);
    case 2:
      return -sinPoly(_q.r);
    default:
      return -cosPoly(_q.r);
  }
}

function cos(x: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  reduce(x, _q);
  switch (_q.k) {
    case 0:
      return cosPoly(_q.r);
    case 1:
      return -sinPoly(_q.r);
    case 2:
      return -cosPoly(_q.r);
    default:
      return sinPoly(_q.r);
  }
}

function tan(x: number): number {
  return sin(x) / cos(x);
}

/** atan of |x| <= tan(pi/12) by its series (x^33 < 1e-19 there). */
function atanSmall(x: number): number {
  const z = x * x;
  let s = 0;
  for (let n = 31; n >= 3; n -= 2) s = z * (((n - 1) / 2) % 2 === 0 ? 1 / n : -1 / n) + z * s;
  return x + x * s;
}

function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x < 0) return -atan(-x);
  if (x > 1) return HALF_PI - atan(1 / x);
  if (x > TAN_PI_12) return PI / 6 + atanSmall((x * SQRT3 - 1) / (SQRT3 + x));
  return atanSmall(x);
}

function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0 && y === 0) return Object.is(x, -0) ? (Object.is(y, -0) ? -PI : PI) : y;
  if (x === 0) return y > 0 ? HALF_PI : -HALF_PI;
  const a = atan(y / x);
  if (x > 0) return a;
  return y > 0 || Object.is(y, 0) ? a + PI : a - PI;
}

function asin(x: number): number {
  if (x > 1 || x < -1) return Number.NaN;
  if (x === 1 || x === -1) return x * HALF_PI;
  return atan(x / Math.sqrt((1 - x) * (1 + x)));
}

function acos(x: number): number {
  return HALF_PI - asin(x);
}

/** e^x: x = k ln2 + r with |r| <= ln2/2, e^r by Taylor, times 2^k by exact halvings/doublings. */
function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709) return Number.POSITIVE_INFINITY;
  if (x < -745) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 22; n++) {
    term = (term * r) / n;
    sum += term;
  }
  return scale2(sum, k);
}

function scale2(v: number, k: number): number {
  let out = v;
  for (let i = 0; i < k; i++) out *= 2;
  for (let i = 0; i > k; i--) out *= 0.5;
  return out;
}

/** ln x: x = m 2^k with m in [0.75, 1.5), ln m = 2 atanh((m-1)/(m+1)) by its series. */
function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let m = x;
  let k = 0;
  while (m >= 1.5) {
    m *= 0.5;
    k++;
  }
  while (m < 0.75) {
    m *= 2;
    k--;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  let sum = 0;
  for (let n = 41; n >= 3; n -= 2) sum = z * (1 / n + sum);
  return 2 * (s + s * sum) + k * LN2;
}

/** b^e: whole exponents by multiplication (exact like the engines), others by exp(e ln b). */
function pow(b: number, e: number): number {
  if (e === 0) return 1;
  if (Number.isInteger(e) && Math.abs(e) <= 64) {
    let r = 1;
    for (let i = 0; i < Math.abs(e); i++) r *= b;
    return e < 0 ? 1 / r : r;
  }
  if (b === 1) return 1;
  if (b < 0) return Number.NaN;
  if (b === 0) return e > 0 ? 0 : Number.POSITIVE_INFINITY;
  return exp(e * log(b));
}

function hypot(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

function hypot3(x: number, y: number, z: number): number {
  return Math.sqrt(x * x + y * y + z * z);
}

/** The core's elementary functions: use these, never Math.sin and friends, in src/sim. */
export const DMath = { sin, cos, tan, atan, atan2, asin, acos, exp, log, pow, hypot, hypot3, PI } as const;
