/**
 * The effect sounds, each a small recipe over dsp.ts. Names match src/audio/sounds.ts
 * (`sfx/<name>`); every recipe is seeded so the output is the same on every run.
 */
import { biquad, buf, declick, drive, envAR, envExp, mix, noise, normalize, ring, rng, room, SR, sineGlide } from "./dsp";

export type Recipe = (seed: number) => Float32Array;

export const FOOTSTEP_SURFACES = ["asphalt", "concrete", "metal", "glass", "gravel", "grass", "wood", "interior"] as const;
export const FOOTSTEP_VARIANTS = 4;

export function thump(r: () => number, f0: number, f1: number, decayS: number, len = 0.25): Float32Array {
  return envExp(sineGlide(len, f0 * (0.9 + 0.2 * r()), f1, r() * 6), 0.002, decayS);
}

export function burst(r: () => number, len: number, type: "lp" | "hp" | "bp", f: number, q: number, decayS: number): Float32Array {
  return envExp(biquad(noise(len, r), type, f, q), 0.001, decayS);
}

/** Tiny grains of noise scattered over `spanS` (gravel, debris, glass crunch). */
export function grains(r: () => number, len: number, count: number, spanS: number, f: number): Float32Array {
  const out = buf(len);
  for (let i = 0; i < count; i++) {
    const g = burst(r, 0.02, "bp", f * (0.6 + 0.8 * r()), 2, 0.002 + 0.004 * r());
    mix(out, g, r() * spanS, 0.3 + 0.7 * r());
  }
  return out;
}

function footstep(surface: (typeof FOOTSTEP_SURFACES)[number]): Recipe {
  return (seed) => {
    const r = rng(seed);
    const len = 0.32;
    const out = buf(len);
    const heel = 0.012 * r();
    switch (surface) {
      case "asphalt":
      case "concrete":
        mix(out, thump(r, 95, 55, 0.03), heel, 0.7);
        mix(out, burst(r, 0.12, "bp", 1400 + 800 * r(), 0.9, 0.018), heel, 0.6);
        mix(out, burst(r, 0.2, "bp", 3000, 0.7, 0.05), 0.03 + 0.03 * r(), surface === "asphalt" ? 0.18 : 0.12);
        break;
      case "metal":
        mix(out, thump(r, 120, 70, 0.03), heel, 0.5);
        for (const f of [430, 1120, 2260, 3390]) mix(out, ring(len, f * (0.95 + 0.1 * r()), 0.05 + 0.08 * r(), r() * 6), heel, 0.22);
        mix(out, burst(r, 0.06, "hp", 2500, 0.7, 0.01), heel, 0.4);
        break;
      case "glass":
        mix(out, thump(r, 100, 60, 0.025), heel, 0.45);
        mix(out, grains(r, len, 28, 0.12, 5200), heel, 0.5);
        for (let i = 0; i < 5; i++) mix(out, ring(0.2, 3000 + 5000 * r(), 0.03, r() * 6), heel + 0.1 * r(), 0.1);
        break;
      case "gravel":
        mix(out, thump(r, 85, 50, 0.03), heel, 0.5);
        mix(out, grains(r, len, 45, 0.16, 2200), heel, 0.6);
        break;
      case "grass":
        mix(out, thump(r, 80, 50, 0.025), heel, 0.35);
        mix(out, envAR(biquad(noise(0.18, r), "bp", 1800, 0.6), 0.02, 0.14), heel, 0.45);
        break;
      case "wood":
        mix(out, thump(r, 110, 70, 0.04), heel, 0.6);
        for (const f of [190, 340, 620]) mix(out, ring(len, f * (0.95 + 0.1 * r()), 0.05, r() * 6), heel, 0.2);
        mix(out, burst(r, 0.05, "bp", 1800, 1, 0.01), heel, 0.3);
        break;
      case "interior":
        mix(out, thump(r, 100, 60, 0.03), heel, 0.6);
        mix(out, burst(r, 0.08, "bp", 900 + 400 * r(), 1.2, 0.012), heel, 0.45);
        break;
    }
    return declick(normalize(out, -3));
  };
}

