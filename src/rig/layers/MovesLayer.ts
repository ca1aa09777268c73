/**
 * Layer 4b, parkour moves: what a head does through each verb, as a function of the
 * move's progress u (0..1) so it starts and ends at rest and replays exactly.
 * - vault: the head ducks and pitches over the obstacle and rolls toward the hand on it;
 * - mantle (and the step off a ladder's top): looks down at the hands on the ledge while
 *   the arms pull, comes level as the body goes over;
 * - ladder: a nod with every rung and a roll toward the hand reaching for the next, from
 *   the metres climbed (so it stops when the climbing stops);
 * - leap: nose up off the edge, down toward the landing;
 * - roll: the tuck, over one shoulder; stumble: a hard nod.
 * A rung rhythm envelope fades in and out over 0.2 s so grabbing a ladder never snaps.
 */
import type { EffectiveLayers } from "../effective";
import { DEG, clamp } from "../math";
import type { RigSignals } from "../RigSignals";
import { type LayerOut, createLayerOut } from "./LayerOut";

type MovesParams = EffectiveLayers["moves"];

/** How fast the ladder rhythm fades in and out, per second. */
const LADDER_FADE_PER_S = 5;
/** Share of a mantle spent pulling (the head looks down most then); the rest is over the top. */
const PULL_SHARE = 0.65;

export class MovesLayer {
  readonly out: LayerOut = createLayerOut();
  private ladder01 = 0;

  reset(): void {
    this.ladder01 = 0;
    const o = this.out;
    o.x = o.y = o.z = o.pitch = o.yaw = o.roll = 0;
  }

  step(p: MovesParams, s: RigSignals, dtS: number): void {
    const o = this.out;
    o.x = o.y = o.z = o.pitch = o.yaw = o.roll = 0;
    const u = clamp(s.moveProgress01, 0, 1);
    const arc = Math.sin(Math.PI * u);
    switch (s.move) {
      case "vault":
        o.y = -p.vaultDipM * arc;
        o.pitch = -p.vaultPitchDeg * arc * DEG;
        o.roll = p.vaultRollDeg * arc * DEG;
        break;
      case "mantle":
      case "ladderTop": {
        // Eyes on the hands while pulling, level again as the body rolls over the edge.
        const look = u < PULL_SHARE ? Math.sin((Math.PI / 2) * (u / PULL_SHARE)) : Math.cos((Math.PI / 2) * ((u - PULL_SHARE) / (1 - PULL_SHARE)));
        const k = s.move === "ladderTop" ? 0.6 : 1;
        o.pitch = -p.mantlePitchDeg * k * look * DEG;
        o.y = -p.mantleDipM * k * look;
        break;
      }
      case "leap":
        o.pitch = p.leapPitchDeg * Math.sin(2 * Math.PI * u) * DEG;
        break;
      case "roll":
        o.pitch = -p.rollPitchDeg * arc * DEG;
        o.roll = p.rollRollDeg * arc * DEG;
        break;
      case "stumble":
        o.pitch = -p.stumblePitchDeg * arc * DEG;
        break;
      default:
        break;
    }
    const onLadder = s.move === "ladder" || s.move === "ladderOn" ? 1 : 0;
    const fade = LADDER_FADE_PER_S * dtS;
    this.ladder01 = clamp(this.ladder01 + (onLadder ? fade : -fade), 0, 1);
    if (this.ladder01 > 0 && p.rungSpacingM > 0) {
      // One nod per rung; the reaching hand alternates, so the roll takes two rungs a cycle.
      const phi = (Math.PI * s.climbedM) / p.rungSpacingM;
      o.pitch -= p.rungPitchDeg * this.ladder01 * Math.abs(Math.sin(phi)) * DEG;
      o.roll += p.rungRollDeg * this.ladder01 * Math.sin(phi) * DEG;
    }
    o.y *= p.gain;
    o.pitch *= p.gain;
    o.roll *= p.gain;
  }
}
