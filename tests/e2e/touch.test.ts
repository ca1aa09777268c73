import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, open, shot, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Point = { x: number; y: number; id: number };

/** Chromium's touch emulation through the DevTools protocol: `points` are the fingers down after the event. */
async function touch(cdp: CDPSession, type: "touchStart" | "touchMove" | "touchEnd", points: Point[]): Promise<void> {
  await cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: p.id, radiusX: 8, radiusY: 8, force: 1 })) });
}

/** Metres moved along the view's forward direction (yaw 0 looks down -Z). */
function forwardM(yawDeg: number, a: number[], b: number[]): number {
  const yaw = (yawDeg * Math.PI) / 180;
  return -Math.sin(yaw) * (b[0] - a[0]) - Math.cos(yaw) * (b[2] - a[2]);
}

const turned = (a: number, b: number) => ((b - a + 540) % 360) - 180;

async function untilTick(page: Page, tick: number): Promise<void> {
  await page.waitForFunction((t) => window.headcam.state().tick >= t, tick, { timeout: 90_000, polling: 50 });
}

describe("touch controls on a phone held sideways (844x390)", () => {
  it("thumbs play the street: the left stick walks, the right half looks, fire fires, all at once", async () => {
    const { page, errors } = await open(browser, "?piece=street&touch=1", undefined, { viewport: { width: 844, height: 390 }, hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    await page.waitForSelector('[data-screen="start"]');
    await shot(page, "touch-start-844x390");
    await touch(cdp, "touchStart", [{ x: 422, y: 195, id: 1 }]);
    await touch(cdp, "touchEnd", []);
    await page.waitForFunction(() => window.headcam.state().mode === "play" && !window.headcam.state().paused, undefined, { timeout: 60_000 });
    await page.waitForSelector(".touch-controls:not([hidden])");
    await waitFrames(page, 3);
    await shot(page, "touch-play-844x390");

    // Left thumb: down on the left half, then 70 px up (the stick's radius is 60 px): full forward.
    const stick = { x: 200, y: 270, id: 1 };
    await touch(cdp, "touchStart", [stick]);
    for (let dy = 10; dy <= 70; dy += 10) await touch(cdp, "touchMove", [{ ...stick, y: stick.y - dy }]);
    const moved = { ...stick, y: stick.y - 70 };
    const a = await page.evaluate(() => window.headcam.state());
    await untilTick(page, a.tick + 90);
    const b = await page.evaluate(() => window.headcam.state());
    const walkedM = forwardM(a.camera.yawDeg, a.player.position, b.player.position);
    console.log(`touch: the left stick walked ${walkedM.toFixed(2)} m forward in ${((b.tick - a.tick) / 60).toFixed(2)} s`);
    expect(walkedM).toBeGreaterThanOrEqual(2);

    // Right thumb while the left still holds the stick: drag 120 px to the right.
    const look = { x: 560, y: 120, id: 2 };
    await touch(cdp, "touchStart", [moved, look]);
    for (let dx = 10; dx <= 120; dx += 10) {
      await touch(cdp, "touchMove", [moved, { ...look, x: look.x + dx }]);
      await page.waitForTimeout(16);
    }
    await waitFrames(page, 2);
    const c = await page.evaluate(() => window.headcam.state());
    const turnDeg = turned(b.camera.yawDeg, c.camera.yawDeg);
    console.log(`touch: 120 px on the right half turned the view ${turnDeg.toFixed(1)}°; speed while looking ${Math.hypot(c.player.velocity[0], c.player.velocity[2]).toFixed(2)} m/s`);
    // Dragging right turns right: yaw decreases.
    expect(turnDeg).toBeLessThanOrEqual(-10);
    // The first finger still walks while the second looks.
    expect(Math.hypot(c.player.velocity[0], c.player.velocity[2])).toBeGreaterThan(3);

    // A third finger taps fire while the other two stay down.
    const fire = await page.locator(".touch-fire").boundingBox();
    if (!fire) throw new Error("no fire button");
    const tap = { x: fire.x + fire.width / 2, y: fire.y + fire.height / 2, id: 3 };
    const ammo = async () => /(\d+) \/ \d+/.exec((await page.locator('[data-hud="combat"]').textContent()) ?? "")?.[1] ?? null;
    const magBefore = await ammo();
    const beforeFire = await page.evaluate(() => window.headcam.take()?.take.cmds.length ?? 0);
    await touch(cdp, "touchStart", [moved, { ...look, x: look.x + 120 }, tap]);
    await touch(cdp, "touchEnd", [moved, { ...look, x: look.x + 120 }]);
    const fireTick = await page.evaluate(() => window.headcam.state().tick);
    await untilTick(page, fireTick + 30);
    await waitFrames(page, 2);
    // The tap reached the core as the fire button (bit 3 of a take's command) ...
    const fired = await page.evaluate((from) => (window.headcam.take()?.take.cmds ?? []).slice(from).some((c) => (c[4] & 8) !== 0), Math.max(0, beforeFire - 5));
    expect(fired).toBe(true);
    // ... and Henry's pistol spent a round.
    const magAfter = await ammo();
    console.log(`touch: fire tapped, magazine ${magBefore} -> ${magAfter}`);
    expect(magBefore).not.toBeNull();
    expect(Number(magAfter)).toBeLessThan(Number(magBefore));
    await shot(page, "touch-three-fingers-844x390");
    await touch(cdp, "touchEnd", []);
    // A key press hides the touch controls (touch=1 forces them, so they stay here).
    expect(await page.locator(".touch-controls").isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("without touch=1 a touch brings the controls and a key hides them", async () => {
    const { page, errors } = await open(browser, "?piece=street", undefined, { viewport: { width: 844, height: 390 }, hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    await page.waitForSelector('[data-screen="start"]');
    await touch(cdp, "touchStart", [{ x: 422, y: 195, id: 1 }]);
    await touch(cdp, "touchEnd", []);
    await page.waitForFunction(() => window.headcam.state().mode === "play" && !window.headcam.state().paused, undefined, { timeout: 60_000 });
    await page.waitForSelector(".touch-controls:not([hidden])");
    await page.keyboard.press("KeyW");
    await page.waitForSelector(".touch-controls[hidden]", { state: "attached" });
    expect(await page.locator(".touch-controls").isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("the title, the settings and the pause menu fit 844x390 and work by tap", async () => {
    const { page, errors } = await open(browser, "?touch=1", undefined, { viewport: { width: 844, height: 390 }, hasTouch: true });
    await page.waitForSelector('[data-screen="title"]');
    await shot(page, "touch-title-844x390");
    // Every button of the title sits inside the window, none runs off the bottom.
    const boxes = await page.locator('[data-screen="title"] button:visible').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().bottom));
    expect(Math.max(...boxes)).toBeLessThanOrEqual(390);
    await page.locator('[data-action="settings"]').tap();
    await page.waitForSelector('[data-screen="settings"]');
    await shot(page, "touch-settings-844x390");
    await page.locator('[data-action="back"]').tap();
    await page.waitForSelector('[data-screen="title"]');
    // Start the street by tap, then the on-screen pause button opens a menu that fits too.
    await page.locator('[data-piece="street"]').tap();
    await page.waitForFunction(() => window.headcam.state().mode === "play" && !window.headcam.state().paused, undefined, { timeout: 60_000 });
    await page.locator(".touch-pause").tap();
    await page.waitForSelector('[data-screen="pause"]');
    const pauseBottoms = await page.locator('[data-screen="pause"] button:visible').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().bottom));
    expect(Math.max(...pauseBottoms)).toBeLessThanOrEqual(390);
    await shot(page, "touch-pause-844x390");
    await page.locator('[data-action="resume"]').tap();
    await page.waitForFunction(() => !window.headcam.state().paused);
    // The controls come back with the next frame.
    await page.waitForSelector(".touch-controls:not([hidden])");
    expect(errors).toEqual([]);
  });
});

describe("a phone held upright", () => {
  it("is asked to turn sideways", async () => {
    const { page, errors } = await open(browser, "?touch=1", undefined, { viewport: { width: 390, height: 844 }, hasTouch: true });
    await page.waitForSelector('[data-screen="title"]', { state: "attached" });
    expect(await page.locator(".rotate-prompt").isVisible()).toBe(true);
    expect(await page.textContent(".rotate-prompt")).toContain("sideways");
    await shot(page, "touch-portrait-390x844");
    expect(errors).toEqual([]);
  });
});
