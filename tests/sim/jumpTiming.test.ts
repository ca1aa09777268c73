import { describe, expect, it } from "vitest";
import type { SimEvent } from "../../src/sim/core/SimEvent";
import type { Sim } from "../../src/sim/SimTypes";
import { cmd, run, simAt } from "./helpers";

function drainKinds(sim: Sim): SimEvent["kind"][] {
  const kinds: SimEvent["kind"][] = [];
  sim.events.drain((e) => kinds.push(e.kind));
  return kinds;
}

describe("jump timing", () => {
  it("coyote time: a jump pressed 0.05 s after walking off a ledge still jumps", () => {
    const sim = simAt("ledge");
    run(sim, cmd(), 30);
    const back = cmd(1, 0, Math.PI);
    let guard = 0;
    while (sim.player.grounded && guard++ < 300) sim.step(back);
    expect(sim.player.grounded).toBe(false);
    run(sim, back, 3);
    drainKinds(sim);
    sim.step(cmd(1, 0, Math.PI, "jump"));
    expect(drainKinds(sim)).toContain("jumped");
    expect(sim.player.velocity.y).toBeGreaterThan(4);
  });

  it("a jump pressed 0.2 s after walking off (still falling) does not jump", () => {
    const sim = simAt("ledge");
    run(sim, cmd(), 30);
    const back = cmd(1, 0, Math.PI);
    let guard = 0;
    while (sim.player.grounded && guard++ < 300) sim.step(back);
    run(sim, back, 12);
    expect(sim.player.grounded).toBe(false);
    drainKinds(sim);
    sim.step(cmd(1, 0, Math.PI, "jump"));
    expect(drainKinds(sim)).not.toContain("jumped");
  });

  it("buffering: a jump pressed 0.08 s before landing jumps on landing", () => {
    // First find the landing tick of a plain drop (the core is deterministic).
    const dry = simAt("drop");
    let landTick = -1;
    while (landTick < 0 && dry.tick < 300) {
      dry.step(cmd());
      dry.events.drain((e) => {
        if (e.kind === "landed") landTick = e.tick;
      });
    }
    expect(landTick).toBeGreaterThan(10);
    const sim = simAt("drop");
    const pressAt = landTick - 5; // 5 ticks = 0.083 s early
    run(sim, cmd(), pressAt);
    sim.step(cmd(0, 0, 0, "jump"));
    let jumpedAt = -1;
    run(sim, cmd(0, 0, 0, "jump"), 10, (s) =>
      s.events.drain((e) => {
        if (e.kind === "jumped") jumpedAt = e.tick;
      }),
    );
    expect(jumpedAt).toBe(landTick);
  });

  it("reports the landing with its impact speed and surface", () => {
    const sim = simAt("drop");
    const landed: SimEvent[] = [];
    run(sim, cmd(), 90, (s) => s.events.drain((e) => e.kind === "landed" && landed.push(e)));
    expect(landed).toHaveLength(1);
    const e = landed[0] as Extract<SimEvent, { kind: "landed" }>;
    // A 3 m drop lands at about sqrt(2·9.81·3) = 7.7 m/s.
    expect(e.impactSpeedMps).toBeGreaterThan(7);
    expect(e.impactSpeedMps).toBeLessThan(8.2);
    expect(e.surface).toBe("concrete");
  });
});