const land =
  (hard: boolean): Recipe =>
  (seed) => {
    const r = rng(seed);
    const out = buf(hard ? 0.7 : 0.4);
    mix(out, thump(r, hard ? 70 : 90, 35, hard ? 0.12 : 0.06, 0.6), 0, 1);
    mix(out, burst(r, 0.3, "lp", 1800, 0.7, hard ? 0.06 : 0.03), 0, 0.5);
    mix(out, grains(r, 0.4, hard ? 30 : 12, 0.15, 2500), 0.01, 0.4);
    mix(out, envAR(biquad(noise(0.25, r), "bp", 1200, 0.8), 0.02, 0.2), 0.02, 0.2);
    return declick(normalize(hard ? drive(out, 1.5) : out, -3));
  };

function cloth(r: () => number, len: number, f: number): Float32Array {
  const n = biquad(noise(len, r), "bp", f, 0.7);
  for (let i = 0; i < n.length; i++) n[i] *= 0.6 + 0.4 * Math.sin(i / 900 + r() * 0.2);
  return envAR(n, len * 0.3, len * 0.6);
}

/** One breath cycle (inhale, exhale) of `periodS`; `effort` makes it rougher and louder. */
function breath(periodS: number, effort: number): Recipe {
  return (seed) => {
    const r = rng(seed);
    const out = buf(periodS);
    const inS = periodS * 0.42;
    const outS = periodS * 0.5;
    const inh = biquad(biquad(noise(inS, r), "bp", 1700 + 600 * effort, 1.2), "hp", 500);
    mix(out, envAR(inh, inS * 0.5, inS * 0.45), 0.0, 0.6);
    const exh = biquad(biquad(noise(outS, r), "bp", 900 + 300 * effort, 0.9), "lp", 3000);
    mix(out, envAR(exh, outS * 0.15, outS * 0.8), inS + 0.02, 0.9);
    if (effort > 0.5) mix(out, envAR(biquad(noise(outS, r), "bp", 420, 3), 0.05, outS * 0.7), inS + 0.02, 0.25 * effort);
    return normalize(out, -4);
  };
}

const heartbeat: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(1.0);
  mix(out, envExp(sineGlide(0.25, 62, 42, 0), 0.006, 0.05), 0.0, 1);
  mix(out, envExp(sineGlide(0.25, 55, 40, 0), 0.006, 0.045), 0.27, 0.7);
  mix(out, biquad(envExp(noise(0.1, r), 0.003, 0.02), "lp", 200), 0, 0.3);
  return normalize(out, -3);
};

function shot(rifle: boolean): Recipe {
  return (seed) => {
    const r = rng(seed);
    const len = rifle ? 1.3 : 0.9;
    const out = buf(len);
    mix(out, burst(r, 0.05, "hp", 900, 0.7, 0.004), 0, 1);
    mix(out, burst(r, 0.3, "lp", rifle ? 2200 : 3200, 0.7, rifle ? 0.05 : 0.035), 0, 0.9);
    mix(out, thump(r, rifle ? 110 : 150, 45, rifle ? 0.08 : 0.05, 0.5), 0, 0.9);
    mix(out, envExp(biquad(noise(len, r), "lp", 1200), 0.01, rifle ? 0.35 : 0.22), 0.01, 0.25);
    mix(out, burst(r, 0.05, "bp", 4200, 3, 0.01), 0.03, 0.15);
    return declick(normalize(room(drive(out, 2.2), 0.045, 0.45, 0.5), -4));
  };
}

function mech(parts: [atS: number, f: number, gain: number][], len: number): Recipe {
  return (seed) => {
    const r = rng(seed);
    const out = buf(len);
    for (const [at, f, g] of parts) {
      mix(out, burst(r, 0.04, "bp", f, 4, 0.006), at, g);
      mix(out, ring(0.12, f * 1.7, 0.02, r() * 6), at, g * 0.3);
    }
    mix(out, cloth(r, len * 0.8, 1100), 0, 0.15);
    return declick(normalize(out, -4));
  };
}

const punch =
  (what: "hit" | "prop" | "whoosh"): Recipe =>
  (seed) => {
    const r = rng(seed);
    const out = buf(0.45);
    const sweep = biquad(noise(0.18, r), "bp", 900, 1.1);
    mix(out, envAR(sweep, 0.12, 0.05), 0, what === "whoosh" ? 0.8 : 0.35);
    if (what !== "whoosh") {
      mix(out, thump(r, what === "hit" ? 95 : 140, 50, 0.06, 0.3), 0.14, 1);
      mix(out, burst(r, 0.05, "hp", 1500, 0.7, 0.008), 0.14, 0.7);
      if (what === "prop") for (const f of [240, 510]) mix(out, ring(0.25, f, 0.06, r()), 0.14, 0.25);
    }
    return declick(normalize(out, -3));
  };

