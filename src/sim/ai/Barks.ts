import { BARK_KINDS, BARKS, type BarkKind } from "../../content/barks";
import type { CombatHost } from "../combat/CombatHost";
import { GrenadeState } from "../combat/Grenades";
import { DMath } from "../core/DMath";
import { FIXED_DT } from "../core/time";
import { type Merc, MercState } from "./Merc";
import { MERC } from "./MercConfig";

/** When mercenaries call out, and how often, so that a fight is not a chorus. */
export interface BarkConfig {
  /** Between any two barks; longer than the longest bark, so two never overlap, seconds. */
  gapS: number;
  /** Between two barks of one mercenary, seconds. */
  mercGapS: number;
  /** Between two barks of one kind, seconds. */
  kindGapS: { readonly [K in BarkKind]: number };
  /** Only mercenaries this close to Henry call out (he would not hear the others), metres. */
  hearM: number;
  /** A live grenade this close to a mercenary who knows of Henry makes him shout, metres. */
  grenadeM: number;
  /** A comrade falling this close to a mercenary who knows of Henry makes him call it, metres. */
  manDownM: number;
  /** Rounds fired before a mercenary calls his reload at the pause after a burst (a magazine). */
  magazineRounds: number;
  /** Sight of Henry lost at least this long, then regained, is "he's over there", seconds. */
  regainS: number;
}

export const BARK: BarkConfig = {
  gapS: 2.5,
  mercGapS: 7,
  kindGapS: { contact: 8, overThere: 6, flanking: 6, reloading: 6, grenade: 1.5, manDown: 3 },
  hearM: 60,
  grenadeM: 9,
  manDownM: 25,
  magazineRounds: 30,
  regainS: 2,
};

/** When two calls come in one tick, the more urgent is said. */
const PRIORITY: { readonly [K in BarkKind]: number } = { grenade: 6, manDown: 5, contact: 4, flanking: 3, overThere: 2, reloading: 1 };
const NOT_SEEN = -1;
const _ticks = (s: number): number => Math.round(s / FIXED_DT);

function engaged(state: number): boolean {
  return state !== MercState.patrol && state !== MercState.alert && state !== MercState.search && state !== MercState.dead && state >= 0;
}

/**
 * The mercenaries' barks: watches their AI from outside (state changes, sight, shots,
 * deaths, live grenades near them) after their brains have run, and pushes a `bark`
 * event when one of them would call out, under a cap (one bark at a time, a gap per
 * mercenary and per kind). Deterministic: it reads only the core's state and counts
 * ticks. Nothing in the core reads it back, so it stays out of the state hash: barks are
 * presentation, and the same run always barks the same.
 */
export class Barks {
  /** What the AI asked for, what was said, and what the cap held back (reports and tests). */
  readonly stats = { wanted: 0, said: 0, capped: 0 };
  private readonly lastState: Int8Array;
  private readonly wasAlive: Uint8Array;
  private readonly wasSeeing: Uint8Array;
  private readonly lostTick: Int32Array;
  private readonly rounds: Uint16Array;
  private readonly mercReady: Int32Array;
  private readonly kindReady = new Int32Array(BARK_KINDS.length);
  private readonly turn = new Uint16Array(BARK_KINDS.length);
  private readonly warned: Uint8Array;
  private ready = 0;
  // The call chosen this tick.
  private bestKind = -1;
  private bestMerc = -1;

  constructor(maxMercs: number, maxGrenades: number) {
    this.lastState = new Int8Array(maxMercs).fill(NOT_SEEN);
    this.wasAlive = new Uint8Array(maxMercs);
    this.wasSeeing = new Uint8Array(maxMercs);
    this.lostTick = new Int32Array(maxMercs);
    this.rounds = new Uint16Array(maxMercs);
    this.mercReady = new Int32Array(maxMercs);
    this.warned = new Uint8Array(maxGrenades);
  }

