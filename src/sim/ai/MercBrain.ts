import { FIXED_DT } from "../core/time";
import type { CombatHost } from "../combat/CombatHost";
import { type Merc, MercState } from "./Merc";
import { MERC } from "./MercConfig";
import { DMath } from "../core/DMath";

// Moving shooters are less accurate by this factor.
const MOVING_AIM_SCALE = 1.6;
// Henry running at this speed doubles a mercenary's aim error, m/s.
const TARGET_SPEED_FOR_DOUBLE_MPS = 4;
// The muzzle fires only when facing Henry within this, radians.
const FIRE_FACING_RAD = 0.3;

/**
 * Sight: range, cone (or very near), and a clear line on the LOS grid from the eye to
 * Henry's head. Runs once every `perceptionPeriodTicks` per mercenary, staggered by index.
 */
export function perceive(m: Merc, host: CombatHost): void {
  const h = host.henry;
  const p = h.body.position;
  const hy = p.y + h.eyeHeightM;
  const ey = m.y + MERC.eyeM;
  const dx = p.x - m.x;
  const dz = p.z - m.z;
  const d = DMath.hypot(dx, dz);
  let sees = false;
  if (!h.dead && d < MERC.sightRangeM) {
    const facing = d < 1e-6 ? 1 : (-DMath.sin(m.yaw) * dx - DMath.cos(m.yaw) * dz) / d;
    if (d < MERC.nearSenseM || facing > MERC.sightConeCos) sees = host.los.clear(m.x, ey, m.z, p.x, hy, p.z);
  }
  if (sees && !m.sees) m.reactionS = host.difficulty.reactionS * host.rng.range(0.75, 1);
  m.sees = sees;
  if (sees) {
    if (!m.knows) host.events.push({ kind: "alerted", tick: host.tick, merc: m.id, position: [m.x, m.y, m.z] });
    m.knows = true;
    m.knowX = p.x;
    m.knowY = p.y;
    m.knowZ = p.z;
    m.unseenS = 0;
  }
}

/** Heard Henry (a shot, a blast): knows where, and turns to look if idle. */
export function hear(m: Merc, host: CombatHost, x: number, y: number, z: number): void {
  if (!m.knows) host.events.push({ kind: "alerted", tick: host.tick, merc: m.id, position: [m.x, m.y, m.z] });
  m.knows = true;
  m.knowX = x;
  m.knowY = y;
  m.knowZ = z;
  if (m.state === MercState.patrol || m.state === MercState.search) m.setState(MercState.alert);
}

function gauss(host: CombatHost): number {
  // Sum of three uniforms: mean 1.5, standard deviation 0.5.
  return (host.rng.next() + host.rng.next() + host.rng.next() - 1.5) * 2;
}

/** Height of the point a mercenary aims at on Henry (chest), metres above his feet. */
export function henryAimHeightM(crouched: boolean): number {
  return (crouched ? 1.15 : 1.75) * 0.65;
}

/** One round at Henry with the difficulty's aim error; hits when it passes his body with a clear line. */
function fireAtHenry(m: Merc, host: CombatHost, moving: boolean): void {
  const h = host.henry;
  const p = h.body.position;
  const sy = DMath.sin(m.yaw);
  const cy = DMath.cos(m.yaw);
  const fx = m.x - sy * 0.45;
  const fy = m.y + 1.45;
  const fz = m.z - cy * 0.45;
  const top = h.crouched ? 1.15 : 1.75;
  let dx = p.x - fx;
  let dy = p.y + henryAimHeightM(h.crouched) - fy;
  let dz = p.z - fz;
  const dist = DMath.hypot3(dx, dy, dz);
  dx /= dist;
  dy /= dist;
  dz /= dist;
  // A running target is harder to hit: the error grows with Henry's speed.
  const hv = h.body.velocity;
  const runScale = 1 + DMath.hypot(hv.x, hv.z) / TARGET_SPEED_FOR_DOUBLE_MPS;
  const err = host.difficulty.aimErrorRad * (moving ? MOVING_AIM_SCALE : 1) * runScale;
  const ey = gauss(host) * err;
  const ep = gauss(host) * err;
  // Turn the direction by the yaw error about y, then tilt by the pitch error.
  const c = DMath.cos(ey);
  const s = DMath.sin(ey);
  const rx = dx * c + dz * s;
  const rz = -dx * s + dz * c;
  const horiz = DMath.hypot(rx, rz);
  const pitch = DMath.atan2(dy, horiz) + ep;
  const cp = DMath.cos(pitch);
  dx = (rx / horiz) * cp;
  dz = (rz / horiz) * cp;
  dy = DMath.sin(pitch);
  // Closest approach of the round to Henry's axis.
  const t = (p.x - fx) * dx + (p.z - fz) * dz;
  const px = fx + dx * t;
  const py = fy + dy * t;
  const pz = fz + dz * t;
  const off = DMath.hypot(px - p.x, pz - p.z);
  const inBody = t > 0 && off < MERC.henryHitRadiusM && py > p.y && py < p.y + top;
  const wall = host.los.raycast(fx, fy, fz, dx, dy, dz, 120);
  const hit = !h.dead && inBody && wall > t;
  const end = hit ? t : Math.min(wall, 120);
  host.events.push({
    kind: "shot",
    tick: host.tick,
    shooter: m.id,
    weapon: "rifle",
    from: [fx, fy, fz],
    to: [fx + dx * end, fy + dy * end, fz + dz * end],
    hit: hit ? "henry" : end < 120 ? "world" : "none",
    normal: [-dx, -dy, -dz],
    surface: null,
    recoilPitchRad: 0,
    recoilYawRad: 0,
  });
  m.sinceShotTicks = 0;
  if (hit) host.damageHenry(host.difficulty.damage, fx, fy, fz, "bullet");
}

