import { BARK_LINES } from "../content/barks";
import type { SimEvent } from "../sim/core/SimEvent";

/**
 * Which sounds each core event can play. Typed over every event kind, so a new kind added
 * to SimEvent fails the type check until it has its sounds here (and the tests check each
 * id is in the manifest).
 */
export const EVENT_SOUNDS: { readonly [K in SimEvent["kind"]]: readonly string[] } = {
  landed: ["sfx/land.soft", "sfx/land.hard"],
  jumped: ["sfx/jump"],
  // Parkour: hands on an edge or a rail, a roll's tumble; a rung rings under the hand.
  move: ["sfx/grab", "sfx/land.soft"],
  rung: ["sfx/impact.metal"],
  blast: ["sfx/explosion"],
  recoil: ["sfx/gun.rattle"],
  respawned: ["sfx/respawn"],
  shot: ["sfx/shot.pistol", "sfx/shot.rifle", "sfx/impact.world", "sfx/impact.metal", "sfx/impact.flesh", "sfx/glass.break"],
  reload: ["sfx/reload.start", "sfx/reload.end"],
  weaponSwitch: ["sfx/weapon.switch"],
  melee: ["sfx/punch.hit", "sfx/punch.prop", "sfx/punch.whoosh"],
  grab: ["sfx/grab"],
  throw: ["sfx/throw.whoosh"],
  pickup: ["sfx/pickup.ammo", "sfx/pickup.weapon"],
  explosion: ["sfx/explosion"],
  damage: ["sfx/hurt", "sfx/impact.flesh"],
  killed: ["sfx/body.fall"],
  checkpoint: ["sfx/checkpoint"],
  alerted: ["sfx/merc.radio"],
  reinforcement: ["sfx/lift.ding", "sfx/door.bang", "sfx/rope.zip"],
  telekinesis: ["sfx/tk.rise", "sfx/tk.throw", "sfx/tk.impact.heavy", "sfx/tk.impact.light"],
  coverBroken: ["sfx/concrete.break"],
  akanHit: ["sfx/barrier.deflect", "sfx/akan.hurt"],
  // A mercenary's call, in his voice at his position.
  bark: BARK_LINES.map((l) => voiceId(l.id)),
  glass: ["sfx/glass.break"],
  cloud: ["sfx/extinguisher"],
  // Script cues: a shake beat (the pod's crash and drop) booms; lines play as voices.
  cue: ["sfx/explosion"],
};

/** Surfaces with their own footstep sounds; anything else steps like concrete. */
export const STEP_SURFACES = ["asphalt", "concrete", "metal", "glass", "gravel", "grass", "wood", "interior"] as const;
export const STEP_VARIANTS = 4;

/** Henry's body: loops that follow exertion and health. */
export const BODY_LOOPS = { breathCalm: "sfx/breath.calm", breathHeavy: "sfx/breath.heavy", heartbeat: "sfx/heartbeat" } as const;

/** The rooftops' glowing device: a hum that grows as it comes near and throbs with its beat. */
export const DEVICE_HUM = "sfx/device.hum";

export const MUSIC_LAYERS = ["pad", "pulse", "drive"] as const;

export function musicLayerId(piece: string, layer: (typeof MUSIC_LAYERS)[number]): string {
  return `music/${piece}.${layer}`;
}

/** A dialogue line's voice: `assets/audio/voice/<line id>.ogg`. */
export function voiceId(lineId: string): string {
  return `voice/${lineId}`;
}

/** Every id the game may ask for during a piece (for preloading and for the tests). */
export function allGameSounds(): string[] {
  const ids = new Set<string>();
  for (const list of Object.values(EVENT_SOUNDS)) for (const id of list) ids.add(id);
  for (const s of STEP_SURFACES) for (let v = 0; v < STEP_VARIANTS; v++) ids.add(`sfx/step.${s}.${v}`);
  for (const id of Object.values(BODY_LOOPS)) ids.add(id);
  ids.add(DEVICE_HUM);
  return [...ids];
}
