/**
 * The safety limiter between the master gain and the speakers, so a pile-up never clips:
 * the game (over howler) and the offline soundtrack of a rendered video use the same one.
 */
export function createLimiter(ctx: BaseAudioContext): DynamicsCompressorNode {
  const c = ctx.createDynamicsCompressor();
  c.threshold.value = -6;
  c.knee.value = 4;
  c.ratio.value = 12;
  c.attack.value = 0.002;
  c.release.value = 0.2;
  return c;
}
