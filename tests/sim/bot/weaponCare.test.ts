import { describe, expect, it } from "vitest";
import { TICK_HZ } from "../../../src/sim/core/time";
import { fly, pieceSim, placeHenry } from "./helpers";

describe("the bot looks after its guns", () => {
  // Seeds 5, 7, 8 and 11 of the street (and 14 more of 0-49) lost every run this way: the bot
  // walked over a dead mercenary's rifle, emptied it, and stood in the next fight with 0/0.
  it("with an empty rifle in hand and a loaded pistol, it switches to the pistol and fights back", () => {
    const { sim, pilot } = pieceSim("street", 1);
    const a = sim.internals.combat.arsenal;
    a.give("rifle", 0);
    a.switchTo("rifle", sim.internals.combat);
    expect(sim.player.weapon === null || a.weapon.id === "rifle").toBe(true);
    const fight = sim.level.anchors["fight.1"].position;
    placeHenry(sim, fight[0], fight[2] + 2);
    let dryS = 0;
    fly(sim, pilot, 6 * TICK_HZ, () => {
      if (sim.player.weapon === "rifle" && sim.player.magazine + sim.player.reserve === 0) dryS += 1 / TICK_HZ;
    });
    // Half a second at most with the dry rifle in hand (the switch takes a quarter).
    expect(dryS).toBeLessThan(0.5);
    expect(sim.combat.stats.hits).toBeGreaterThan(0);
  });

  it("tops up a half-empty magazine while nobody is in sight", () => {
    const { sim, pilot } = pieceSim("street", 1);
    const combat = sim.internals.combat;
    for (const m of combat.mercs.list) if (m.active) combat.damageMerc(m.index, 1000, 0, "bullet", 0, 0, 1, 0);
    const a = combat.arsenal;
    a.magazine[a.current] = 3;
    fly(sim, pilot, 2 * TICK_HZ);
    expect(sim.player.magazine).toBe(12);
    expect(sim.player.reserve).toBe(36 - 9);
  });
});
