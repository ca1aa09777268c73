import { DIRECTOR_INTERVIEW, PRODUCER_INTERVIEW, type Source, TRAILER_NEWS } from "../../content/sources";
import type { HoldId } from "./holds";
import type { BoneName } from "./skeleton";

/**
 * One box of an outfit: the bone it rides on, its size and centre (figure space: feet at
 * y = 0, facing -Z, +X the figure's right; for the "prop" bone, the item's own frame:
 * origin at the grip, -Z down the barrel), its colour, and an optional glow.
 */
export interface OutfitPart {
  bone: BoneName;
  size: readonly [number, number, number];
  at: readonly [number, number, number];
  color: number;
  /** Emissive strength (the courier's device), 0 for none. */
  glow?: number;
}

/** A way to dress the shared figure: a role or a guise. */
export interface Outfit {
  id: string;
  /** What it shows, in words. */
  description: string;
  /** How the hands carry what it holds (see HOLDS). */
  hold: HoldId;
  parts: readonly OutfitPart[];
  /** Where the look comes from: a source document, or `outside`. */
  source: Source;
}

/** The most boxes one outfit may have (each crowd slot reserves room for this many). */
export const MAX_OUTFIT_BOXES = 44;

type V3 = readonly [number, number, number];
const part = (bone: BoneName, size: V3, at: V3, color: number, glow = 0): OutfitPart => ({ bone, size, at, color, glow });

/** The same box on both sides: `at` is the left one (x < 0); the right one is mirrored. */
function pair(bone: "upperArm" | "forearm" | "hand" | "thigh" | "shin" | "foot", size: V3, at: V3, color: number): OutfitPart[] {
  return [part(`${bone}L` as BoneName, size, at, color), part(`${bone}R` as BoneName, size, [-at[0], at[1], at[2]], color)];
}

const SKIN = 0xc99a7e;
const PALE = 0xe8d6cc;

/** Legs and arms in one colour each, boots and hands: the base most outfits share. */
function limbs(trousers: number, sleeves: number, boots: number, hands: number, opts: { shoeH?: number } = {}): OutfitPart[] {
  const h = opts.shoeH ?? 0.1;
  return [
    ...pair("thigh", [0.15, 0.42, 0.16], [-0.1, 0.7, 0], trousers),
    ...pair("shin", [0.12, 0.38, 0.13], [-0.1, 0.29, 0], trousers),
    ...pair("foot", [0.11, h, 0.27], [-0.1, h / 2, -0.04], boots),
    ...pair("upperArm", [0.1, 0.3, 0.11], [-0.21, 1.31, 0], sleeves),
    ...pair("forearm", [0.09, 0.26, 0.09], [-0.2, 1.04, 0], sleeves),
    ...pair("hand", [0.075, 0.1, 0.05], [-0.2, 0.86, 0], hands),
  ];
}

/** Hips, belly, chest, neck and head of a plain body. */
function trunk(lower: number, upper: number, skin: number, width = 0.4): OutfitPart[] {
  return [
    part("pelvis", [width - 0.06, 0.2, 0.22], [0, 0.93, 0], lower),
    part("spine", [width - 0.08, 0.2, 0.2], [0, 1.1, 0], upper),
    part("chest", [width, 0.34, 0.24], [0, 1.34, 0], upper),
    part("neck", [0.1, 0.1, 0.1], [0, 1.56, 0], skin),
    part("head", [0.19, 0.23, 0.21], [0, 1.7, 0], skin),
  ];
}

const RIFLE: OutfitPart[] = [
  part("prop", [0.05, 0.09, 0.4], [0, 0.04, -0.12], 0x2b2b2d),
  part("prop", [0.025, 0.025, 0.32], [0, 0.06, -0.5], 0x1c1c1c),
  part("prop", [0.035, 0.14, 0.06], [0, -0.05, -0.18], 0x3a3327),
  part("prop", [0.04, 0.08, 0.22], [0, 0.02, 0.16], 0x2b2b2d),
  part("prop", [0.03, 0.08, 0.04], [0, -0.03, 0.02], 0x2b2b2d),
];
const PISTOL: OutfitPart[] = [part("prop", [0.03, 0.05, 0.19], [0, 0.03, -0.07], 0x111111), part("prop", [0.028, 0.1, 0.04], [0, -0.02, 0.0], 0x111111)];

