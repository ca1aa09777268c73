import { describe, expect, it } from "vitest";
import { DIFFICULTIES } from "../../../src/sim/ai/MercConfig";
import { TELEKINETIC, warnS } from "../../../src/sim/ai/TelekineticConfig";
import { HENRY } from "../../../src/sim/core/SimEvent";
import type { CoreSim } from "../../../src/sim/createSim";
import { Buttons, neutralCmd } from "../../../src/sim/input/InputCmd";
import { DEFAULT_PLAYER } from "../../../src/sim/player/PlayerConfig";
import { ThrowDodger, WALK_DODGE } from "../../../src/sim/script/ThrowDodger";
import { AKAN_JOINS, ofKind, play, roofSim, throwTimings } from "./helpers";

/**
 * Henry holds his post in the open and only steps sideways (walking, not sprinting) when
 * an object starts to tremble; between throws he walks back to his post.
 */
function dodging(sim: CoreSim) {
  const dodger = new ThrowDodger(WALK_DODGE);
  const tk = sim.telekinesis;
  if (!tk) throw new Error("no telekinetic");
  const nav = sim.internals.combat.nav;
  const post = { x: sim.player.position.x, z: sim.player.position.z };
  return (cmd: ReturnType<typeof neutralCmd>) => {
    cmd.moveX = 0;
    cmd.moveY = 0;
    cmd.buttons = 0;
    if (dodger.apply(tk.throw, sim.player.position, (x, z) => nav.nearest(x, z, 0) >= 0, cmd)) return;
    if (tk.throw.stage !== "none") return;
    const dx = post.x - sim.player.position.x;
    const dz = post.z - sim.player.position.z;
    const d = Math.hypot(dx, dz);
    if (d < 0.5) return;
    // Move axes relative to the look: forward (-sin yaw, -cos yaw), right (cos yaw, -sin yaw).
    const s = Math.sin(cmd.yawRad);
    const c = Math.cos(cmd.yawRad);
    cmd.moveX = (dx * c - dz * s) / d;
    cmd.moveY = (-dx * s - dz * c) / d;
  };
}

const idle = (cmd: ReturnType<typeof neutralCmd>) => {
  cmd.moveX = 0;
  cmd.moveY = 0;
  cmd.buttons = 0;
};

function throwHits(events: ReturnType<typeof play>): number {
  return ofKind(events, "damage").filter((e) => e.target === HENRY && e.cause === "throw").length;
}