  /** After the brains: finds this tick's calls, says the most urgent one the cap allows. */
  step(host: CombatHost, mercs: readonly Merc[], grenade: { readonly state: Uint8Array; readonly bodies: readonly { position: { x: number; z: number } }[] }): void {
    this.bestKind = -1;
    this.bestMerc = -1;
    const tick = host.tick;
    const hp = host.henry.body.position;
    for (let i = 0; i < mercs.length; i++) {
      const m = mercs[i];
      const prev = this.lastState[i] === NOT_SEEN ? MercState.patrol : this.lastState[i];
      const fell = this.wasAlive[i] === 1 && m.active && !m.alive;
      if (this.wasSeeing[i] && !m.sees) this.lostTick[i] = tick;
      const regained = !this.wasSeeing[i] && m.sees && tick - this.lostTick[i] >= _ticks(BARK.regainS);
      this.lastState[i] = m.active ? m.state : NOT_SEEN;
      this.wasAlive[i] = m.active && m.alive ? 1 : 0;
      this.wasSeeing[i] = m.active && m.alive && m.sees ? 1 : 0;
      if (fell) this.want("manDown", this.nearestAware(mercs, m.x, m.z, BARK.manDownM, hp.x, hp.z), tick);
      if (!m.active || !m.alive || DMath.hypot(m.x - hp.x, m.z - hp.z) > BARK.hearM) continue;
      if (m.sinceShotTicks === 0) this.rounds[i]++;
      if (!engaged(prev) && engaged(m.state) && m.sees) this.want("contact", i, tick);
      else if (regained && engaged(prev)) this.want("overThere", i, tick);
      if (prev !== MercState.flank && m.state === MercState.flank) this.want("flanking", i, tick);
      // The last round of a burst, a magazine fired: he calls it in the pause that follows.
      if (this.rounds[i] >= BARK.magazineRounds && m.sinceShotTicks === 0 && m.burstLeft === MERC.burstShots) {
        this.rounds[i] = 0;
        this.want("reloading", i, tick);
      }
    }
    for (let g = 0; g < grenade.state.length; g++) {
      if (grenade.state[g] !== GrenadeState.live) {
        this.warned[g] = 0;
        continue;
      }
      if (this.warned[g]) continue;
      const p = grenade.bodies[g].position;
      const who = this.nearestAware(mercs, p.x, p.z, BARK.grenadeM, hp.x, hp.z);
      if (who < 0) continue;
      this.warned[g] = 1;
      this.want("grenade", who, tick);
    }
    if (this.bestKind >= 0) this.say(host, mercs[this.bestMerc], this.bestMerc, BARK_KINDS[this.bestKind]);
  }

  /** A call the AI asks for: kept if the cap allows it and nothing more urgent came this tick. */
  private want(kind: BarkKind, i: number, tick: number): void {
    if (i < 0) return;
    this.stats.wanted++;
    const k = BARK_KINDS.indexOf(kind);
    const allowed = tick >= this.ready && tick >= this.mercReady[i] && tick >= this.kindReady[k];
    if (!allowed || (this.bestKind >= 0 && PRIORITY[BARK_KINDS[this.bestKind]] >= PRIORITY[kind])) {
      this.stats.capped++;
      return;
    }
    if (this.bestKind >= 0) this.stats.capped++;
    this.bestKind = k;
    this.bestMerc = i;
  }

  private say(host: CombatHost, m: Merc, i: number, kind: BarkKind): void {
    const tick = host.tick;
    const k = BARK_KINDS.indexOf(kind);
    const lines = BARKS[kind];
    const line = kind === "flanking" ? lines[this.flankSide(host, m)] : lines[this.turn[k] % lines.length];
    this.turn[k]++;
    this.stats.said++;
    this.ready = tick + _ticks(BARK.gapS);
    this.mercReady[i] = tick + _ticks(BARK.mercGapS);
    this.kindReady[k] = tick + _ticks(BARK.kindGapS[kind]);
    host.events.push({ kind: "bark", tick, merc: m.id, bark: kind, line, position: [m.x, m.y + MERC.eyeM, m.z] });
  }

  /** 0 when the flank he set off on goes to his left (facing Henry), 1 to his right. */
  private flankSide(host: CombatHost, m: Merc): number {
    if (m.goal < 0) return 0;
    const hp = host.henry.body.position;
    const dx = hp.x - m.x;
    const dz = hp.z - m.z;
    // Facing (dx, dz) in the game's frame (yaw 0 looks down -Z), left is (dz, -dx).
    const left = (host.nav.nodeX(m.goal) - m.x) * dz - (host.nav.nodeZ(m.goal) - m.z) * dx;
    return left >= 0 ? 0 : 1;
  }

  /** The living mercenary who knows of Henry nearest to (x, z) within `radiusM` and in Henry's hearing, or -1. */
  private nearestAware(mercs: readonly Merc[], x: number, z: number, radiusM: number, hx: number, hz: number): number {
    let best = -1;
    let bestD = radiusM;
    for (let i = 0; i < mercs.length; i++) {
      const m = mercs[i];
      if (!m.active || !m.alive || !m.knows || DMath.hypot(m.x - hx, m.z - hz) > BARK.hearM) continue;
      const d = DMath.hypot(m.x - x, m.z - z);
      if (d <= bestD) {
        bestD = d;
        best = i;
      }
    }
    return best;
  }
}