const impact =
  (kind: "world" | "metal" | "flesh"): Recipe =>
  (seed) => {
    const r = rng(seed);
    const out = buf(0.5);
    if (kind === "flesh") {
      mix(out, thump(r, 120, 60, 0.04, 0.2), 0, 1);
      mix(out, burst(r, 0.1, "lp", 900, 0.7, 0.02), 0, 0.6);
    } else {
      mix(out, burst(r, 0.05, "hp", 2000, 0.7, 0.005), 0, 0.9);
      mix(out, grains(r, 0.4, kind === "world" ? 25 : 8, 0.2, 3000), 0.005, 0.5);
      if (kind === "metal") for (const f of [1850, 3100, 4700]) mix(out, ring(0.4, f * (0.95 + 0.1 * r()), 0.1, r()), 0, 0.3);
    }
    return declick(normalize(out, -3));
  };

const glassBreak: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(1.6);
  mix(out, burst(r, 0.1, "hp", 1800, 0.7, 0.02), 0, 1);
  mix(out, grains(r, 1.6, 120, 0.9, 4500), 0.01, 0.6);
  for (let i = 0; i < 40; i++) mix(out, ring(0.4, 2500 + 6500 * r(), 0.04 + 0.08 * r(), r() * 6), 0.03 + 1.0 * r() ** 2, 0.12);
  return declick(normalize(out, -4));
};

/** An extinguisher bursting: a dull metal pop, then powder hissing out and thinning. */
const extinguisher: Recipe = (seed) => {
  const r = rng(seed);
  const len = 2.4;
  const out = buf(len);
  mix(out, thump(r, 150, 55, 0.06, 0.3), 0, 0.9);
  mix(out, ring(0.5, 900 + 300 * r(), 0.12, r() * 6), 0, 0.25);
  mix(out, envExp(biquad(noise(len, r), "hp", 2200, 0.6), 0.03, 0.9), 0.02, 0.8);
  mix(out, envExp(biquad(noise(len, r), "bp", 5500, 0.8), 0.05, 1.4), 0.04, 0.4);
  return declick(normalize(out, -5));
};

const explosion: Recipe = (seed) => {
  const r = rng(seed);
  const len = 3.2;
  const out = buf(len);
  mix(out, envExp(sineGlide(len, 75, 28, 0), 0.005, 0.6), 0, 1);
  mix(out, envExp(biquad(noise(len, r), "lp", 900), 0.004, 0.7), 0, 1.1);
  mix(out, envExp(biquad(noise(len, r), "lp", 4500), 0.002, 0.12), 0, 0.7);
  mix(out, grains(r, len, 90, 2.2, 1800), 0.15, 0.35);
  return declick(normalize(room(drive(out, 2.5), 0.09, 0.5, 0.6), -3.5));
};

const whoosh =
  (lenS: number, f: number): Recipe =>
  (seed) => {
    const r = rng(seed);
    return declick(normalize(envAR(biquad(noise(lenS, r), "bp", f, 1.3), lenS * 0.6, lenS * 0.35), -5));
  };

const grab: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(0.35);
  mix(out, cloth(r, 0.25, 1300), 0, 0.6);
  mix(out, thump(r, 160, 90, 0.03, 0.15), 0.15, 0.6);
  return declick(normalize(out, -5));
};

const pickup =
  (weapon: boolean): Recipe =>
  (seed) => {
    const r = rng(seed);
    const out = buf(0.6);
    mix(out, cloth(r, 0.3, 1200), 0, 0.4);
    const n = weapon ? 2 : 6;
    for (let i = 0; i < n; i++) {
      const f = weapon ? 900 + 400 * i : 2600 + 900 * r();
      mix(out, ring(0.2, f, weapon ? 0.04 : 0.03, r()), 0.1 + i * (weapon ? 0.12 : 0.03), 0.35);
      mix(out, burst(r, 0.03, "bp", f, 3, 0.004), 0.1 + i * (weapon ? 0.12 : 0.03), 0.5);
    }
    return declick(normalize(out, -4));
  };

