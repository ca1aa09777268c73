import { describe, expect, it } from "vitest";
import { runSim } from "../../../src/cli/sim";
import type { Cue, Trigger } from "../../../src/content/script";
import { lineAnchors } from "../../../src/sim/ai/ChaseLine";
import { levelForPiece, playablePieces } from "../../../src/sim/world/levels/index";

function anchorsOf(x: Trigger | Cue): string[] {
  if ("anchor" in x && typeof x.anchor === "string") return [x.anchor];
  if (x.kind === "spawn") return x.anchors;
  if (x.kind === "jimmy") return x.route;
  if (x.kind === "courier") return [x.start, ...lineAnchors(x.route)];
  return [];
}

describe("set pieces, played by the autopilot through InputCmds only", () => {
  // Every piece the registry calls playable, so a new one is held to the same bar.
  for (const piece of playablePieces()) {
    const id = piece.id;
    it(`${id}: every anchor the script names exists on its level`, () => {
      const level = levelForPiece(id, 1)!;
      expect(level.id).toBe(piece.level);
      const missing = piece.beats.flatMap((b) => [b.when, ...b.cues].flatMap(anchorsOf)).filter((a) => !level.anchors[a]);
      expect(missing).toEqual([]);
    });

    it(`${id}: the autopilot completes it within its time budget, and the same seed gives the same hash`, () => {
      const args = { piece: id, autopilot: true, seed: 1, ticks: piece.budgetS * 60, take: null };
      const a = runSim(args, () => {});
      expect(a.completed).toBe(true);
      expect(a.seconds).toBeLessThanOrEqual(piece.budgetS);
      expect(a.seconds).toBeGreaterThan(20);
      const b = runSim(args, () => {});
      expect(b.stateHash).toBe(a.stateHash);
      expect(b.ticks).toBe(a.ticks);
      if (id === "street") expect(a.kills).toBeGreaterThanOrEqual(10);
      // The counters exist for every piece: no pane to break outside the tower.
      if (id !== "office") expect(a.glassBroken).toBe(0);
      if (id === "office") {
        // Up through the tower: a fight on every floor, glass broken, something thrown.
        expect(a.kills).toBeGreaterThanOrEqual(20);
        expect(a.glassBroken).toBeGreaterThan(0);
        expect(a.propsThrown).toBeGreaterThan(0);
      }
      if (id === "army") expect(a.kills).toBeGreaterThanOrEqual(30);
    }, 600_000);
  }
});
