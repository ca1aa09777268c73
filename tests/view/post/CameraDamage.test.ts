import { describe, expect, it } from "vitest";
import { HENRY, type SimEvent } from "../../../src/sim/core/SimEvent";
import { isCameraKiller } from "../../../src/sim/script/coreScriptWorld";
import { CAMERA_DAMAGE_TUNING, CameraDamage, cameraEventEffect } from "../../../src/view/post/CameraDamage";

describe("a destroyed camera", () => {
  it("a heavy hit drops the next frames, tears the picture for about half a second, and leaves a crack", () => {
    const d = new CameraDamage();
    expect(d.frame(1 / 60)).toBe(false);
    expect(d.glitch01).toBe(0);
    d.hit(1234);
    const dropped: boolean[] = [];
    for (let i = 0; i < 4; i++) dropped.push(d.frame(1 / 60));
    expect(dropped).toEqual([true, true, false, false]);
    expect(d.glitch01).toBeGreaterThan(0.6);
    let t = 4 / 60;
    while (d.glitch01 > 0 && t < 5) {
      d.frame(1 / 60);
      t += 1 / 60;
    }
    expect(t).toBeGreaterThan(0.4);
    expect(t).toBeLessThanOrEqual(CAMERA_DAMAGE_TUNING.glitchS + 1 / 60 + 1e-9);
    expect(d.cracks.length).toBe(1);
    // The crack stays however long it takes to reach a checkpoint.
    for (let i = 0; i < 600; i++) d.frame(1 / 60);
    expect(d.cracks.length).toBe(1);
  });

  it("more hits crack the glass further up to a limit; a checkpoint repairs it", () => {
    const d = new CameraDamage();
    const versions = [d.cracksVersion];
    for (let i = 0; i < 5; i++) {
      d.hit(100 + i);
      versions.push(d.cracksVersion);
    }
    expect(d.cracks.length).toBe(CAMERA_DAMAGE_TUNING.maxCracks);
    expect(new Set(versions).size).toBe(versions.length);
    for (const c of d.cracks) {
      expect(c.x).toBeGreaterThan(0.05);
      expect(c.x).toBeLessThan(0.95);
      expect(c.y).toBeGreaterThan(0.05);
      expect(c.y).toBeLessThan(0.95);
    }
    d.repair();
    expect(d.cracks.length).toBe(0);
  });

  it("the same hit cracks the glass the same way (a replay looks alike)", () => {
    const a = new CameraDamage();
    const b = new CameraDamage();
    a.hit(777);
    b.hit(777);
    expect(a.cracks).toEqual(b.cracks);
    const c = new CameraDamage();
    c.hit(778);
    expect(c.cracks[0]).not.toEqual(a.cracks[0]);
  });
});

describe("which core events break and mend the camera", () => {
  const hit = (amount: number, cause: "bullet" | "melee" | "explosion", target = HENRY): SimEvent => ({ kind: "damage", tick: 10, target, amount, health01: 0.5, cause, from: [0, 0, 0], bearingRad: 0 });

  it("heavy head impacts (what the core counts as cameras destroyed) break it; grazes and others' hits do not", () => {
    expect(cameraEventEffect(hit(25, "bullet"))).toBe("hit");
    expect(cameraEventEffect(hit(5, "melee"))).toBe("hit");
    expect(cameraEventEffect(hit(8, "explosion"))).toBe("hit");
    expect(cameraEventEffect(hit(8, "bullet"))).toBeNull();
    expect(cameraEventEffect(hit(40, "bullet", 7))).toBeNull();
    // The same rule counts the end card's "cameras destroyed".
    for (const e of [hit(25, "bullet"), hit(8, "bullet"), hit(5, "melee")]) expect(cameraEventEffect(e) === "hit").toBe(isCameraKiller(e));
  });

  it("a checkpoint or a restart hands Henry a fresh camera", () => {
    expect(cameraEventEffect({ kind: "checkpoint", tick: 3, name: "fight.1" })).toBe("repair");
    expect(cameraEventEffect({ kind: "respawned", tick: 3 })).toBe("repair");
    expect(cameraEventEffect({ kind: "jumped", tick: 3 })).toBeNull();
  });
});
