import { describe, expect, it } from "vitest";
import { CAST } from "../../src/content/cast";
import { SPEAKER_COLORS } from "../../src/ui/speakerColors";
import { contrast, type Deficiency, deltaE2000, deltaE2000Lab, hexToRgb, lab, simulate } from "./colorVision";

const VIEWS: Deficiency[] = ["normal", "protan", "deutan", "tritan"];
// The subtitle box is black at 72 % over the scene: over a white sky it is this grey, its worst case.
const BOX_OVER_WHITE = hexToRgb("#474747");

describe("the colour arithmetic the subtitle test relies on", () => {
  it("matches published values", () => {
    // Sharma, Wu and Dalal's CIEDE2000 test data, pairs 1 and 7.
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaE2000Lab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(lab([255, 255, 255])[0]).toBeCloseTo(100, 2);
    expect(contrast([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 5);
  });

  it("simulates red-green and blue-yellow blindness: the confused pairs collapse", () => {
    const red = hexToRgb("#d03030");
    const green = hexToRgb("#30a030");
    const blue = hexToRgb("#3070ff");
    const teal = hexToRgb("#30b0a0");
    const normalRg = deltaE2000(red, green);
    expect(deltaE2000(simulate(red, "deutan"), simulate(green, "deutan"))).toBeLessThan(normalRg / 2.5);
    expect(deltaE2000(simulate(red, "protan"), simulate(green, "protan"))).toBeLessThan(normalRg / 2);
    expect(deltaE2000(simulate(blue, "tritan"), simulate(teal, "tritan"))).toBeLessThan(deltaE2000(blue, teal) / 2);
    // Greys are left alone.
    expect(simulate([128, 128, 128], "deutan").map(Math.round)).toEqual([128, 128, 128]);
  });
});

describe("speaker colours in subtitles, for colour-blind players too", () => {
  const speakers = CAST.filter((c) => c.speaks).map((c) => c.id);
  const rows = VIEWS.map((view) => ({ view, colors: speakers.map((s) => simulate(hexToRgb(SPEAKER_COLORS[s]), view)) }));

  it("keeps every pair of speakers apart (CIEDE2000 at least 15) in normal, protan, deutan and tritan vision", () => {
    const close: string[] = [];
    for (const { view, colors } of rows) {
      for (let i = 0; i < colors.length; i++) {
        for (let j = i + 1; j < colors.length; j++) {
          const d = deltaE2000(colors[i], colors[j]);
          if (d < 15) close.push(`${view}: ${speakers[i]}/${speakers[j]} ${d.toFixed(1)}`);
        }
      }
    }
    expect(close).toEqual([]);
  });

  it("reads every name at 4.5:1 or better on the subtitle box over a white sky, in every simulation", () => {
    const low = rows.flatMap(({ view, colors }) =>
      colors.map((c, i) => [view, speakers[i], contrast(c, BOX_OVER_WHITE)] as const).filter(([, , r]) => r < 4.5),
    );
    expect(low).toEqual([]);
  });
});
