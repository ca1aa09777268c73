import { describe, expect, it } from "vitest";
import { createSim } from "../../../src/sim/createSim";
import { neutralCmd } from "../../../src/sim/input/InputCmd";
import { type Take, takeCmdToInput } from "../../../src/sim/input/Take";
import { levelForPiece } from "../../../src/sim/world/levels/index";
import { CastBodies } from "../../../src/view/bodies/CastBodies";
import { HenryPose } from "../../../src/view/bodies/HenryPose";
import { MercBodies } from "../../../src/view/bodies/MercBodies";
import { findBodyScenes } from "../../e2e/bodyScenes";

/** Replays a take; with `bodies`, every body (mercenaries, ragdolls, the cast, Henry) is stepped each tick from the core. */
function replay(take: Take, bodies: boolean, extraTicks = 0) {
  const level = levelForPiece(take.piece, take.seed);
  if (!level) throw new Error("no level");
  const sim = createSim({ level, seed: take.seed, piece: take.piece, difficulty: take.difficulty });
  const mercs = bodies ? new MercBodies(sim.combat.mercs, sim.level.boxes) : null;
  const cast = bodies ? new CastBodies() : null;
  const henry = bodies ? new HenryPose() : null;
  const cmd = neutralCmd();
  let deaths = 0;
  let phase = 0;
  for (let t = 0; t < take.ticks + extraTicks; t++) {
    if (t < take.ticks) takeCmdToInput(take.cmds[t], cmd);
    else cmd.buttons = cmd.moveX = cmd.moveY = 0;
    sim.step(cmd);
    sim.events.drain((e) => {
      if (e.kind === "killed") deaths++;
      mercs?.onEvent(e);
      henry?.onEvent(e);
      if (e.kind === "cue") cast?.onCue(e.cue, sim);
    });
    mercs?.step(sim.tick, 1 / 60);
    cast?.step(sim, 1 / 60);
    // A stand-in stride phase, as the rig would give it.
    phase += (Math.PI * Math.hypot(sim.player.velocity.x, sim.player.velocity.z)) / 60 / 1.5;
    henry?.step(sim.player, phase, false, sim.tick, 1 / 60);
  }
  const hash = sim.stateHash();
  sim.dispose();
  return { hash, deaths, mercs, sim };
}

describe("bodies: presentation only", () => {
  const scenes = findBodyScenes();

  it("replaying a take with bodies (poses, ragdolls in their own physics world, the cast, Henry) or without gives the same state hash", () => {
    const off = replay(scenes.take, false);
    const on = replay(scenes.take, true);
    expect(off.deaths).toBeGreaterThan(0);
    expect(on.hash).toBe(off.hash);
  });

  it("a ragdoll settles the same way every time for the same take, resting on the road, not through it", () => {
    const a = replay(scenes.take, true, 240);
    const b = replay(scenes.take, true, 240);
    const ma = a.mercs as MercBodies;
    const mb = b.mercs as MercBodies;
    expect(Array.from(ma.curr)).toEqual(Array.from(mb.curr));
    const dead = a.sim.combat.mercs.map((m, i) => (m.active && !m.alive ? i : -1)).filter((i) => i >= 0);
    expect(dead.length).toBeGreaterThan(0);
    for (const i of dead) {
      const low = ma.ragdolls.lowestY(i);
      console.log(JSON.stringify({ slot: i, lowestLimbY: +low.toFixed(3), awakeLimbs: ma.ragdolls.awake }));
      // The street's road is at y = 0: a limb rests on it (within 3 cm), never below.
      expect(low).toBeGreaterThan(-0.03);
      expect(low).toBeLessThan(0.25);
    }
    // Four seconds after the last death the dolls have gone to sleep (they cost nothing).
    expect(ma.ragdolls.awake).toBe(0);
  });
});
