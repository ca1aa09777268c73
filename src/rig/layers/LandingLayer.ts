/**
 * Layer 4, landing. `spring`: a damped spring on eye height (about 2.5 Hz, damping 0.6),
 * kicked downward by the impact speed above a threshold, its peak dip capped. `linear`:
 * Quake III's dip (cg_view.c: LAND_DEFLECT_TIME 150 ms down, LAND_RETURN_TIME 300 ms back,
 * 8 / 16 / 24 units by fall). Both run so a cross-fade never jumps. The pitch nod goes
 * through the punch spring (layer 5); the Rig reads `nodDeg` and `traumaAdded`.
 */
import type { EffectiveLayers } from "../effective";
import { clamp } from "../math";
import type { RigSignals } from "../RigSignals";
import { type LayerOut, createLayerOut } from "./LayerOut";

type LandingParams = EffectiveLayers["landing"];

/** The spring's largest excursion per unit of initial speed, times omega (from rest). */
function peakFactor(zeta: number): number {
  if (zeta >= 1) return Math.exp(-1);
  const wd = Math.sqrt(1 - zeta * zeta);
  return Math.exp((-zeta / wd) * Math.atan2(wd, zeta));
}

const MAX_SPRING_SUBSTEP_S = 1 / 120;

export class LandingLayer {
  readonly out: LayerOut = createLayerOut();
  /** Nod (deg, nose down) asked of the punch spring this tick, 0 when no landing. */
  nodDeg = 0;
  /** Trauma to add this tick. */
  traumaAdded = 0;
  /** 0..1 strength of this tick's landing for lens kicks. */
  impact = 0;
  private springY = 0;
  private springV = 0;
  private linearChangeM = 0;
  private linearT = Infinity;

  reset(): void {
    this.springY = this.springV = this.linearChangeM = this.nodDeg = this.traumaAdded = this.impact = 0;
    this.linearT = Infinity;
  }

  step(p: LandingParams, s: RigSignals, dtS: number): void {
    this.nodDeg = 0;
    this.traumaAdded = 0;
    this.impact = 0;
    const v = s.landedImpactMps;
    const omega = 2 * Math.PI * p.frequencyHz;
    if (v > 0) this.land(p, v, omega);
    const n = Math.max(1, Math.ceil(dtS / MAX_SPRING_SUBSTEP_S - 1e-9));
    const h = dtS / n;
    for (let i = 0; i < n; i++) {
      this.springV += (-omega * omega * this.springY - 2 * p.dampingRatio * omega * this.springV) * h;
      this.springY += this.springV * h;
    }
    // Quake III: t < 150: z += landChange * t / 150; t < 450: z += landChange * (1 - (t - 150) / 300).
    this.linearT += dtS;
    let linearY = 0;
    const t = this.linearT;
    if (t < p.linearDownS) linearY = (this.linearChangeM * t) / p.linearDownS;
    else if (t < p.linearDownS + p.linearReturnS) linearY = this.linearChangeM * (1 - (t - p.linearDownS) / p.linearReturnS);
    const q = clamp(p.model, 0, 1);
    this.out.y = p.gain * ((1 - q) * this.springY + q * linearY);
  }

  private land(p: LandingParams, v: number, omega: number): void {
    const over = v - p.thresholdMps;
    if (over > 0) {
      const maxV = (p.maxDipM * omega) / peakFactor(p.dampingRatio);
      this.springV = Math.max(this.springV - p.kickRatio * over, -maxV);
      this.nodDeg = p.gain * Math.min(p.nodMaxDeg, p.nodDegPerMps * over);
      this.traumaAdded = p.gain * p.traumaPerMps * over;
      this.impact = clamp(over / 10, 0, 1) * clamp(p.gain, 0, 1);
    }
    const dip = v >= p.linearFarMps ? p.linearFarDipM : v >= p.linearMediumMps ? p.linearMediumDipM : v >= p.linearShortMps ? p.linearShortDipM : 0;
    if (dip > 0) {
      this.linearChangeM = -dip;
      this.linearT = 0;
    }
  }
}