/** The mercenaries' kit: helmet, balaclava, plate carrier with pouches, red armbands that read at range. */
function mercKit(carry: OutfitPart[]): OutfitPart[] {
  const olive = 0x5b6147;
  const jacket = 0x2c2f35;
  const black = 0x141416;
  return [
    ...limbs(0x4a4e40, jacket, 0x0e0e0e, 0x1a1a1a),
    ...trunk(0x4a4e40, jacket, black),
    part("chest", [0.46, 0.36, 0.3], [0, 1.32, -0.01], olive),
    part("chest", [0.32, 0.09, 0.06], [0, 1.2, -0.17], 0x474c37),
    part("pelvis", [0.38, 0.06, 0.25], [0, 1.01, 0], 0x111111),
    part("head", [0.14, 0.035, 0.012], [0, 1.73, -0.108], SKIN),
    part("head", [0.26, 0.12, 0.27], [0, 1.84, 0.0], olive),
    part("head", [0.27, 0.06, 0.28], [0, 1.79, 0.01], olive),
    part("upperArmL", [0.11, 0.05, 0.12], [-0.21, 1.36, 0], 0xb02418),
    part("upperArmR", [0.11, 0.05, 0.12], [0.21, 1.36, 0], 0xb02418),
    ...pair("thigh", [0.1, 0.08, 0.05], [-0.1, 0.5, -0.08], 0x2a2c24),
    ...carry,
  ];
}

/** A long coat: the body part on the chest and hips, the skirts on the thighs so they swing with the legs. */
function longCoat(color: number): OutfitPart[] {
  return [
    part("chest", [0.44, 0.38, 0.27], [0, 1.33, 0], color),
    part("spine", [0.4, 0.22, 0.25], [0, 1.1, 0], color),
    part("pelvis", [0.42, 0.22, 0.26], [0, 0.92, 0], color),
    ...pair("thigh", [0.19, 0.36, 0.22], [-0.1, 0.66, 0.0], color),
  ];
}

