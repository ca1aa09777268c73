/**
 * Radians per degree: `x * DEG` turns degrees into radians, `x / DEG` radians into
 * degrees. The core works in radians and writes degrees only in tuning data people read.
 * The rig keeps the same constant in src/rig/math.ts, as it ships without the core.
 */
export const DEG = Math.PI / 180;
