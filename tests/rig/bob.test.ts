import { describe, expect, it } from "vitest";
import { Rig } from "../../src/rig/Rig";
import { loadPreset } from "../../src/rig/presets";
import { createRigSignals } from "../../src/rig/RigSignals";
import { DT, moving, only, record } from "./helpers";

describe("stride bob", () => {
  for (const [label, speed, sprinting] of [["walk", 4.5, false], ["sprint", 8, true]] as const) {
    it(`matches amplitude and step frequency of the settings at ${label}`, () => {
      const settings = only(["bob"]);
      const p = settings.layers.bob;
      const rig = new Rig({ settings });
      const sig = moving(speed, sprinting);
      record(rig, sig, 60, (r) => r.pose.offsetM.y); // settle the smoothed speed fraction
      const { values, footsteps } = record(rig, sig, 600, (r) => r.pose.offsetM.y);
      const expectedAmp = p.amplitudeYM * Math.min(1, speed / p.fullSpeedMps);
      const amp = -Math.min(...values);
      expect(Math.abs(amp - expectedAmp) / expectedAmp).toBeLessThan(0.05);
      const stepLength = sprinting ? p.runStepLengthM : p.walkStepLengthM;
      const expectedHz = speed / stepLength;
      expect(Math.abs(footsteps / 10 - expectedHz) / expectedHz).toBeLessThan(0.05);
    });
  }

  it("fires one footstep per step length walked (within one), alternating feet, with the surface", () => {
    const settings = only(["bob"]);
    const rig = new Rig({ settings });
    const sig = moving(4.5, false);
    sig.surface = "metal";
    const feet: string[] = [];
    let distance = 0;
    for (let i = 0; i < 400; i++) {
      sig.velocityMps.z = 3 + 2 * Math.sin(i / 30);
      distance += sig.velocityMps.z * DT;
      rig.step(sig, DT);
      rig.drainEvents((e) => {
        expect(e.surface).toBe("metal");
        feet.push(e.foot);
      });
    }
    expect(Math.abs(feet.length - distance / settings.layers.bob.walkStepLengthM)).toBeLessThanOrEqual(1);
    for (let i = 1; i < feet.length; i++) expect(feet[i]).not.toBe(feet[i - 1]);
  });

  it("freezes the phase in the air and fades the amplitude", () => {
    const rig = new Rig({ settings: only(["bob"]) });
    const sig = moving(8, true);
    record(rig, sig, 60, () => 0);
    sig.grounded = false;
    const phase0 = rig.pose.stridePhaseRad;
    const { values, footsteps } = record(rig, sig, 60, (r) => Math.abs(r.pose.offsetM.y));
    expect(rig.pose.stridePhaseRad).toBe(phase0);
    expect(footsteps).toBe(0);
    expect(values[59]).toBeLessThan(0.001);
  });
});

/**
 * A direct transliteration of Quake III (bg_pmove.c PM_Footsteps, PM_CrashLand; cg_view.c
 * CG_OffsetFirstPersonView), in Quake units and milliseconds. The counter is kept as a float
 * (Quake truncates to int every pmove, a frame-rate artefact that would change its rate by
 * up to 10 % at 60 Hz).
 */
const Q = 0.0254;
class Quake3 {
  bobCycle = 0;
  landChange = 0;
  landTime = -1e9;
  time = 0;
  pmove(xyspeed: number, msec: number, walking: boolean, onGround: boolean): void {
    this.time += msec;
    if (!onGround) return;
    if (xyspeed < 5) {
      this.bobCycle = 0;
      return;
    }
    const bobmove = walking ? 0.3 : 0.4;
    this.bobCycle = (this.bobCycle + bobmove * msec) % 256;
  }
  crashLand(fallHeightM: number): void {
    // Quake gravity 800 u/s²: impact velocity of the same fall height in u/s.
    const vel = Math.sqrt(2 * 800 * (fallHeightM / Q));
    const delta = vel * vel * 0.0001;
    if (delta > 60) this.landChange = -24;
    else if (delta > 40) this.landChange = -16;
    else if (delta > 7) this.landChange = -8;
    else return;
    this.landTime = this.time;
    this.bobCycle = 0;
  }
  /** View height offset in units: bob + landing dip. */
  viewZ(xyspeed: number): number {
    const bobfracsin = Math.abs(Math.sin(((this.bobCycle % 128) / 127) * Math.PI));
    let z = Math.min(6, bobfracsin * xyspeed * 0.005);
    const t = this.time - this.landTime;
    if (t < 150) z += (this.landChange * t) / 150;
    else if (t < 450) z += this.landChange * (1 - (t - 150) / 300);
    return z;
  }
}

describe("classic preset = Quake III", () => {
  it("bob height matches a transliteration of cg_view.c within 2 %", () => {
    const rig = new Rig({ settings: loadPreset("classic") });
    const q3 = new Quake3();
    const sig = createRigSignals();
    let maxErr = 0;
    let peak = 0;
    for (let i = 0; i < 600; i++) {
      const sprint = i >= 300;
      const speed = sprint ? 8 : 4.5;
      sig.velocityMps.z = speed;
      sig.sprinting = sprint;
      rig.step(sig, DT);
      q3.pmove(speed / Q, DT * 1000, !sprint, true);
      const expected = q3.viewZ(speed / Q) * Q;
      peak = Math.max(peak, Math.abs(expected));
      maxErr = Math.max(maxErr, Math.abs(rig.pose.offsetM.y - expected));
    }
    expect(peak).toBeGreaterThan(0.03);
    expect(maxErr / peak).toBeLessThan(0.02);
  });

  for (const fall of [1.5, 7, 12]) {
    it(`landing dip of a ${fall} m fall matches Quake III's linear dip within 2 %`, () => {
      const rig = new Rig({ settings: loadPreset("classic") });
      const q3 = new Quake3();
      const sig = createRigSignals();
      let maxErr = 0;
      let peak = 0;
      for (let i = 0; i < 60; i++) {
        sig.landedImpactMps = i === 10 ? Math.sqrt(2 * 9.81 * fall) : 0;
        if (i === 10) q3.crashLand(fall);
        // The pose of a tick is the state at its end: one tick after the landing, t = 16.7 ms.
        q3.pmove(0, DT * 1000, false, true);
        rig.step(sig, DT);
        const expected = q3.viewZ(0) * Q;
        peak = Math.max(peak, Math.abs(expected));
        maxErr = Math.max(maxErr, Math.abs(rig.pose.offsetM.y - expected));
      }
      expect(peak).toBeGreaterThan(0.15);
      expect(maxErr / peak).toBeLessThan(0.02);
    });
  }
});
