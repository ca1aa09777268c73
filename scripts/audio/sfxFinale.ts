/**
 * The finale's effect sounds (the army's ways in, the telekinetic's throws, his barrier,
 * breaking cover), each a small recipe over dsp.ts like those in sfx.ts.
 */
import { biquad, buf, declick, drive, envAR, envExp, mix, noise, normalize, ring, rng, room, SR, sineGlide } from "./dsp";
import { burst, grains, type Recipe, thump } from "./sfx";

/** The telegraph: a rising, trembling whine that tells where the thrown thing is (it plays in 3D). */
const tkRise: Recipe = (seed) => {
  const r = rng(seed);
  const len = 1.3;
  const out = buf(len);
  const whine = sineGlide(len, 110, 820, 0);
  const shimmer = sineGlide(len, 230, 1650, 1);
  // A tremble: amplitude wobbling faster as it rises.
  for (let i = 0; i < whine.length; i++) {
    const t = i / SR;
    const wob = 0.6 + 0.4 * Math.sin(2 * Math.PI * (6 * t + 9 * t * t));
    whine[i] *= wob * (0.2 + 0.8 * (t / len));
    shimmer[i] *= wob * 0.35 * (t / len);
  }
  mix(out, whine, 0, 1);
  mix(out, shimmer, 0, 0.6);
  mix(out, envAR(biquad(noise(len, r), "bp", 700, 0.8), len * 0.9, 0.1), 0, 0.4);
  // Quieter than a shot at its peak: it is heard by its rise and its place, not its loudness.
  return declick(normalize(drive(out, 1.4), -8));
};

const tkThrow: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(0.8);
  mix(out, envAR(biquad(noise(0.7, r), "bp", 380, 1.2), 0.08, 0.55), 0, 1);
  mix(out, envExp(sineGlide(0.6, 180, 60, 0), 0.01, 0.2), 0, 0.5);
  return declick(normalize(out, -4));
};

const tkImpact =
  (heavy: boolean): Recipe =>
  (seed) => {
    const r = rng(seed);
    const len = heavy ? 2.2 : 0.8;
    const out = buf(len);
    mix(out, thump(r, heavy ? 70 : 120, 35, heavy ? 0.3 : 0.08, len * 0.6), 0, 1);
    mix(out, burst(r, 0.2, "lp", heavy ? 1500 : 2600, 0.7, heavy ? 0.12 : 0.04), 0, 0.9);
    mix(out, grains(r, len, heavy ? 80 : 20, heavy ? 1.2 : 0.3, heavy ? 1800 : 2600), 0.02, 0.45);
    if (heavy) for (const f of [310, 740, 1290, 2210]) mix(out, ring(1.4, f * (0.95 + 0.1 * r()), 0.25 + 0.3 * r(), r() * 6), 0.01, 0.18);
    return declick(normalize(room(drive(out, heavy ? 2.2 : 1.5), 0.07, 0.45, 0.45), -3));
  };

const concreteBreak: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(1.6);
  mix(out, thump(r, 90, 40, 0.12, 0.6), 0, 1);
  mix(out, burst(r, 0.3, "lp", 1800, 0.7, 0.08), 0, 0.9);
  mix(out, grains(r, 1.6, 140, 1.1, 1500), 0.03, 0.6);
  return declick(normalize(room(out, 0.06, 0.4, 0.4), -3));
};

/** A lift arriving: the two-tone bell and the doors. */
const liftDing: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(1.4);
  mix(out, ring(0.9, 988, 0.3), 0, 0.5);
  mix(out, ring(0.9, 784, 0.35), 0.28, 0.5);
  mix(out, envAR(biquad(noise(0.6, r), "bp", 500, 0.9), 0.1, 0.4), 0.6, 0.35);
  return declick(normalize(out, -7));
};

const doorBang: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(0.9);
  mix(out, thump(r, 95, 45, 0.1, 0.5), 0, 1);
  for (const f of [210, 460, 930]) mix(out, ring(0.6, f * (0.95 + 0.1 * r()), 0.12, r()), 0, 0.3);
  mix(out, burst(r, 0.05, "hp", 1600, 0.7, 0.01), 0, 0.5);
  return declick(normalize(room(out, 0.05, 0.4, 0.4), -4));
};

/** A rope over the parapet: the zip of the line, boots on the stone. */
const ropeZip: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(1.1);
  mix(out, envAR(biquad(noise(0.7, r), "bp", 1900, 2.5), 0.3, 0.3), 0, 0.7);
  mix(out, thump(r, 110, 55, 0.05, 0.25), 0.75, 0.8);
  mix(out, thump(r, 120, 60, 0.04, 0.2), 0.9, 0.6);
  return declick(normalize(out, -5));
};

/** A round turned by the barrier: a glassy ping and a hiss. */
const deflect: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(0.6);
  for (const f of [1760, 2640, 3960]) mix(out, ring(0.5, f * (0.97 + 0.06 * r()), 0.12, r()), 0, 0.35);
  mix(out, envExp(biquad(noise(0.4, r), "hp", 3500), 0.002, 0.08), 0, 0.4);
  return declick(normalize(out, -6));
};

const akanHurt: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(0.9);
  mix(out, thump(r, 100, 50, 0.05, 0.3), 0, 0.8);
  mix(out, envAR(biquad(sineGlide(0.6, 180, 120, 0), "lp", 900), 0.02, 0.4), 0.02, 0.7);
  mix(out, envAR(biquad(noise(0.5, r), "bp", 600, 1.5), 0.02, 0.35), 0.02, 0.4);
  return declick(normalize(out, -4));
};

/** Every effect of the finale: name (as in `sfx/<name>`) to recipe. */
export function finaleRecipes(): Record<string, Recipe> {
  return {
    "tk.rise": tkRise,
    "tk.throw": tkThrow,
    "tk.impact.heavy": tkImpact(true),
    "tk.impact.light": tkImpact(false),
    "concrete.break": concreteBreak,
    "lift.ding": liftDing,
    "door.bang": doorBang,
    "rope.zip": ropeZip,
    "barrier.deflect": deflect,
    "akan.hurt": akanHurt,
  };
}
