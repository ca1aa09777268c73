import { describe, expect, it } from "vitest";
import { DayRun } from "../../src/app/DayRun";
import type { GameSession } from "../../src/session/GameSession";
import { SettingsStore } from "../../src/settings/SettingsStore";
import { MemoryStorage } from "../../src/settings/storage";

/** A finished (or abandoned) session as far as the day reads it. */
function session(seconds: number, finished: boolean, shots: number): GameSession {
  const ticks = Math.round(seconds * 60);
  return {
    sim: { tick: ticks, script: { finished, finishTick: ticks }, combat: { stats: { shotsFired: shots, hits: shots / 2 } }, camerasDestroyed: 1 },
  } as unknown as GameSession;
}

describe("the whole day", () => {
  it("walks its pieces in order, a split each, and totals them on its end card", () => {
    const day = new DayRun(["awakening", "street", "army"]);
    const settings = new SettingsStore(new MemoryStorage());
    expect(day.current).toBe("awakening");
    day.record(session(61.5, true, 10));
    day.record(session(99, true, 99)); // the same piece again: counted once
    expect(day.advance()).toBe("street");
    expect(day.transition()).toEqual({ when: "Morning", title: "Street", index: 2, count: 3 });
    day.record(session(70, true, 20));
    expect(day.advance()).toBe("army");
    expect(day.transition().when).toBe("Night");
    day.record(session(170.25, true, 30));
    expect(day.last).toBe(true);
    expect(day.advance()).toBeNull();
    const card = day.finish(settings, false);
    expect(card.splits.map((s) => s.title)).toEqual(["Awakening", "Street", "Army"]);
    expect(card.seconds).toBeCloseTo(301.75, 6);
    expect(card.shotsFired).toBe(60);
    expect(card.camerasDestroyed).toBe(3);
    // A player's finished day is kept as the best day.
    expect(card.bestSeconds).toBeCloseTo(301.8, 6);
    expect(settings.get().bestTimesS.day).toBeCloseTo(301.8, 6);
  });

  it("keeps no best day from the autopilot, nor from a day with an unfinished piece", () => {
    const settings = new SettingsStore(new MemoryStorage());
    const auto = new DayRun(["awakening"]);
    auto.record(session(60, true, 0));
    expect(auto.finish(settings, true).bestSeconds).toBeNull();
    const quit = new DayRun(["awakening", "street"]);
    quit.record(session(60, false, 0));
    const card = quit.finish(settings, false);
    expect(card.splits[0].completed).toBe(false);
    expect(settings.get().bestTimesS.day).toBeUndefined();
  });
});
