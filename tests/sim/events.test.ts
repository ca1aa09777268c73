import { describe, expect, it } from "vitest";
import type { SimEvent } from "../../src/sim/core/SimEvent";
import { cmd, run, simAt } from "./helpers";

function collect(sim: ReturnType<typeof simAt>, into: SimEvent[]): void {
  sim.events.drain((e) => into.push(e));
}

describe("sim events", () => {
  it("respawns at the spawn after falling out of the level", () => {
    const sim = simAt("spawn");
    const events: SimEvent[] = [];
    // yaw +90° faces -X, off the room's open west edge.
    run(sim, cmd(1, 0, Math.PI / 2, "sprint"), 900, (s) => collect(s, events));
    expect(events.some((e) => e.kind === "respawned")).toBe(true);
    expect(Math.abs(sim.player.position.x)).toBeLessThan(60);
    expect(sim.player.position.y).toBeGreaterThan(-1);
  });

  it("testBlast and testRecoil fire once per press, at seeded spots 4-12 m away", () => {
    const sim = simAt("spawn");
    run(sim, cmd(), 10);
    const events: SimEvent[] = [];
    run(sim, cmd(0, 0, 0, "testBlast", "testRecoil"), 5, (s) => collect(s, events));
    run(sim, cmd(), 1);
    run(sim, cmd(0, 0, 0, "testBlast"), 1, (s) => collect(s, events));
    const blasts = events.filter((e) => e.kind === "blast");
    const recoils = events.filter((e) => e.kind === "recoil");
    expect(blasts).toHaveLength(2);
    expect(recoils).toHaveLength(1);
    const p = sim.player.position;
    for (const b of blasts) {
      const d = Math.hypot(b.position[0] - p.x, b.position[2] - p.z);
      expect(d).toBeGreaterThanOrEqual(4);
      expect(d).toBeLessThan(12);
      expect(b.strength).toBe(1);
    }
    const r = recoils[0] as Extract<SimEvent, { kind: "recoil" }>;
    expect(r.pitchRad).toBeCloseTo((2 * Math.PI) / 180, 6);
    expect(Math.abs(r.yawRad)).toBeLessThanOrEqual((0.5 * Math.PI) / 180);
    // Same seed, same spots.
    const again = simAt("spawn");
    run(again, cmd(), 10);
    const events2: SimEvent[] = [];
    run(again, cmd(0, 0, 0, "testBlast", "testRecoil"), 5, (s) => collect(s, events2));
    expect(events2).toEqual(events.slice(0, events2.length));
  });

  it("two sims in one process stay in step (our own ids, not cannon's global ones)", () => {
    const a = simAt("spawn");
    run(a, cmd(1, 0.3, 0.2, "sprint"), 100);
    const b = simAt("spawn");
    run(b, cmd(1, 0.3, 0.2, "sprint"), 100);
    expect(b.stateHash()).toBe(a.stateHash());
    expect(b.props.map((p) => p.id)).toEqual(a.props.map((p) => p.id));
    a.dispose();
    b.dispose();
  });
});
