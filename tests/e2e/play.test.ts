import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSim } from "../../src/sim/createSim";
import { neutralCmd } from "../../src/sim/input/InputCmd";
import { replayTake, type Take } from "../../src/sim/input/Take";
import { PieceAutopilot } from "../../src/sim/script/PieceAutopilot";
import type { Sim } from "../../src/sim/SimTypes";
import { levelForPiece } from "../../src/sim/world/levels/index";
import { launch, open, shot, waitFrames } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Share of sampled pixels that differ from the first one: 0 for a blank canvas. */
async function canvasVariety(page: import("playwright-core").Page): Promise<number> {
  const png = await page.locator("canvas.game").screenshot();
  // Count distinct bytes in a coarse sample of the PNG's decoded-by-browser pixels.
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = 64;
    c.height = 36;
    const g = c.getContext("2d")!;
    g.drawImage(img, 0, 0, 64, 36);
    const d = g.getImageData(0, 0, 64, 36).data;
    const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 4) colours.add((d[i] >> 3) * 1024 + (d[i + 1] >> 3) * 32 + (d[i + 2] >> 3));
    return colours.size;
  }, png.toString("base64"));
}

describe("playing the street in headless Chromium (production build)", () => {
  it("click to start, hold W for a second: the player walks forward and frames are drawn", async () => {
    const { page, errors } = await open(browser, "?piece=street");
    await page.waitForSelector('[data-screen="start"]');
    expect(await page.evaluate(() => typeof window.headcam)).toBe("object");
    await shot(page, "play-click-to-start");
    await page.mouse.click(320, 180);
    await page.waitForFunction(() => window.headcam.state().mode === "play" && !window.headcam.state().paused);
    await waitFrames(page, 10);
    const before = await page.evaluate(() => window.headcam.state());
    expect(before.player.grounded).toBe(true);
    // Hold W for one second of game time (60 ticks): software rendering may draw only a
    // few frames a second here, and the loop clamps long frames, so wall time would lie.
    await page.keyboard.down("KeyW");
    await page.waitForFunction((t) => window.headcam.state().tick >= t + 60, before.tick, { timeout: 60_000 });
    await page.keyboard.up("KeyW");
    await waitFrames(page, 5);
    const after = await page.evaluate(() => window.headcam.state());
    // Yaw 0 looks down -Z: walking forward decreases z (about 4.5 m in a second).
    const yaw = (before.camera.yawDeg * Math.PI) / 180;
    const dx = after.player.position[0] - before.player.position[0];
    const dz = after.player.position[2] - before.player.position[2];
    const forward = -Math.sin(yaw) * dx - Math.cos(yaw) * dz;
    expect(forward).toBeGreaterThan(2.5);
    expect(after.tick).toBeGreaterThan(before.tick + 60);
    const stats = await page.evaluate(() => window.headcam.stats());
    expect(stats.frames).toBeGreaterThan(10);
    expect(stats.drawCalls).toBeGreaterThan(0);
    expect(stats.triangles).toBeGreaterThan(0);
    expect(await canvasVariety(page)).toBeGreaterThan(20);
    await shot(page, "play-after-walk");
    expect(errors).toEqual([]);
  });

  it("a bad piece shows a message naming it, not a blank page, and leads to the title", async () => {
    const { page, errors } = await open(browser, "?piece=moon&speed=99");
    await page.waitForSelector('[data-screen="message"]');
    const text = (await page.locator('[data-screen="message"]').textContent()) ?? "";
    expect(text).toContain('piece="moon" is not a set piece');
    expect(text).toContain('speed="99"');
    expect(await page.evaluate(() => window.headcam.state().mode)).toBe("title");
    await shot(page, "bad-piece");
    await page.click('[data-action="message"]');
    await page.waitForSelector('[data-screen="title"]');
    expect(errors).toEqual([]);
  });

  it("the title lists all five set pieces in story order, all playable, and offers the whole day", async () => {
    const { page } = await open(browser, "");
    await page.waitForSelector('[data-screen="title"]');
    const pieces = await page.evaluate(() => window.headcam.pieces());
    expect(pieces.map((p) => p.id)).toEqual(["awakening", "street", "office", "rooftops", "army"]);
    expect(pieces.filter((p) => p.available).map((p) => p.id)).toEqual(["awakening", "street", "office", "rooftops", "army"]);
    expect(await page.locator('[data-action="day"]').textContent()).toBe("Play the whole day");
    await shot(page, "title");
  });

  it("the built site works from a sub-path", async () => {
    const { createServer } = await import("node:http");
    const { readFile } = await import("node:fs/promises");
    const { join, normalize } = await import("node:path");
    const dist = join(__dirname, "../../dist");
    const server = createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://x");
      if (!url.pathname.startsWith("/games/headcam/")) {
        res.writeHead(404).end();
        return;
      }
      const rel = normalize(url.pathname.slice("/games/headcam/".length) || "index.html").replace(/^(\.\.[/\\])+/, "");
      try {
        const body = await readFile(join(dist, rel));
        const type = rel.endsWith(".js") ? "text/javascript" : rel.endsWith(".css") ? "text/css" : rel.endsWith(".html") ? "text/html" : "application/octet-stream";
        res.writeHead(200, { "content-type": type }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const { page, errors } = await open(browser, "?piece=street&autopilot=1", `http://127.0.0.1:${port}/games/headcam/`);
      await page.waitForFunction(() => window.headcam?.state().mode === "play", undefined, { timeout: 60_000 });
      await waitFrames(page, 5);
      expect((await page.evaluate(() => window.headcam.stats())).drawCalls).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      server.close();
    }
  });
});

const fighting = (sim: Sim): boolean => sim.combat.mercs.some((m) => m.active && m.alive && ["shoot", "chase", "cover", "flank"].includes(m.state));

/** The first seed and tick (after the first 10 s) from which the street's autopilot fights for `forTicks` ticks on end. */
function fightStartingTick(seeds: number[], forTicks: number): { seed: number; fightAt: number } {
  for (const seed of seeds) {
    const sim = createSim({ level: levelForPiece("street", seed)!, seed, piece: "street" });
    const pilot = new PieceAutopilot(sim);
    const cmd = neutralCmd();
    let since = -1;
    for (let t = 1; t <= 240 * 60 && !sim.script?.finished; t++) {
      sim.step(pilot.next(cmd));
      sim.events.clear();
      if (!fighting(sim)) since = -1;
      else if (since < 0) since = t;
      if (since > 600 && t - since >= forTicks) {
        sim.dispose();
        return { seed, fightAt: since };
      }
    }
    sim.dispose();
  }
  throw new Error(`no fight of ${forTicks} ticks on seeds ${seeds.join(", ")}`);
}

describe("when WebGL goes away", () => {
  it("a context lost mid-fight pauses the run with a message; given back, the same run goes on and draws", async () => {
    const browser2 = await launch();
    try {
      // The core is the same in node: find a fight the autopilot stays in for 1.5 s, so a
      // context lost at its start (a frame at speed=4 runs at most 60 ticks) is lost mid-fight.
      const { seed, fightAt } = fightStartingTick([3, 5, 7, 11, 13], 90);
      const { page, errors } = await open(browser2, `?piece=street&autopilot=1&speed=4&seed=${seed}`);
      await page.waitForFunction(() => window.headcam?.state().mode === "play", undefined, { timeout: 60_000 });
      const lostHandle = await page.waitForFunction(
        (from) => {
          const t = window.headcam.state().tick;
          if (t < from) return false;
          const gl = (document.querySelector("canvas.game") as HTMLCanvasElement).getContext("webgl2");
          const ext = gl?.getExtension("WEBGL_lose_context");
          (window as unknown as { lose: unknown }).lose = ext;
          ext?.loseContext();
          return t;
        },
        fightAt,
        { timeout: 180_000 },
      );
      const lostAt = (await lostHandle.jsonValue()) as number;
      await page.waitForSelector('[data-screen="message"]');
      expect((await page.locator(".panel.message").textContent()) ?? "").toContain("graphics context was lost");
      const lost = await page.evaluate(() => ({ st: window.headcam.state(), stats: window.headcam.stats() }));
      await page.waitForTimeout(1500);
      const still = await page.evaluate(() => ({ st: window.headcam.state(), stats: window.headcam.stats() }));
      // Nothing steps or draws while it is gone.
      expect(still.st.tick).toBe(lost.st.tick);
      expect(still.stats.frames).toBe(lost.stats.frames);
      await shot(page, "context-lost");

      await page.evaluate(() => (window as unknown as { lose: { restoreContext(): void } }).lose.restoreContext());
      await page.waitForSelector('[data-screen="message"]', { state: "detached", timeout: 30_000 });
      await page.waitForFunction((t) => window.headcam.state().tick > t + 240, lost.st.tick, { timeout: 120_000 });
      await waitFrames(page, 3, 60_000);
      const after = await page.evaluate(() => ({ st: window.headcam.state(), stats: window.headcam.stats() }));
      expect(after.stats.frames).toBeGreaterThan(still.stats.frames + 3);
      expect(after.stats.drawCalls).toBeGreaterThan(0);
      expect(after.stats.triangles).toBeGreaterThan(0);
      expect(await canvasVariety(page)).toBeGreaterThan(20);
      await shot(page, "context-restored");

      // The same run and its take: replayed in node it ends in the browser's state hash,
      // and at the tick the context went the fight was on.
      const rec = (await page.evaluate(() => window.headcam.take())) as { take: Take; stateHash: string };
      expect(rec.take.ticks).toBeGreaterThan(lost.st.tick + 240);
      const node = replayTake(rec.take);
      expect(node.stateHash).toBe(rec.stateHash);
      node.sim.dispose();
      const prefix = replayTake({ ...rec.take, ticks: lostAt, cmds: rec.take.cmds.slice(0, lostAt) });
      expect(fighting(prefix.sim)).toBe(true);
      prefix.sim.dispose();
      expect(errors.filter((e) => !/context/i.test(e))).toEqual([]);
    } finally {
      await browser2.close();
    }
  }, 300_000);
});