function tryFire(m: Merc, host: CombatHost, moving: boolean): void {
  if (!m.sees || host.henry.dead) return;
  const p = host.henry.body.position;
  const err = m.turnTo(DMath.atan2(-(p.x - m.x), -(p.z - m.z)));
  // Without a turn to shoot (a few at a time, by difficulty) it aims but holds its fire.
  if (m.reactionS > 0 || m.fireCooldownS > 0 || err > FIRE_FACING_RAD || !m.fireTurn) return;
  fireAtHenry(m, host, moving);
  m.burstLeft--;
  if (m.burstLeft > 0) m.fireCooldownS = MERC.burstIntervalS;
  else {
    m.burstLeft = MERC.burstShots;
    m.fireCooldownS = host.rng.range(MERC.burstPauseMinS, MERC.burstPauseMaxS);
  }
}

/** A node about `distM` from (x, z) toward (dx, dz), or -1. */
function nodeToward(host: CombatHost, x: number, z: number, dx: number, dz: number, distM: number): number {
  const l = DMath.hypot(dx, dz) || 1;
  return host.nav.nearest(x + (dx / l) * distM, z + (dz / l) * distM, 4);
}

/** A nearby node where a crouching body is hidden from Henry but standing up sees him. */
function findCover(m: Merc, host: CombatHost): number {
  const p = host.henry.body.position;
  const hy = p.y + host.henry.eyeHeightM;
  let fallback = -1;
  for (let k = 0; k < 10; k++) {
    const a = host.rng.range(0, 2 * Math.PI);
    const r = host.rng.range(2.5, 8);
    const n = host.nav.nearest(m.x + DMath.sin(a) * r, m.z + DMath.cos(a) * r, 2);
    if (n < 0) continue;
    const x = host.nav.nodeX(n);
    const z = host.nav.nodeZ(n);
    const y = host.nav.nodeY(n);
    if (host.los.clear(x, y + 0.9, z, p.x, hy, p.z)) continue;
    if (host.los.clear(x, y + MERC.eyeM, z, p.x, hy, p.z)) return n;
    if (fallback < 0) fallback = n;
  }
  return fallback;
}

