import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIST = join(__dirname, "../../dist");

/** The JavaScript the game page loads up front: its entry script and modulepreloads. */
function gamePageScripts(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(srcs)].map((s) => join(DIST, s.replace(/^\.\//, "")));
}

/** Class names only Tweakpane's DOM uses: their presence means its code is in a file. */
const TWEAKPANE_MARKERS = ["tp-lblv", "tp-sldtxtv", "tp-fldv"];

describe("the Lab's panel code loads only in the Lab (bytes)", () => {
  it("the game page's scripts contain no Tweakpane; the Lab chunk does and is separate", () => {
    const game = gamePageScripts();
    expect(game.length).toBeGreaterThan(0);
    for (const f of game) {
      const text = readFileSync(f, "utf8");
      for (const m of TWEAKPANE_MARKERS) expect(text.includes(m), `${f} contains ${m}`).toBe(false);
    }
    const assets = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
    const labChunks = assets.filter((f) => TWEAKPANE_MARKERS.every((m) => readFileSync(join(DIST, "assets", f), "utf8").includes(m)));
    expect(labChunks.length).toBe(1);
    expect(game.map((g) => g.split("/").pop())).not.toContain(labChunks[0]);
    const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
    const gameBytes = game.reduce((s, f) => s + gz(f), 0);
    const labBytes = gz(join(DIST, "assets", labChunks[0]));
    console.log(`game page JS ${(gameBytes / 1024).toFixed(1)} KB gz; Lab chunk ${labChunks[0]} ${(labBytes / 1024).toFixed(1)} KB gz`);
  });
});