describe("the telekinetic's throws", () => {
  for (const difficulty of DIFFICULTIES) {
    it(`${difficulty}: every throw trembles, rises and glows at least 0.8 s before it flies`, () => {
      const sim = roofSim(AKAN_JOINS, difficulty);
      const events = play(sim, 90 * 60, dodging(sim), neutralCmd());
      const throws = throwTimings(events).filter((t) => t.releaseTick >= 0);
      expect(throws.length).toBeGreaterThanOrEqual(12);
      const warnings = throws.map((t) => (t.releaseTick - t.liftTick) / 60);
      expect(Math.min(...warnings)).toBeGreaterThanOrEqual(0.8);
      expect(Math.max(...warnings)).toBeLessThanOrEqual(1.5);
      // Heavy and light things both fly: cars or vents, and crates or rifles.
      expect(throws.some((t) => t.what === "car" || t.what === "vent")).toBe(true);
      expect(throws.some((t) => t.what === "crate" || t.what === "rifle")).toBe(true);
      sim.dispose();
    });
  }

  // Two posts: by the stairs Henry came up, and out on the north deck.
  for (const post of ["spawn", "pickup.3"]) {
    it(`a Henry who sidesteps when the telegraph starts is never hit (post ${post}); one who stands still is`, () => {
      const dodger = roofSim(AKAN_JOINS, "normal", post);
      const dodged = play(dodger, 150 * 60, dodging(dodger), neutralCmd());
      const flown = throwTimings(dodged).filter((t) => t.releaseTick >= 0).length;
      expect(flown).toBeGreaterThanOrEqual(12);
      expect(throwHits(dodged)).toBe(0);
      dodger.dispose();
      const stander = roofSim(AKAN_JOINS, "normal", post);
      const stood = play(stander, 150 * 60, idle, neutralCmd());
      expect(throwHits(stood)).toBeGreaterThanOrEqual(1);
      stander.dispose();
    });
  }

  it("while he only watches from the balcony, nothing is lifted", () => {
    const sim = roofSim([{ kind: "telekinetic", phase: "watch", anchor: "akan.balcony" }]);
    const events = play(sim, 30 * 60, idle, neutralCmd());
    expect(ofKind(events, "telekinesis")).toEqual([]);
    expect(sim.telekinesis?.akan.position.y).toBeCloseTo(11, 5);
    sim.dispose();
  });

  it("every throwable leaves time to sidestep: the locked path plus the shortest flight beat reaction, the step and a margin", () => {
    // The thrown-scenery rule (after Half-Life 2's Advisor): warning + flight >= 0.45 s of reaction
    // + the sidestep out of the way (d_clear / v) + 0.1 s, with a warning of 0.5-1.5 s.
    for (const d of DIFFICULTIES) {
      const warn = warnS(TELEKINETIC, d);
      expect(warn).toBeGreaterThanOrEqual(0.8);
      expect(warn).toBeLessThanOrEqual(1.5);
      expect(TELEKINETIC.lockBeforeReleaseS).toBeLessThan(warn);
    }
    for (const [kind, t] of Object.entries(TELEKINETIC.throwables)) {
      const clearM = t.radiusM + 0.35;
      const needS = 0.45 + clearM / DEFAULT_PLAYER.walkSpeedMps + 0.1;
      const haveS = TELEKINETIC.lockBeforeReleaseS + TELEKINETIC.minThrowDistM / t.speedMps;
      expect(haveS, kind).toBeGreaterThanOrEqual(needS);
    }
  });
});

/** Aims Henry's look at Akan's chest (the command's yaw and pitch). */
function aimAtAkan(sim: CoreSim, cmd: ReturnType<typeof neutralCmd>): void {
  const a = sim.telekinesis?.akan;
  if (!a) return;
  const p = sim.player.position;
  const dx = a.position.x - p.x;
  const dy = a.position.y + 1.2 - (p.y + sim.player.eyeHeightM);
  const dz = a.position.z - p.z;
  cmd.yawRad = Math.atan2(-dx, -dz);
  cmd.pitchRad = Math.atan2(dy, Math.hypot(dx, dz));
}

describe("beating the telekinetic", () => {
  it("his barrier turns rounds until he lifts something heavy; then a round hurts him and he drops it", () => {
    const sim = roofSim(AKAN_JOINS, "normal", "estelle");
    const tk = sim.internals.telekinetic;
    if (!tk) throw new Error("no telekinetic");
    const cmd = neutralCmd();
    let fire = false;
    // Every other tick a fresh trigger pull, aimed at his chest.
    const shoot = (c: ReturnType<typeof neutralCmd>) => {
      aimAtAkan(sim, c);
      fire = !fire;
      c.buttons = fire ? Buttons.fire : 0;
    };
    // Two seconds of fire before anything is lifted: all turned, no harm.
    const early = play(
      sim,
      120,
      shoot,
      cmd,
    );
    const turned = ofKind(early, "akanHit");
    expect(turned.length).toBeGreaterThan(0);
    expect(turned.every((e) => !e.hurt)).toBe(true);
    expect(tk.akan.health01).toBe(1);
    // Hold fire (and reload) until he lifts a car or a vent, then shoot.
    play(
      sim,
      60,
      (c) => {
        c.buttons = Buttons.reload;
      },
      cmd,
    );
    const waited = play(
      sim,
      20 * 60,
      (c) => {
        aimAtAkan(sim, c);
        c.buttons = 0;
      },
      cmd,
      () => tk.throw.lifting && tk.throw.heavy && tk.throw.liftedS > 0.2,
    );
    expect(tk.throw.lifting && tk.throw.heavy).toBe(true);
    expect(tk.akan.exposed).toBe(true);
    expect(ofKind(waited, "akanHit")).toEqual([]);
    const liftId = tk.throw.id;
    const during = play(
      sim,
      30,
      shoot,
      cmd,
    );
    const hurt = ofKind(during, "akanHit").filter((e) => e.hurt);
    expect(hurt.length).toBe(1);
    expect(tk.akan.health01).toBeCloseTo(1 - 1 / TELEKINETIC.blows, 6);
    expect(ofKind(during, "telekinesis").some((e) => e.throwId === liftId && e.stage === "cancel")).toBe(true);
    expect(tk.akan.staggered).toBe(true);
    sim.dispose();
  });
});

