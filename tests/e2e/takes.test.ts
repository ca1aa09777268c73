import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replayTake, serializeTake, type Take } from "../../src/sim/input/Take";
import { launch, open, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("takes across engines", () => {
  it("a take recorded in the browser replays in node to the same state hash", async () => {
    const { page, errors } = await open(browser, "?piece=street&autopilot=1&speed=4&seed=7");
    await page.waitForFunction(() => window.headcam?.state().mode === "play");
    await page.waitForFunction(() => window.headcam.state().tick > 600, undefined, { timeout: 60_000 });
    const rec = (await page.evaluate(() => window.headcam.take())) as { take: Take; stateHash: string };
    expect(rec.take.ticks).toBeGreaterThan(600);
    expect(rec.take.seed).toBe(7);
    const node = replayTake(rec.take);
    expect(node.stateHash).toBe(rec.stateHash);
    expect(node.sim.tick).toBe(rec.take.ticks);
    node.sim.dispose();
    expect(errors).toEqual([]);
  });

  it("replaying a take in the browser ends where the recorded run ended", async () => {
    const { page, errors } = await open(browser, "?piece=street&autopilot=1&speed=4");
    await page.waitForFunction(() => window.headcam?.state().tick > 300, undefined, { timeout: 60_000 });
    const rec = (await page.evaluate(() => window.headcam.take())) as { take: Take; stateHash: string };
    await page.evaluate((text) => window.headcam.replay(text), serializeTake(rec.take));
    await page.waitForFunction(() => window.headcam.state().finished, undefined, { timeout: 60_000 });
    const end = await page.evaluate(() => ({ state: window.headcam.state(), hash: window.headcam.take()?.stateHash }));
    expect(end.state.tick).toBe(rec.take.ticks);
    expect(end.hash).toBe(rec.stateHash);
    await waitFrames(page, 3);
    expect(errors).toEqual([]);
  });

  it("a take from another build is refused by name and the running game is untouched", async () => {
    const { page } = await open(browser, "?piece=street&autopilot=1");
    await page.waitForFunction(() => window.headcam?.state().tick > 30, undefined, { timeout: 60_000 });
    const rec = (await page.evaluate(() => window.headcam.take())) as { take: Take; stateHash: string };
    const other = serializeTake({ ...rec.take, build: "9.9.9+sim.42" });
    const message = await page.evaluate((text) => window.headcam.replay(text).then(() => "accepted", (e: Error) => e.message), other);
    expect(message).toMatch(/9\.9\.9\+sim\.42/);
    const st = await page.evaluate(() => window.headcam.state());
    expect(st.mode).toBe("play");
    expect(st.finished).toBe(false);
  });
});
