import { DirectionalLight, Frustum, Matrix4, PerspectiveCamera, Scene, Vector3 } from "three";
import { describe, expect, it } from "vitest";
import { RigDriver } from "../../../src/session/RigDriver";
import { defaultComfort } from "../../../src/rig/comfort";
import { loadPreset } from "../../../src/rig/presets";
import { createSim } from "../../../src/sim/createSim";
import { Buttons, neutralCmd } from "../../../src/sim/input/InputCmd";
import { makeStreetLevel } from "../../../src/sim/world/levels/street";
import { createWorldPose, poseToWorld } from "../../../src/view/bodies/fk";
import { HENRY_SEEN, HenryBodyView, henryPushM, SHADOW_ONLY_LAYER } from "../../../src/view/bodies/HenryBodyView";
import { HenryPose } from "../../../src/view/bodies/HenryPose";
import { BIND_ORIGIN, Bone, LEGS, POSE_ROOT } from "../../../src/view/bodies/skeleton";
import { FootMetrics } from "./footMetrics";

type Move = { moveY: number; sprint?: boolean; crouch?: boolean; jumpAt?: number };

/** Henry on the street with the real rig driving the stride phase; `each` sees every tick. */
function run(move: Move, ticks: number, each: (h: HenryPose, rig: RigDriver, tick: number, eyeM: number) => void): void {
  const sim = createSim({ level: makeStreetLevel(1), seed: 1 });
  const rig = new RigDriver(loadPreset("director"), defaultComfort(), 100, 1);
  const henry = new HenryPose();
  const cmd = neutralCmd();
  cmd.yawRad = sim.player.yawRad;
  for (let t = 0; t < ticks; t++) {
    cmd.moveY = t > 20 ? move.moveY : 0;
    cmd.buttons = (move.sprint ? Buttons.sprint : 0) | (move.crouch ? Buttons.crouch : 0) | (move.jumpAt !== undefined && t % 90 === move.jumpAt ? Buttons.jump : 0);
    sim.step(cmd);
    sim.events.drain((e) => {
      rig.onEvent(e, sim);
      henry.onEvent(e);
    });
    rig.afterStep(sim);
    henry.step(sim.player, rig.rig.pose.stridePhaseRad, rig.rig.effective.bob.model >= 0.5, sim.tick, 1 / 60);
    each(henry, rig, sim.tick, sim.player.eyeHeightM);
  }
  sim.dispose();
}

/** The world corners of every box Henry can see of himself, for a pose buffer placed as the view places it. */
function seenCorners(buf: Float32Array, bodyYaw: number, pitchRad: number, eyeM: number): Vector3[] {
  const b = buf.slice();
  const push = henryPushM(pitchRad, eyeM);
  b[POSE_ROOT] += Math.sin(bodyYaw) * push;
  b[POSE_ROOT + 2] += Math.cos(bodyYaw) * push;
  const w = poseToWorld(b, 0, createWorldPose());
  const out: Vector3[] = [];
  for (const p of HENRY_SEEN.parts) {
    const i = Bone[p.bone];
    const bind = BIND_ORIGIN[i];
    for (const sx of [-1, 1])
      for (const sy of [-1, 1])
        for (const sz of [-1, 1]) {
          const v = new Vector3(p.at[0] + (sx * p.size[0]) / 2 - bind[0], p.at[1] + (sy * p.size[1]) / 2 - bind[1], p.at[2] + (sz * p.size[2]) / 2 - bind[2]);
          out.push(v.applyQuaternion(w.q[i]).add(w.p[i]));
        }
  }
  return out;
}

function eyeCamera(h: HenryPose, pitchRad: number, hFovDeg: number, eyeM: number): PerspectiveCamera {
  const cam = new PerspectiveCamera(70, 16 / 9, 0.05, 100);
  cam.fov = (2 * Math.atan(Math.tan((hFovDeg * Math.PI) / 360) / cam.aspect) * 180) / Math.PI;
  const c = h.curr;
  cam.position.set(c[POSE_ROOT], h.feetY + eyeM, c[POSE_ROOT + 2]);
  cam.rotation.order = "YXZ";
  cam.rotation.set(pitchRad, h.bodyYawRad, 0);
  cam.updateMatrixWorld();
  cam.updateProjectionMatrix();
  return cam;
}