/** The state machine, every tick: decide, steer, shoot. */
export function think(m: Merc, host: CombatHost): void {
  const dt = FIXED_DT;
  m.stateS += dt;
  m.repathS -= dt;
  m.sinceShotTicks++;
  if (m.fireCooldownS > 0) m.fireCooldownS -= dt;
  if (m.sees && m.reactionS > 0) m.reactionS -= dt;
  if (!m.sees) m.unseenS += dt;
  m.vx = 0;
  m.vz = 0;
  if (m.staggerS > 0) {
    m.staggerS -= dt;
    return;
  }
  const nav = host.nav;
  const p = host.henry.body.position;
  const dist = DMath.hypot(p.x - m.x, p.z - m.z);
  const engaged = m.state !== MercState.patrol && m.state !== MercState.alert && m.state !== MercState.search;
  if (m.sees && !engaged) m.setState(dist > MERC.engageRangeM ? MercState.chase : MercState.shoot);
  if (m.alive && !m.retreated && m.health < MERC.health * MERC.retreatHealth01 && m.knows) {
    m.retreated = true;
    m.setState(MercState.retreat);
  }
  m.crouched = false;
  switch (m.state) {
    case MercState.patrol: {
      if (m.arrived) {
        m.idleS -= dt;
        if (m.idleS <= 0) {
          m.idleS = host.rng.range(1.5, 4);
          const a = host.rng.range(0, 2 * Math.PI);
          m.planTo(nav, nav.nearest(m.homeX + DMath.sin(a) * 5, m.homeZ + DMath.cos(a) * 5, 3));
        }
      }
      m.follow(nav, MERC.walkSpeedMps, true);
      break;
    }
    case MercState.alert:
    case MercState.search: {
      m.planTo(nav, nav.nearest(m.knowX, m.knowZ, 4));
      m.follow(nav, m.state === MercState.alert ? MERC.runSpeedMps * 0.7 : MERC.walkSpeedMps * 1.4, true);
      if (m.arrived) {
        // Look around where Henry was.
        m.yaw += dt * 1.5;
        if (m.state === MercState.alert) m.setState(MercState.search);
        else if (m.stateS > MERC.searchS) {
          m.knows = false;
          m.setState(MercState.patrol);
        }
      }
      break;
    }
    case MercState.chase: {
      m.planTo(nav, nav.nearest(m.knowX, m.knowZ, 4));
      m.follow(nav, MERC.runSpeedMps, !m.sees);
      tryFire(m, host, true);
      if (m.sees && dist < MERC.engageRangeM * 0.8) m.setState(MercState.shoot);
      else if (!m.sees && (m.arrived || m.unseenS > 4)) m.setState(MercState.search);
      break;
    }
    case MercState.shoot: {
      tryFire(m, host, false);
      if (!m.sees && m.unseenS > 0.8) m.setState(MercState.chase);
      else if (dist > MERC.engageRangeM * 1.2) m.setState(MercState.chase);
      else if (m.stateS > MERC.holdS) {
        const r = host.rng.next();
        m.setState(r < 0.45 ? MercState.cover : r < 0.75 ? MercState.flank : MercState.shoot);
        m.stateS = 0;
      }
      break;
    }
    case MercState.cover:
    case MercState.retreat: {
      if (m.goal < 0) {
        const g =
          m.state === MercState.cover ? findCover(m, host) : nodeToward(host, m.x, m.z, m.x - p.x, m.z - p.z, 14);
        if (g < 0) {
          m.setState(MercState.shoot);
          break;
        }
        m.planTo(nav, g);
      }
      m.repathS = 1;
      m.follow(nav, MERC.runSpeedMps, !m.sees);
      if (m.arrived) {
        m.crouched = !m.sees || m.fireCooldownS > MERC.burstIntervalS;
        tryFire(m, host, false);
        if (m.stateS > MERC.holdS * 2) m.setState(m.sees ? MercState.shoot : MercState.chase);
      } else tryFire(m, host, true);
      break;
    }
    case MercState.flank: {
      if (m.goal < 0) {
        const side = m.index % 2 === 0 ? 1 : -1;
        const ox = -(m.z - p.z) * side;
        const oz = (m.x - p.x) * side;
        const l = DMath.hypot(ox, oz) || 1;
        const g = nav.nearest(p.x + (ox / l) * 10, p.z + (oz / l) * 10, 4);
        if (g < 0) {
          m.setState(MercState.shoot);
          break;
        }
        m.planTo(nav, g);
      }
      m.repathS = 1;
      m.follow(nav, MERC.runSpeedMps, !m.sees);
      tryFire(m, host, true);
      if (m.arrived || m.stateS > 6) m.setState(m.sees ? MercState.shoot : MercState.chase);
      break;
    }
    default:
      break;
  }
  if (m.knows && m.state !== MercState.patrol && m.state !== MercState.search && !m.sees && m.arrived) m.turnTo(DMath.atan2(-(m.knowX - m.x), -(m.knowZ - m.z)));
  // For presentation only: where the weapon points (Henry's chest when seen, else where he was).
  const seen = m.sees && !host.henry.dead;
  m.aimX = seen ? p.x : m.knowX;
  m.aimY = (seen ? p.y : m.knowY) + henryAimHeightM(host.henry.crouched);
  m.aimZ = seen ? p.z : m.knowZ;
}
