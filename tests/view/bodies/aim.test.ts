import { Vector3 } from "three";
import { describe, expect, it } from "vitest";
import { streetFightSim } from "../../../src/cli/bench/bodiesBench";
import { henryAimHeightM } from "../../../src/sim/ai/MercBrain";
import { HENRY } from "../../../src/sim/core/SimEvent";
import { Buttons, neutralCmd } from "../../../src/sim/input/InputCmd";
import { createWorldPose, poseToWorld } from "../../../src/view/bodies/fk";
import { HOLDS } from "../../../src/view/bodies/holds";
import { MercBodies } from "../../../src/view/bodies/MercBodies";
import { Bone, POSE_FLOATS } from "../../../src/view/bodies/skeleton";

const _muzzle = new Vector3();
const _fwd = new Vector3();
const _to = new Vector3();

describe("bodies: a firing mercenary points its weapon at its target", () => {
  it("in a street fight with 20 mercenaries, every shot leaves along a barrel pointed within a few degrees of Henry's chest", () => {
    const sim = streetFightSim(3);
    const combat = sim.internals.combat;
    const bodies = new MercBodies(sim.combat.mercs, sim.level.boxes);
    const world = createWorldPose();
    const cmd = neutralCmd();
    const errorsDeg: number[] = [];
    const muzzle = HOLDS.rifle.muzzle;
    for (let t = 0; t < 60 * 40; t++) {
      // Everyone hears Henry every second and comes for him.
      const hp = sim.player.position;
      if (t % 60 === 0) combat.noise(hp.x, hp.y, hp.z, 500);
      // Henry holds the middle of the street and fires; he must not die here.
      combat.health.health = combat.health.config.maxHealth;
      cmd.yawRad = t * 0.01;
      cmd.buttons = t % 8 === 0 ? Buttons.fire : 0;
      sim.step(cmd);
      const shots: number[] = [];
      sim.events.drain((e) => {
        bodies.onEvent(e);
        if (e.kind === "shot" && e.shooter !== HENRY) shots.push(e.shooter);
      });
      bodies.step(sim.tick, 1 / 60);
      for (const id of shots) {
        const i = sim.combat.mercs.findIndex((m) => m.id === id);
        poseToWorld(bodies.curr, i * POSE_FLOATS, world);
        // The barrel: the held item's -Z from its muzzle point.
        _muzzle.set(muzzle[0], muzzle[1], muzzle[2]).applyQuaternion(world.q[Bone.prop]).add(world.p[Bone.prop]);
        _fwd.set(0, 0, -1).applyQuaternion(world.q[Bone.prop]);
        // Henry's chest from the core's player view, not from the mercenary's view.
        const p = sim.player.position;
        _to.set(p.x, p.y + henryAimHeightM(sim.player.crouched), p.z).sub(_muzzle).normalize();
        errorsDeg.push((Math.acos(Math.min(1, _fwd.dot(_to))) * 180) / Math.PI);
      }
    }
    sim.dispose();
    errorsDeg.sort((x, y) => x - y);
    const median = errorsDeg[Math.floor(errorsDeg.length / 2)];
    const worst = errorsDeg[errorsDeg.length - 1];
    console.log(JSON.stringify({ shots: errorsDeg.length, medianDeg: +median.toFixed(2), worstDeg: +worst.toFixed(2) }));
    expect(errorsDeg.length).toBeGreaterThan(30);
    expect(median).toBeLessThan(1);
    expect(worst).toBeLessThan(4);
  });
});
