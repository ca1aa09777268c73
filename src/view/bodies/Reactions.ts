import { hash01, Spring } from "./poseMath";

/** Tuning of hits, recoil and stagger; radians, metres, rad/s. */
export const REACTION = {
  /** Stiffness of the hit springs: a hit shows for about 4 / omega seconds. */
  hitOmega: 9,
  headOmega: 13,
  /** Torso pitch and roll speed per unit of hit strength, rad/s. */
  torsoKick: 8,
  headKick: 14,
  /** Pelvis shift along the blow and dip per unit strength, m/s. */
  shiftKick: 1.1,
  dipKick: 1.6,
  recoilOmega: 32,
  /** Chest pitch-up speed of one shot, rad/s; the gun's pull back, m/s. */
  recoilPitchKick: 3.2,
  recoilBackKick: 1.6,
  staggerOmega: 9,
} as const;

/** Where a blow landed, in the figure's frame. */
export interface HitInfo {
  /** Direction the blow travelled, world (unit). */
  dirX: number;
  dirY: number;
  dirZ: number;
  /** Height of the impact above the feet, metres. */
  heightM: number;
  /** 0.3 a graze .. 1 a solid hit .. 2 a blast. */
  strength: number;
}

/**
 * A figure's additive reactions as critically damped springs: hits (by direction and
 * where they land: head, torso, legs), weapon recoil, and a stagger while the core says
 * so. Randomness is seeded from the figure and the tick, so a take looks the same twice.
 */
export class Reactions {
  readonly torsoPitch = new Spring(REACTION.hitOmega);
  readonly torsoRoll = new Spring(REACTION.hitOmega);
  readonly torsoYaw = new Spring(REACTION.hitOmega);
  readonly headPitch = new Spring(REACTION.headOmega);
  readonly headRoll = new Spring(REACTION.headOmega);
  readonly shiftFwd = new Spring(REACTION.hitOmega);
  readonly shiftRight = new Spring(REACTION.hitOmega);
  readonly dip = new Spring(REACTION.hitOmega);
  readonly recoilPitch = new Spring(REACTION.recoilOmega);
  readonly recoilBack = new Spring(REACTION.recoilOmega);
  readonly stagger = new Spring(REACTION.staggerOmega);
  private readonly all = [
    this.torsoPitch,
    this.torsoRoll,
    this.torsoYaw,
    this.headPitch,
    this.headRoll,
    this.shiftFwd,
    this.shiftRight,
    this.dip,
    this.recoilPitch,
    this.recoilBack,
  ];

  step(dtS: number, staggered: boolean): void {
    for (const s of this.all) s.step(dtS);
    this.stagger.step(dtS, staggered ? 1 : 0);
  }

  /** One shot fired: the chest pitches up and the gun comes back. */
  fire(strength = 1): void {
    this.recoilPitch.v += REACTION.recoilPitchKick * strength;
    this.recoilBack.v += REACTION.recoilBackKick * strength;
  }

  /**
   * A blow from `hit` to a figure facing `yawRad`, on tick `tick` of figure `id`. The
   * body gives way along the blow: the head snaps on a head hit, the torso bends and
   * twists on a body hit, the hips drop on a leg hit.
   */
  hit(h: HitInfo, yawRad: number, id: number, tick: number): void {
    const fwd = -Math.sin(yawRad) * h.dirX - Math.cos(yawRad) * h.dirZ;
    const right = Math.cos(yawRad) * h.dirX - Math.sin(yawRad) * h.dirZ;
    const r = hash01(id, tick);
    const k = h.strength * (0.8 + 0.4 * r);
    // Pushed from the front the body bends back (pitch up); pushed to the right it leans right (roll negative).
    if (h.heightM > 1.5) {
      this.headPitch.v += -fwd * REACTION.headKick * k;
      this.headRoll.v += -right * REACTION.headKick * k + (r - 0.5) * 4;
      this.torsoPitch.v += -fwd * REACTION.torsoKick * 0.4 * k;
    } else if (h.heightM > 0.85) {
      this.torsoPitch.v += -fwd * REACTION.torsoKick * k;
      this.torsoRoll.v += -right * REACTION.torsoKick * k;
      this.torsoYaw.v += (r - 0.5) * REACTION.torsoKick * k;
      this.headPitch.v += fwd * REACTION.headKick * 0.3 * k;
    } else {
      this.dip.v += REACTION.dipKick * k;
      this.torsoPitch.v += REACTION.torsoKick * 0.5 * k;
      this.torsoRoll.v += (r < 0.5 ? -1 : 1) * REACTION.torsoKick * 0.4 * k;
    }
    this.shiftFwd.v += fwd * REACTION.shiftKick * k;
    this.shiftRight.v += right * REACTION.shiftKick * k;
  }

  reset(): void {
    for (const s of this.all) s.reset();
    this.stagger.reset();
  }
}
