import { describe, expect, it } from "vitest";
import { BARK_UNDER_LINE, BARK_VOLUME } from "../../src/audio/Mixer";
import { VOICE_LOUDNESS } from "../../src/audio/loudness";
import { mixReport } from "../../src/cli/mix";
import { runMix } from "../../src/cli/mix/mixRun";
import { dialogueLine } from "../../src/content/dialogue";
import { BARK } from "../../src/sim/ai/Barks";

describe("the mix report of the street: barks and voice loudness", () => {
  const report = mixReport(runMix("street", 120, 1), "street");

  it("hears the mercenaries' barks, fewer than their AI asked for (the cap), spaced by the gap", () => {
    const b = report.barks;
    expect(b.heard).toBeGreaterThanOrEqual(3);
    expect(b.heard).toBe(b.calls.said);
    expect(b.calls.capped).toBeGreaterThan(0);
    expect(b.calls.said + b.calls.capped).toBe(b.calls.wanted);
    for (const h of b.heardAt) expect(dialogueLine(h.line)?.lang, h.line).toBe("ru");
    for (let i = 1; i < b.heardAt.length; i++) expect(b.heardAt[i].atS - b.heardAt[i - 1].atS).toBeGreaterThanOrEqual(BARK.gapS - 1e-9);
    expect(b.refusedByMixer).toBe(0);
  });

  it("ducks a bark under Jimmy's directions", () => {
    const under = report.barks.underLine;
    expect(under.some((u) => dialogueLine(u.line)?.speaker === "jimmy")).toBe(true);
    expect(report.barks.gainUnderLineMax).toBeLessThanOrEqual(BARK_VOLUME * BARK_UNDER_LINE + 1e-9);
    expect(report.barks.gainUnderLineMax).toBeGreaterThan(0);
    expect(report.checks.barksUnderLines).toBe(true);
  });

  it("measures the voice track and keeps every character within 2 LU of the target", () => {
    const v = report.voiceLoudness;
    expect(v.targetLufs).toBe(VOICE_LOUDNESS.targetLufs);
    expect(Object.keys(v.byCharacter).sort()).toEqual(["akan", "estelle", "jimmy", "merc"]);
    for (const [who, c] of Object.entries(v.byCharacter)) expect(Math.abs(c.lufs - v.targetLufs), who).toBeLessThanOrEqual(2);
    // Lines and barks end to end, barks quieter with distance: a little under the target, never over it.
    expect(v.trackLufs).toBeLessThanOrEqual(v.targetLufs + 1);
    expect(v.trackLufs).toBeGreaterThan(v.targetLufs - 6);
    expect(report.checks.voicesAtTarget).toBe(true);
    expect(report.ok).toBe(true);
  });
});
