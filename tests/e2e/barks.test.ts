import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPEAKER_COLORS } from "../../src/ui/speakerColors";
import { launch, open, shot } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const rgb = (hex: string) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe("mercenaries' barks in the browser", () => {
  it("subtitles and sound captions show a bark as translated from Russian, in the mercenaries' colour", async () => {
    const { page, errors } = await open(browser, "?piece=street&autopilot=1&speed=8");
    // Captions of sounds on (a player setting), so the bark is captioned with its direction too.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem("headcam.settings") ?? "{}");
      localStorage.setItem("headcam.settings", JSON.stringify({ ...s, version: 1, soundCaptions: true }));
    });
    await page.reload();
    // Polled every frame, and read in the same frame the bark is found: a bark's subtitle
    // lasts about a second and a half of game time (under 0.2 s at speed 8), and a line of
    // Jimmy's takes the subtitle over when he speaks.
    const found = await page.waitForFunction(
      () => {
        const sub = document.querySelector(".subtitle:not([hidden])");
        const text = sub?.querySelector(".text")?.textContent;
        if (!sub || !text?.startsWith("[in Russian] ")) return null;
        const speaker = sub.querySelector(".speaker") as HTMLElement;
        return {
          speaker: speaker.textContent,
          color: speaker.style.color,
          text,
          captions: [...document.querySelectorAll(".sound-caption:not([hidden])")].map((e) => e.textContent ?? ""),
        };
      },
      undefined,
      { timeout: 110_000, polling: "raf" },
    );
    const seen = await found.jsonValue();
    if (!seen) throw new Error("the wait ended without a bark");
    await shot(page, "street-bark-subtitle");
    expect(seen.speaker).toBe("Mercenary: ");
    expect(seen.color).toBe(rgb(SPEAKER_COLORS.merc));
    expect(seen.text).toMatch(/^\[in Russian\] [A-Z][A-Za-z' !]+$/);
    expect(seen.captions.some((c) => /^\[in Russian\] .+ \((ahead|left|right|behind)\)$/.test(c))).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);
});