export const OUTFITS: readonly Outfit[] = [
  {
    id: "merc",
    description: "a mercenary in black and olive tactical gear, helmet and balaclava, with a rifle",
    hold: "rifle",
    parts: mercKit(RIFLE),
    source: PRODUCER_INTERVIEW,
  },
  {
    id: "merc.pistol",
    description: "a mercenary as above, with a pistol",
    hold: "pistol",
    parts: mercKit(PISTOL),
    source: PRODUCER_INTERVIEW,
  },
  {
    id: "estelle",
    description: "the scientist: a white lab coat to the knees, dark trousers, auburn hair",
    hold: "none",
    parts: [
      ...limbs(0x2b2d33, 0xeeeeea, 0x1a1a1e, SKIN, { shoeH: 0.08 }),
      ...trunk(0x2b2d33, 0x6f7a8a, SKIN, 0.36),
      ...longCoat(0xeeeeea),
      part("chest", [0.14, 0.34, 0.02], [0, 1.34, -0.136], 0x6f7a8a),
      part("spine", [0.12, 0.2, 0.02], [0, 1.1, -0.126], 0x6f7a8a),
      part("head", [0.23, 0.27, 0.24], [0, 1.73, 0.03], 0x8a3b1c),
      part("head", [0.21, 0.22, 0.08], [0, 1.6, 0.12], 0x8a3b1c),
    ],
    source: TRAILER_NEWS,
  },
  {
    id: "akan",
    description: "the telekinetic: a long black coat, pale face, white-blond hair",
    hold: "none",
    parts: [
      ...limbs(0x0e0e10, 0x15151a, 0x050505, PALE),
      ...trunk(0x0e0e10, 0x2a2a30, PALE, 0.42),
      ...longCoat(0x15151a),
      part("head", [0.22, 0.1, 0.23], [0, 1.84, 0.01], 0xf2efe6),
      part("head", [0.21, 0.12, 0.05], [0, 1.74, 0.11], 0xf2efe6),
    ],
    source: "outside",
  },
  {
    id: "jimmy.sweeper",
    description: "Jimmy as a street sweeper: a hi-vis orange vest over grey overalls, a cap and a headset",
    hold: "none",
    parts: [
      ...limbs(0x5b5f66, 0x5b5f66, 0x222222, SKIN),
      ...trunk(0x5b5f66, 0x5b5f66, SKIN),
      part("chest", [0.44, 0.36, 0.27], [0, 1.32, 0], 0xf07a12),
      part("chest", [0.45, 0.04, 0.28], [0, 1.27, 0], 0xe8e8d0),
      part("spine", [0.36, 0.18, 0.23], [0, 1.1, 0], 0xf07a12),
      part("head", [0.21, 0.08, 0.23], [0, 1.83, 0.01], 0x3a3f48),
      part("head", [0.17, 0.02, 0.1], [0, 1.8, -0.14], 0x3a3f48),
      part("head", [0.03, 0.1, 0.03], [0.11, 1.7, -0.04], 0x111111),
    ],
    source: DIRECTOR_INTERVIEW,
  },
  {
    id: "jimmy.caretaker",
    description: "Jimmy as the office tower's caretaker: a yellow hi-vis vest over navy work clothes, a bunch of keys at the hip",
    hold: "none",
    parts: [
      ...limbs(0x1f2a44, 0x1f2a44, 0x1a1a1a, SKIN),
      ...trunk(0x1f2a44, 0x1f2a44, SKIN),
      part("chest", [0.44, 0.36, 0.27], [0, 1.32, 0], 0xd8e020),
      part("chest", [0.45, 0.04, 0.28], [0, 1.27, 0], 0xe8e8d0),
      part("spine", [0.36, 0.18, 0.23], [0, 1.1, 0], 0xd8e020),
      part("spine", [0.06, 0.08, 0.03], [0.2, 0.98, -0.06], 0xb8b8b0),
      part("head", [0.21, 0.07, 0.23], [0, 1.83, 0.01], 0x2a1c12),
    ],
    source: TRAILER_NEWS,
  },
  {
    id: "jimmy.suit",
    description: "Jimmy as an office worker: a grey suit, white shirt, red tie",
    hold: "none",
    parts: [
      ...limbs(0x34363c, 0x34363c, 0x111111, SKIN),
      ...trunk(0x34363c, 0x34363c, SKIN),
      part("chest", [0.12, 0.3, 0.02], [0, 1.36, -0.12], 0xf0f0f0),
      part("chest", [0.04, 0.28, 0.01], [0, 1.33, -0.132], 0xa01818),
      part("head", [0.2, 0.07, 0.22], [0, 1.83, 0.01], 0x5a3a22),
    ],
    source: PRODUCER_INTERVIEW,
  },
  {
    id: "jimmy.punk",
    description: "Jimmy as a punk: leather jacket, ripped jeans, a green mohawk",
    hold: "none",
    parts: [
      ...limbs(0x3b5278, 0x141414, 0x101010, SKIN),
      ...trunk(0x3b5278, 0x141414, SKIN),
      part("head", [0.05, 0.12, 0.22], [0, 1.86, 0.0], 0x3ad14a),
    ],
    source: PRODUCER_INTERVIEW,
  },
  {
    id: "jimmy.fitter",
    description: "Jimmy as a TV-aerial fitter on the rooftops: blue work overalls, an orange hard hat, a tool belt",
    hold: "none",
    parts: [
      ...limbs(0x2f4f86, 0x2f4f86, 0x2a2418, SKIN),
      ...trunk(0x2f4f86, 0x2f4f86, SKIN),
      part("pelvis", [0.4, 0.07, 0.26], [0, 0.98, 0], 0x4a3a24),
      part("head", [0.25, 0.1, 0.27], [0, 1.85, 0.0], 0xf08a14),
      part("head", [0.27, 0.02, 0.3], [0, 1.8, -0.02], 0xf08a14),
    ],
    source: PRODUCER_INTERVIEW,
  },
  {
    id: "jimmy.soldier",
    description: "Jimmy as a soldier: camouflage, a helmet and a rifle",
    hold: "rifle",
    parts: [
      ...limbs(0x5d6b45, 0x5d6b45, 0x2a2418, SKIN),
      ...trunk(0x5d6b45, 0x5d6b45, SKIN),
      part("chest", [0.44, 0.3, 0.28], [0, 1.3, 0], 0x4e5a38),
      part("head", [0.26, 0.13, 0.27], [0, 1.84, 0.0], 0x4e5a38),
      ...RIFLE,
    ],
    source: PRODUCER_INTERVIEW,
  },
  {
    id: "guard",
    description: "an office guard: a dark grey uniform, a cap, a pistol",
    hold: "pistol",
    parts: [
      ...limbs(0x2c3038, 0x2c3038, 0x0c0c0c, SKIN),
      ...trunk(0x2c3038, 0x3a4050, SKIN),
      part("chest", [0.3, 0.06, 0.02], [0, 1.44, -0.125], 0xc9b25a),
      part("head", [0.22, 0.06, 0.24], [0, 1.83, 0.0], 0x1e2128),
      part("head", [0.2, 0.02, 0.1], [0, 1.81, -0.15], 0x1e2128),
      ...PISTOL,
    ],
    source: TRAILER_NEWS,
  },
  {
    id: "courier",
    description: "the courier: a dark hooded jacket, jeans, a glowing device in both hands",
    hold: "device",
    parts: [
      ...limbs(0x2e3a55, 0x24262c, 0x1a1a1a, SKIN),
      ...trunk(0x2e3a55, 0x24262c, SKIN),
      part("head", [0.23, 0.25, 0.25], [0, 1.73, 0.03], 0x24262c),
      part("prop", [0.22, 0.14, 0.16], [0, 0, 0], 0x1c2a33),
      part("prop", [0.14, 0.1, 0.17], [0, 0.01, 0], 0x6ff3ff, 2.5),
    ],
    source: TRAILER_NEWS,
  },
  {
    id: "courier.caught",
    description: "the courier once caught: the same clothes, his hands empty (Henry holds the device)",
    hold: "none",
    parts: [...limbs(0x2e3a55, 0x24262c, 0x1a1a1a, SKIN), ...trunk(0x2e3a55, 0x24262c, SKIN), part("head", [0.23, 0.25, 0.25], [0, 1.73, 0.03], 0x24262c)],
    source: TRAILER_NEWS,
  },
  {
    id: "shield",
    description: "a shield bearer: heavy armour, a visored helmet, a riot shield on the left arm, a pistol",
    hold: "shield",
    parts: [
      ...mercKit(PISTOL).filter((p) => p.bone !== "head" || p.color !== SKIN),
      part("head", [0.2, 0.1, 0.02], [0, 1.72, -0.12], 0x2a3036),
      part("forearmL", [0.55, 0.85, 0.04], [-0.2, 1.05, -0.12], 0x22262b),
    ],
    source: PRODUCER_INTERVIEW,
  },
  {
    id: "gunner",
    description: "a machine gunner: heavy armour and helmet, a belt-fed gun at the hip",
    hold: "mg",
    parts: [
      ...mercKit([
        part("prop", [0.08, 0.13, 0.6], [0, 0.04, -0.2], 0x141414),
        part("prop", [0.04, 0.04, 0.4], [0, 0.06, -0.7], 0x0c0c0c),
        part("prop", [0.1, 0.12, 0.12], [0.06, -0.06, -0.16], 0x3c3a2c),
        part("prop", [0.05, 0.09, 0.2], [0, 0.02, 0.18], 0x141414),
      ]),
    ],
    source: PRODUCER_INTERVIEW,
  },
];