describe("bodies: Henry's own legs", () => {
  it("each foot lands on the rig's footstep (the stride phase the footstep sounds come from), walking and sprinting", () => {
    for (const move of [{ moveY: 1 }, { moveY: 1, sprint: true }]) {
      const steps: number[] = [];
      const feet = new FootMetrics();
      let now = 0;
      run(move, 420, (h, rig, tick) => {
        // The rig's footsteps of a step are drained in its afterStep, before this tick's pose.
        if (now === 0) rig.onRigEvent = () => steps.push(now + 1);
        now = tick;
        feet.sample(h.curr, 0, tick);
      });
      const touches = [...feet.touchdowns[0], ...feet.touchdowns[1]].sort((a, b) => a - b).filter((t) => t > 120);
      const footsteps = steps.filter((t) => t > 120 && t < 400);
      expect(footsteps.length, JSON.stringify(move)).toBeGreaterThan(8);
      // Every footstep has a foot touching down within two ticks of it.
      for (const s of footsteps) expect(Math.min(...touches.map((t) => Math.abs(t - s))), `footstep at ${s}`).toBeLessThanOrEqual(2);
      expect(feet.maxSlipM).toBeLessThan(0.05);
    }
  });

  it("never in the crosshair looking ahead (walking, sprinting, crouching, jumping); in view looking down", () => {
    const centre = new Vector3();
    for (const move of [{ moveY: 1 }, { moveY: 1, sprint: true }, { moveY: 1, crouch: true }, { moveY: 1, jumpAt: 40 }] as Move[]) {
      let worstDeg = 180;
      let feetSeen = 0;
      let frames = 0;
      run(move, 300, (h, _rig, tick, eyeM) => {
        if (tick < 60) return;
        frames++;
        for (const hfov of [90, 120]) {
          const cam = eyeCamera(h, 0, hfov, eyeM);
          cam.getWorldDirection(centre);
          for (const c of seenCorners(h.curr, h.bodyYawRad, 0, eyeM)) {
            const d = c.clone().sub(cam.position).normalize();
            worstDeg = Math.min(worstDeg, (Math.acos(Math.min(1, d.dot(centre))) * 180) / Math.PI);
          }
        }
        const down = eyeCamera(h, -1.2, 100, eyeM);
        const f = new Frustum().setFromProjectionMatrix(new Matrix4().multiplyMatrices(down.projectionMatrix, down.matrixWorldInverse));
        const w = poseToWorld(h.curr, 0, createWorldPose());
        const back = new Vector3(Math.sin(h.bodyYawRad), 0, Math.cos(h.bodyYawRad)).multiplyScalar(henryPushM(-1.2, eyeM));
        if (LEGS.some((l) => f.containsPoint(w.p[l.foot].clone().add(back)))) feetSeen++;
      });
      // Nothing of his own body within 25 degrees of the centre of the picture.
      expect(worstDeg, JSON.stringify(move)).toBeGreaterThan(25);
      // Looking down, a foot is in the picture nearly always (crouched or in a jump, both feet are behind now and then).
      expect(feetSeen / frames, JSON.stringify(move)).toBeGreaterThan(move.crouch ? 0.7 : 0.85);
    }
  });

  it("his whole body casts a shadow from a layer the camera never draws; the legs he sees cast none", () => {
    const scene = new Scene();
    const sun = new DirectionalLight();
    sun.castShadow = true;
    scene.add(sun);
    const view = new HenryBodyView(scene, true);
    const shadow = scene.getObjectByName("henry-shadow");
    const seen = scene.getObjectByName("henry-body");
    const camera = new PerspectiveCamera();
    expect(shadow?.castShadow).toBe(true);
    expect(shadow && camera.layers.test(shadow.layers)).toBe(false);
    expect(shadow && sun.shadow.camera.layers.test(shadow.layers)).toBe(true);
    expect(sun.shadow.camera.layers.isEnabled(SHADOW_ONLY_LAYER)).toBe(true);
    expect(seen?.castShadow).toBe(false);
    expect(seen && camera.layers.test(seen.layers)).toBe(true);
    // No head, neck or arms in what he sees of himself.
    expect(HENRY_SEEN.parts.some((p) => p.bone === "head" || p.bone === "neck" || p.bone.startsWith("upperArm"))).toBe(false);
    view.dispose();
    expect(scene.children).toEqual([sun]);
  });
});
