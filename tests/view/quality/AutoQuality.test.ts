import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/rig/math";
import { AutoQuality, qualityLadder, type QualityRung } from "../../../src/view/quality/AutoQuality";
import { QUALITY, QUALITY_LEVELS } from "../../../src/view/quality/QualityLevels";

const VSYNC_MS = 1000 / 60;
const ladder = qualityLadder();
const rungOf = (level: string, scale: number) => ladder.findIndex((r) => r.level === level && Math.abs(r.renderScale - scale) < 1e-6);

interface Change {
  t: number;
  rung: number;
}

/**
 * Runs the controller against a machine: `costMs(rung)` is what a frame costs there (the
 * display caps it at 60 Hz), with optional multiplicative noise. Returns every change.
 */
function run(start: QualityRung, seconds: number, costMs: (rung: number) => number, noise = 0, seed = 7): { auto: AutoQuality; changes: Change[]; timeAt: Map<number, number> } {
  const auto = new AutoQuality(start);
  const rnd = seededRandom(seed);
  const changes: Change[] = [];
  const timeAt = new Map<number, number>();
  let t = 0;
  while (t < seconds) {
    const ms = Math.max(VSYNC_MS, costMs(auto.rungIndex) * (1 + noise * (rnd() * 2 - 1)));
    t += ms / 1000;
    timeAt.set(auto.rungIndex, (timeAt.get(auto.rungIndex) ?? 0) + ms / 1000);
    if (auto.sample(ms, t)) changes.push({ t, rung: auto.rungIndex });
  }
  return { auto, changes, timeAt };
}

function gaps(changes: Change[]): number[] {
  return changes.slice(1).map((c, i) => c.t - changes[i].t);
}

describe("the quality ladder", () => {
  it("runs from low at its smallest scale to ultra at full scale, each level's scales inside its range", () => {
    expect(ladder[0]).toEqual({ level: "low", renderScale: QUALITY.low.minRenderScale });
    expect(ladder[ladder.length - 1]).toEqual({ level: "ultra", renderScale: 1 });
    for (const r of ladder) {
      expect(r.renderScale).toBeGreaterThanOrEqual(QUALITY[r.level].minRenderScale - 1e-9);
      expect(r.renderScale).toBeLessThanOrEqual(QUALITY[r.level].maxRenderScale + 1e-9);
    }
    const levels = ladder.map((r) => QUALITY_LEVELS.indexOf(r.level));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });

  it("each level's pinned scale lies in its own range, and costs rise level by level", () => {
    for (const l of QUALITY_LEVELS) {
      const q = QUALITY[l];
      expect(q.renderScale).toBeGreaterThanOrEqual(q.minRenderScale);
      expect(q.renderScale).toBeLessThanOrEqual(q.maxRenderScale);
    }
    for (let i = 1; i < QUALITY_LEVELS.length; i++) {
      const a = QUALITY[QUALITY_LEVELS[i - 1]];
      const b = QUALITY[QUALITY_LEVELS[i]];
      expect(b.shadowMapSize).toBeGreaterThanOrEqual(a.shadowMapSize);
      expect(b.decorDrawDistanceM).toBeGreaterThan(a.decorDrawDistanceM);
      expect(b.post.motionBlurTaps).toBeGreaterThanOrEqual(a.post.motionBlurTaps);
    }
  });
});

describe("auto quality", () => {
  it("on a slow machine steps down to the cheapest rung, never two changes within a second", () => {
    const { auto, changes } = run({ level: "high", renderScale: 1 }, 60, () => 120);
    expect(auto.rungIndex).toBe(0);
    expect(auto.level).toBe("low");
    expect(changes.length).toBeGreaterThan(2);
    for (const g of gaps(changes)) expect(g).toBeGreaterThanOrEqual(1);
    // Only ever down, and much slower frames take bigger steps.
    for (let i = 1; i < changes.length; i++) expect(changes[i].rung).toBeLessThan(changes[i - 1].rung);
    expect(changes[0].rung).toBe(rungOf("high", 1) - 3);
  });

  it("on a fast machine (vsync-capped) climbs one rung at a time to ultra", () => {
    const { auto, changes } = run({ level: "low", renderScale: 0.5 }, 120, () => 5);
    expect(auto.level).toBe("ultra");
    expect(auto.renderScale).toBe(1);
    for (const g of gaps(changes)) expect(g).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < changes.length; i++) expect(changes[i].rung).toBe(changes[i - 1].rung + 1);
  });

  it("settles on the richest rung a machine holds, and tries the one above ever more rarely", () => {
    const k = rungOf("medium", 0.75);
    // Up to medium@0.75 a frame fits in the 60 Hz budget; one rung more and it takes 30 ms.
    const { auto, changes, timeAt } = run({ level: "low", renderScale: 0.5 }, 600, (r) => (r <= k ? 14 : 30), 0.1);
    expect(auto.rungIndex).toBe(k);
    const probes = changes.filter((c) => c.rung === k + 1).map((c) => c.t);
    expect(probes.length).toBeGreaterThanOrEqual(2);
    // Each failed try bars the rung for twice as long as the last: the gaps at least double.
    const between = probes.slice(1).map((t, i) => t - probes[i]);
    for (let i = 1; i < between.length; i++) expect(between[i]).toBeGreaterThan(1.8 * between[i - 1]);
    expect(probes.length).toBeLessThanOrEqual(6);
    // Nearly all the time on the right rung once found, never above it for long.
    expect((timeAt.get(k) ?? 0) / 600).toBeGreaterThan(0.9);
    expect(timeAt.get(k + 2) ?? 0).toBe(0);
    for (const g of gaps(changes)) expect(g).toBeGreaterThanOrEqual(1);
  });

  it("holds still when frames hover between the fast and slow thresholds, however noisy", () => {
    const { changes } = run({ level: "medium", renderScale: 0.75 }, 120, () => 20, 0.2);
    expect(changes.length).toBe(0);
  });

  it("ignores a stall and the frames right after a level load", () => {
    const auto = new AutoQuality({ level: "high", renderScale: 1 });
    const start = auto.rungIndex;
    let t = 0;
    // A hidden tab comes back: one 4 s frame, then normal 60 Hz frames.
    t += 4;
    expect(auto.sample(4000, t)).toBe(false);
    auto.settle();
    // The load's first frames compile shaders: long, and not the rung's fault.
    for (const ms of [900, 700, 400]) {
      t += ms / 1000;
      expect(auto.sample(ms, t)).toBe(false);
    }
    for (let i = 0; i < 120; i++) {
      t += VSYNC_MS / 1000;
      auto.sample(VSYNC_MS, t);
    }
    expect(auto.rungIndex).toBeGreaterThanOrEqual(start);
  });

  it("decides at a 2 fps start too: three frames make a window", () => {
    const auto = new AutoQuality({ level: "low", renderScale: 0.6 });
    let t = 0;
    let changedAt = -1;
    for (let i = 0; i < 8 && changedAt < 0; i++) {
      t += 0.5;
      if (auto.sample(500, t)) changedAt = t;
    }
    expect(changedAt).toBeGreaterThan(0);
    expect(changedAt).toBeLessThanOrEqual(2);
    expect(auto.renderScale).toBeLessThan(0.6);
  });
});