describe("cover under heavy throws", () => {
  /**
   * Henry crouches east of the barrier at (-12, 6) (its long side faces the sunken deck);
   * Akan lifts a car from the deck below, or a crate, and throws it at him through the barrier.
   */
  function throwAtCover(what: "car" | "crate") {
    const sim = roofSim([{ kind: "telekinetic", phase: "watch", anchor: "akan.balcony" }], "normal", "spawn");
    const tk = sim.internals.telekinetic;
    if (!tk) throw new Error("no telekinetic");
    const barrier = sim.runtimeBoxes.findIndex((v) => v.kind === "barrier" && Math.abs(v.position.x + 12) < 0.1 && Math.abs(v.position.z - 6) < 0.1);
    expect(barrier).toBeGreaterThanOrEqual(0);
    // Put Henry behind it, crouched.
    const body = sim.internals.combat.henry.body;
    body.position.set(-10.6, body.position.y, 6);
    const crouch = neutralCmd();
    crouch.buttons = Buttons.crouch;
    play(sim, 30, () => {}, crouch);
    const pick =
      what === "car"
        ? (() => {
            const i = sim.runtimeBoxes.findIndex((v) => v.kind === "car" && Math.abs(v.position.z - 4.5) < 0.1);
            const v = sim.runtimeBoxes[i];
            return { kind: "car" as const, source: "box" as const, index: i, x: v.position.x, y: v.position.y, z: v.position.z };
          })()
        : (() => {
            const i = sim.level.props.findIndex((p) => p.kind === "crate" && Math.abs(p.position[0] + 24) < 0.1 && Math.abs(p.position[2] - 2) < 0.1);
            const b = sim.internals.physics.propBodies[i].position;
            return { kind: "crate" as const, source: "prop" as const, index: i, x: b.x, y: b.y, z: b.z };
          })();
    tk.throw.begin(pick, 1);
    const events = play(sim, 6 * 60, () => {}, crouch, () => !tk.throw.active);
    const v = sim.runtimeBoxes[barrier];
    // Does a round from the deck below the barrier reach Henry's head now?
    const see = sim.internals.combat.los.clear(-14, 1.0, 6, -10.6, 1.0, 6);
    sim.dispose();
    return { events, state: v.state, see };
  }

  it("a thrown car smashes the barrier Henry hides behind, and stops there without reaching him", () => {
    const r = throwAtCover("car");
    expect(ofKind(r.events, "coverBroken").length).toBe(1);
    expect(r.state).toBe("broken");
    expect(r.see).toBe(true);
    expect(throwHits(r.events)).toBe(0);
  });

  it("a thrown crate stops on the barrier and leaves it standing", () => {
    const r = throwAtCover("crate");
    expect(ofKind(r.events, "telekinesis").some((e) => e.stage === "impact")).toBe(true);
    expect(ofKind(r.events, "coverBroken")).toEqual([]);
    expect(r.state).toBe("rest");
    expect(r.see).toBe(false);
    expect(throwHits(r.events)).toBe(0);
  });
});