const hurt: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(1.2);
  mix(out, thump(r, 80, 40, 0.08, 0.4), 0, 1);
  mix(out, burst(r, 0.15, "lp", 1200, 0.7, 0.03), 0, 0.6);
  mix(out, envAR(sineGlide(1.0, 3600, 3500, 0), 0.05, 0.9), 0.05, 0.06);
  return declick(normalize(out, -3));
};

const bodyFall: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(0.8);
  mix(out, thump(r, 75, 40, 0.08, 0.5), 0, 1);
  mix(out, thump(r, 90, 45, 0.05, 0.3), 0.18, 0.6);
  mix(out, cloth(r, 0.4, 900), 0.0, 0.3);
  mix(out, grains(r, 0.6, 10, 0.3, 2000), 0.05, 0.3);
  return declick(normalize(out, -3));
};

const chime: Recipe = () => {
  const out = buf(1.2);
  mix(out, ring(1.2, 880, 0.35), 0, 0.5);
  mix(out, ring(1.1, 1320, 0.3), 0.12, 0.4);
  return declick(normalize(out, -8));
};

const squelch: Recipe = (seed) => {
  const r = rng(seed);
  const out = buf(0.4);
  mix(out, envAR(biquad(noise(0.25, r), "bp", 2200, 1.5), 0.005, 0.02), 0, 0.8);
  mix(out, envAR(sineGlide(0.12, 1200, 1200), 0.005, 0.01), 0.26, 0.3);
  return declick(normalize(out, -6));
};

/**
 * The rooftops' device humming: a low chord with an airy shimmer and a slow beat. Every
 * partial and the beat make whole cycles in its 2 s, so the loop never clicks.
 */
const deviceHum: Recipe = (seed) => {
  const r = rng(seed);
  const len = 2;
  const out = buf(len);
  for (const [f, g] of [
    [55, 0.45],
    [110, 0.9],
    [165, 0.35],
    [330, 0.22],
    [661, 0.08],
  ] as const)
    mix(out, sineGlide(len, f, f, r() * 6), 0, g);
  const air = biquad(biquad(noise(len, r), "bp", 2400, 2), "lp", 5000);
  for (let i = 0; i < out.length; i++) {
    const t = i / SR;
    out[i] = (out[i] + 0.06 * air[i]) * (0.7 + 0.3 * Math.sin(2 * Math.PI * 1.5 * t));
  }
  return normalize(out, -9);
};

/** Every effect: name (as in `sfx/<name>`) to recipe. */
export function effectRecipes(): Record<string, Recipe> {
  const out: Record<string, Recipe> = {};
  for (const s of FOOTSTEP_SURFACES) for (let v = 0; v < FOOTSTEP_VARIANTS; v++) out[`step.${s}.${v}`] = (seed) => footstep(s)(seed + v * 101);
  Object.assign(out, {
    "land.soft": land(false),
    "land.hard": land(true),
    jump: (seed: number) => declick(normalize(cloth(rng(seed), 0.3, 1400), -6)),
    "breath.calm": breath(3.2, 0.1),
    "breath.heavy": breath(1.3, 0.9),
    heartbeat,
    "shot.pistol": shot(false),
    "shot.rifle": shot(true),
    "reload.start": mech(
      [
        [0.02, 2100, 0.7],
        [0.18, 1500, 0.5],
      ],
      0.45,
    ),
    "reload.end": mech(
      [
        [0.03, 1700, 0.9],
        [0.25, 2400, 0.8],
        [0.33, 1900, 0.7],
      ],
      0.55,
    ),
    "weapon.switch": mech([[0.12, 2000, 0.6]], 0.35),
    "gun.rattle": mech([[0.0, 3200, 0.4]], 0.15),
    "punch.hit": punch("hit"),
    "punch.prop": punch("prop"),
    "punch.whoosh": punch("whoosh"),
    "impact.world": impact("world"),
    "impact.metal": impact("metal"),
    "impact.flesh": impact("flesh"),
    "glass.break": glassBreak,
    extinguisher,
    explosion,
    "throw.whoosh": whoosh(0.35, 700),
    grab,
    "pickup.ammo": pickup(false),
    "pickup.weapon": pickup(true),
    hurt,
    "body.fall": bodyFall,
    checkpoint: chime,
    "merc.radio": squelch,
    respawn: whoosh(0.9, 500),
    "device.hum": deviceHum,
  });
  return out;
}
