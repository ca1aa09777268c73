/**
 * Layer 8, the stabiliser of the helmet rig: blends the head motion of layers 2-7 toward a
 * smoothed copy (two cascaded exponential stages, critically damped) by strength S, with
 * its own time constants for yaw/pitch and roll; horizon lock H removes that share of the
 * roll; translation goes through its own low-pass, blended by S as well.
 */
import type { EffectiveLayers } from "../effective";
import { clamp, smoothing } from "../math";
import { type LayerOut, createLayerOut } from "./LayerOut";

type StabiliserParams = EffectiveLayers["stabiliser"];

export class Stabiliser {
  private readonly a: LayerOut = createLayerOut();
  private readonly b: LayerOut = createLayerOut();
  private primed = false;

  reset(): void {
    this.primed = false;
  }

  /** Filters `io` in place. */
  apply(p: StabiliserParams, io: LayerOut, dtS: number): void {
    const a = this.a;
    const b = this.b;
    if (!this.primed) {
      Object.assign(a, io);
      Object.assign(b, io);
      this.primed = true;
    }
    const kr = smoothing(dtS, p.yawPitchTimeS);
    const kRoll = smoothing(dtS, p.rollTimeS);
    const kt = smoothing(dtS, p.translationTimeS);
    a.pitch += (io.pitch - a.pitch) * kr;
    b.pitch += (a.pitch - b.pitch) * kr;
    a.yaw += (io.yaw - a.yaw) * kr;
    b.yaw += (a.yaw - b.yaw) * kr;
    a.roll += (io.roll - a.roll) * kRoll;
    b.roll += (a.roll - b.roll) * kRoll;
    a.x += (io.x - a.x) * kt;
    b.x += (a.x - b.x) * kt;
    a.y += (io.y - a.y) * kt;
    b.y += (a.y - b.y) * kt;
    a.z += (io.z - a.z) * kt;
    b.z += (a.z - b.z) * kt;
    const s = clamp(p.strength * p.gain, 0, 1);
    const h = clamp(p.horizonLock * p.gain, 0, 1);
    io.pitch += (b.pitch - io.pitch) * s;
    io.yaw += (b.yaw - io.yaw) * s;
    io.roll = (io.roll + (b.roll - io.roll) * s) * (1 - h);
    io.x += (b.x - io.x) * s;
    io.y += (b.y - io.y) * s;
    io.z += (b.z - io.z) * s;
  }
}
