import { Frustum, Matrix4, PerspectiveCamera, Vector3 } from "three";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSim } from "../../src/sim/createSim";
import { neutralCmd } from "../../src/sim/input/InputCmd";
import { serializeTake, type Take } from "../../src/sim/input/Take";
import { levelById } from "../../src/sim/world/levels/index";
import { QUALITY } from "../../src/view/quality/QualityLevels";
import { cutTake, findBodyScenes, findCastScenes, legsTake } from "./bodyScenes";
import { launch, MAX_DRAW_CALLS, MAX_TRIANGLES, open, shot, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Replays a take cut at `tick` (the game holds that frame), screenshots it as `name`. */
async function freeze(page: Page, take: Take, tick: number, name: string): Promise<void> {
  await page.evaluate((text) => window.headcam.replay(text), serializeTake(cutTake(take, tick)));
  await page.waitForFunction(() => window.headcam.state().finished, undefined, { timeout: 100_000 });
  await waitFrames(page, 2);
  expect((await page.evaluate(() => window.headcam.state())).tick).toBe(tick);
  // A cut take ends early, and the game says so on a card over the picture: set it aside
  // for the screenshot (it is the bodies that are to be looked at), then put it back.
  await page.waitForSelector('[data-screen="replay-end"]');
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-screen="replay-end"]')?.style.setProperty("visibility", "hidden"));
  await shot(page, `bodies-${name}`);
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-screen="replay-end"]')?.style.removeProperty("visibility"));
}

describe("bodies in the browser", () => {
  it("the street with 20 mercenaries in view stays within 150 draw calls and 600,000 triangles (shadows high)", async () => {
    // Pinned to the high level (its sun shadows, 2048 texels): left on auto, software WebGL
    // drops to low, which draws no shadow pass at all.
    const { page, errors } = await open(browser, "?quality=high", undefined, { defaults: true });
    await page.waitForFunction(() => typeof window.headcam?.loadLevel === "function");
    await page.evaluate(() => window.headcam.loadLevel?.("street-crowd", { timeOfDay: "morning" }));
    // The same run in node (no input: Henry stands at the spawn) says where the mercenaries are.
    const level = levelById("street-crowd", 1);
    if (!level) throw new Error("no street-crowd");
    const sim = createSim({ level, seed: 1 });
    const cmd = neutralCmd();
    cmd.yawRad = sim.player.yawRad;
    const rows: { tick: number; inView: number; drawCalls: number; triangles: number; level: string; shadowMapSize: number }[] = [];
    for (const tick of [60, 120]) {
      await page.waitForFunction((t) => window.headcam.state().tick >= t, tick, { timeout: 60_000 });
      const { s, st } = await page.evaluate(() => ({ s: window.headcam.stats(), st: window.headcam.state() }));
      while (sim.tick < st.tick) {
        sim.step(cmd);
        sim.events.clear();
      }
      const cam = new PerspectiveCamera(70, 16 / 9, 0.05, 2000);
      cam.fov = (2 * Math.atan(Math.tan((st.camera.fovDeg * Math.PI) / 360) / cam.aspect) * 180) / Math.PI;
      cam.position.set(...st.camera.position);
      cam.rotation.order = "YXZ";
      cam.rotation.set((st.camera.pitchDeg * Math.PI) / 180, (st.camera.yawDeg * Math.PI) / 180, 0);
      cam.updateMatrixWorld();
      cam.updateProjectionMatrix();
      const f = new Frustum().setFromProjectionMatrix(new Matrix4().multiplyMatrices(cam.projectionMatrix, cam.matrixWorldInverse));
      const inView = sim.combat.mercs.filter((m) => m.active && f.containsPoint(new Vector3(m.center.x, m.center.y, m.center.z))).length;
      rows.push({ tick: st.tick, inView, drawCalls: s.drawCalls, triangles: s.triangles, level: s.quality.level, shadowMapSize: s.quality.shadowMapSize });
      await shot(page, `bodies-crowd-${tick}`);
    }
    sim.dispose();
    console.log(JSON.stringify(rows));
    for (const r of rows) {
      expect(r.inView).toBe(20);
      expect([r.level, r.shadowMapSize]).toEqual(["high", QUALITY.high.shadowMapSize]);
      expect(r.drawCalls).toBeLessThanOrEqual(MAX_DRAW_CALLS);
      expect(r.triangles).toBeLessThanOrEqual(MAX_TRIANGLES);
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it("a mercenary at about 5 m: running, aiming, hit, down (screenshots to look at)", async () => {
    const s = findBodyScenes();
    const { page, errors } = await open(browser, "?speed=20");
    await page.waitForFunction(() => typeof window.headcam?.replay === "function");
    for (const name of ["running", "aiming", "hit", "down"] as const) await freeze(page, s.take, s[name], `merc-${name}`);
    expect(errors).toEqual([]);
  }, 300_000);

  it("the cast: Estelle fitting the arm and the leg in the lab; Jimmy waving Henry on and pointing the way (screenshots)", async () => {
    const c = findCastScenes();
    const { page, errors } = await open(browser, "?speed=20");
    await page.waitForFunction(() => typeof window.headcam?.replay === "function");
    await freeze(page, c.awakening, c.fitArm, "estelle-arm");
    await freeze(page, c.awakening, c.fitLeg, "estelle-leg");
    for (const name of ["jimmyWave", "jimmyPoint"] as const) await freeze(page, c.street, c[name], name);
    expect(errors).toEqual([]);
  }, 300_000);

  it("Henry's legs, looking down while walking (screenshots)", async () => {
    const take = legsTake();
    const { page, errors } = await open(browser, "?speed=20");
    await page.waitForFunction(() => typeof window.headcam?.replay === "function");
    await freeze(page, take, 100, "henry-legs");
    expect(errors).toEqual([]);
  }, 200_000);
});
