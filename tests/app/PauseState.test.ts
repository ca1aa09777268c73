import { describe, expect, it } from "vitest";
import { PauseState } from "../../src/app/PauseState";

describe("the pause rules", () => {
  it("a player's run pauses with the menu on blur, a hidden tab and a lost mouse lock, and stays paused when the tab shows again", () => {
    for (const reason of ["blur", "hidden", "lock", "menu"] as const) {
      const p = new PauseState();
      expect(p.request(reason, true), reason).toBe("menu");
      expect(p.paused).toBe(true);
      expect(p.endsWhenVisible(true), reason).toBe(false);
      // A second loss of focus while paused changes nothing.
      expect(p.request("blur", true)).toBe("ignored");
      expect(p.reason).toBe(reason);
    }
  });

  it("autopilot, replays and the Lab ignore blur and the lock, pause quietly on a hidden tab and go on when it shows", () => {
    const p = new PauseState();
    expect(p.request("blur", false)).toBe("ignored");
    expect(p.request("lock", false)).toBe("ignored");
    expect(p.paused).toBe(false);
    expect(p.request("hidden", false)).toBe("silent");
    expect(p.paused).toBe(true);
    expect(p.endsWhenVisible(false)).toBe(true);
    p.clear();
    expect(p.paused).toBe(false);
    // The menu (Esc, Start) still pauses them, and does not end by itself.
    expect(p.request("menu", false)).toBe("menu");
    expect(p.endsWhenVisible(false)).toBe(false);
  });

  it("a frozen run (the graphics context is gone) stays paused: no request reopens it and a visible tab does not resume it", () => {
    const p = new PauseState();
    p.freeze();
    expect(p.paused).toBe(true);
    expect(p.request("menu", true)).toBe("ignored");
    expect(p.endsWhenVisible(false)).toBe(false);
  });
});