/** Henry, for his own body under the camera and its shadow: no face is ever seen. */
function henry(id: string, hold: HoldId, carry: OutfitPart[]): Outfit {
  return {
    id,
    description: "Henry: an olive shirt with rolled sleeves, tattooed forearms, grey-blue cargo trousers, brown boots, a belt",
    hold,
    parts: [
      ...limbs(0x4a5263, 0x2f3326, 0x2a2018, SKIN),
      ...trunk(0x4a5263, 0x2f3326, SKIN),
      part("pelvis", [0.38, 0.06, 0.25], [0, 1.0, 0], 0x1a1a1a),
      ...pair("thigh", [0.06, 0.14, 0.12], [-0.175, 0.72, 0], 0x3b4250),
      ...carry,
    ],
    source: PRODUCER_INTERVIEW,
  };
}

/** Henry's body by what he holds (the shadow shows the gun). */
export const HENRY_OUTFITS = {
  none: henry("henry", "none", []),
  pistol: henry("henry.pistol", "pistol", PISTOL),
  rifle: henry("henry.rifle", "rifle", RIFLE),
} as const;

const BY_ID = new Map([...OUTFITS, ...Object.values(HENRY_OUTFITS)].map((o) => [o.id, o]));

/** An outfit by id, or undefined. */
export function outfitById(id: string): Outfit | undefined {
  return BY_ID.get(id);
}
