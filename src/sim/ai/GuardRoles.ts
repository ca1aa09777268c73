import type { CombatHost } from "../combat/CombatHost";
import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { type Merc, MercRole, MercState } from "./Merc";
import { MERC } from "./MercConfig";

/** Tuning of posted guards; units in the names. */
export interface GuardConfig {
  /** A rusher runs at Henry this fast, m/s. */
  rushSpeedMps: number;
  /** He strikes from this close (horizontally), metres. */
  strikeRangeM: number;
  /** And only when Henry is within this of his height (the same floor), metres. */
  strikeReachUpM: number;
  /** A blow to the head: heavy enough to count as a camera destroyed. */
  strikeDamage: number;
  strikeCooldownS: number;
  /** Facing Henry within this, radians, to land a blow. */
  strikeFacingRad: number;
  /** A holder farther than this from his post, when he would chase, walks back to it, metres. */
  postM: number;
  /** Henry this close to a holder's post sends him to his fallback, metres. */
  fallbackWhenM: number;
  /** Below this share of health a holder with a fallback goes to it. */
  fallbackHealth01: number;
}

export const GUARD: GuardConfig = {
  rushSpeedMps: 5.2,
  strikeRangeM: 1.35,
  strikeReachUpM: 1.2,
  strikeDamage: 22,
  strikeCooldownS: 1.2,
  strikeFacingRad: 0.6,
  postM: 1,
  fallbackWhenM: 9,
  fallbackHealth01: 0.6,
};

/** Fires at Henry if the mercenary can (the brain's own trigger discipline). */
export type FireFn = (m: Merc, host: CombatHost, moving: boolean) => void;

/**
 * The posted roles, run by the brain each tick before its state machine: a rusher runs
 * straight at Henry along the navigation grid (over floors and stairs) and strikes at his
 * head when close; a holder keeps to his post, and falls back to the post behind him (a
 * floor up) when Henry gets near or he is hurt. Returns true when the role decided this
 * tick (the state machine is skipped).
 */
export function thinkRole(m: Merc, host: CombatHost, fire: FireFn, c: GuardConfig = GUARD): boolean {
  if (m.role === MercRole.rush) return rush(m, host, c);
  if (m.role === MercRole.hold) return hold(m, host, fire, c);
  return false;
}

function rush(m: Merc, host: CombatHost, c: GuardConfig): boolean {
  if (m.strikeCooldownS > 0) m.strikeCooldownS -= FIXED_DT;
  const h = host.henry;
  const p = h.body.position;
  // Until he has seen or heard Henry, a rusher keeps his post like anyone else; from then
  // on the radio keeps telling him where Henry is.
  if (h.dead || !m.knows) return false;
  m.knowX = p.x;
  m.knowY = p.y;
  m.knowZ = p.z;
  if (m.state !== MercState.chase) m.setState(MercState.chase);
  const dist = DMath.hypot(p.x - m.x, p.z - m.z);
  if (dist < c.strikeRangeM && Math.abs(p.y - m.y) < c.strikeReachUpM) {
    const err = m.turnTo(DMath.atan2(-(p.x - m.x), -(p.z - m.z)));
    if (err < c.strikeFacingRad && m.strikeCooldownS <= 0) {
      m.strikeCooldownS = c.strikeCooldownS;
      m.sinceShotTicks = 0;
      host.damageHenry(c.strikeDamage, m.x, m.y + MERC.eyeM, m.z, "melee");
    }
    return true;
  }
  m.planTo(host.nav, host.nav.nearest(p.x, p.z, 4, p.y));
  m.follow(host.nav, c.rushSpeedMps, true);
  return true;
}

function hold(m: Merc, host: CombatHost, fire: FireFn, c: GuardConfig): boolean {
  const p = host.henry.body.position;
  if (m.hasFallback && m.knows) {
    const near = DMath.hypot(p.x - m.homeX, p.z - m.homeZ) < c.fallbackWhenM && Math.abs(p.y - m.homeY) < 2;
    if (near || m.health < MERC.health * c.fallbackHealth01) {
      // Back to the post behind, ahead of Henry: it becomes his post.
      m.hasFallback = false;
      const n = host.nav.nearest(m.fallX, m.fallZ, 4, m.fallY);
      if (n >= 0) {
        m.homeX = host.nav.nodeX(n);
        m.homeY = host.nav.nodeY(n);
        m.homeZ = host.nav.nodeZ(n);
        m.setState(MercState.retreat);
        m.retreated = true;
        m.planTo(host.nav, n);
      }
      return false;
    }
  }
  if (m.state !== MercState.chase && m.state !== MercState.flank) return false;
  // A holder does not chase: he goes back to his post and fights from there.
  const away = DMath.hypot(m.x - m.homeX, m.z - m.homeZ);
  if (away > c.postM || Math.abs(m.y - m.homeY) > 0.5) {
    m.planTo(host.nav, host.nav.nearest(m.homeX, m.homeZ, 2, m.homeY));
    m.follow(host.nav, MERC.runSpeedMps, !m.sees);
    fire(m, host, true);
    return true;
  }
  m.setState(m.sees ? MercState.shoot : MercState.cover);
  return true;
}
