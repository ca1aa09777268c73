import { describe, expect, it } from "vitest";
import { integratedLoudness, kWeightedBlocks, lufsOfMeanSquare, meanSquareOfLufs } from "../../src/audio/loudness";
import { normaliseWords, wordErrorRate } from "../../scripts/audio/wer";

function sine(hz: number, amplitude: number, seconds: number): Float32Array {
  const s = new Float32Array(Math.round(48_000 * seconds));
  for (let i = 0; i < s.length; i++) s[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / 48_000);
  return s;
}

describe("loudness as BS.1770 measures it", () => {
  it("reads a full-scale 997 Hz sine at -3.01 LUFS and follows its level", () => {
    expect(integratedLoudness(kWeightedBlocks(sine(997, 1, 3)))).toBeCloseTo(-3.01, 1);
    expect(integratedLoudness(kWeightedBlocks(sine(997, 0.1, 3)))).toBeCloseTo(-23.01, 1);
  });

  it("weights the bass down and the presence up (the K curve)", () => {
    const low = integratedLoudness(kWeightedBlocks(sine(60, 0.5, 2)));
    const high = integratedLoudness(kWeightedBlocks(sine(4000, 0.5, 2)));
    const mid = integratedLoudness(kWeightedBlocks(sine(997, 0.5, 2)));
    expect(mid - low).toBeGreaterThan(0.8);
    expect(high - mid).toBeGreaterThan(2.5);
  });

  it("gates out pauses, so a line with a long silence in it reads about as loud as without", () => {
    const tone = kWeightedBlocks(sine(997, 0.1, 2));
    const withPause = new Float64Array(tone.length * 2 + 60);
    withPause.set(tone, 0);
    withPause.set(tone, tone.length + 60);
    const ungated = lufsOfMeanSquare(withPause.reduce((a, b) => a + b, 0) / withPause.length);
    const gated = integratedLoudness(withPause);
    // Only the blocks straddling the edges of the pause count against it.
    expect(gated).toBeGreaterThan(-23.01 - 0.8);
    expect(gated - ungated).toBeGreaterThan(3);
    expect(integratedLoudness(new Float64Array(40))).toBe(Number.NEGATIVE_INFINITY);
    expect(lufsOfMeanSquare(meanSquareOfLufs(-20))).toBeCloseTo(-20, 9);
  });
});

describe("the word error rate of the intelligibility gate", () => {
  it("normalises case and punctuation and keeps contractions as written", () => {
    expect(normaliseWords("Don't stop! Straight up the avenue, Henry.")).toEqual(["don't", "stop", "straight", "up", "the", "avenue", "henry"]);
    expect(normaliseWords("Right—into the courtyard! ‘Cut’ through")).toEqual(["right", "into", "the", "courtyard", "cut", "through"]);
  });

  it("counts substitutions, deletions and insertions against the words said", () => {
    expect(wordErrorRate("Keep up, Henry!", "keep up henry")).toBe(0);
    // "they're" heard as "they are": one substitution and one insertion in five words.
    expect(wordErrorRate("They're right behind you, Henry!", "they are right behind you henry")).toBeCloseTo(2 / 5, 9);
    expect(wordErrorRate("Move!", "")).toBe(1);
    expect(wordErrorRate("Go loud.", "go go go loud")).toBe(1);
    expect(() => wordErrorRate("...", "x")).toThrow(/no words/);
  });
});
