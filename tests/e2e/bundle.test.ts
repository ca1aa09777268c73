import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIST = join(__dirname, "../../dist");

/** The JavaScript the game page loads before anything lazy: its entry and modulepreloads. */
function gamePageScripts(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(srcs)].map((s) => join(DIST, s.replace(/^\.\//, "")));
}

function gzippedBytes(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}

describe("bundle budget (bytes do not depend on the machine)", () => {
  it("the game page's JavaScript stays under 400 KB gzipped", () => {
    const files = gamePageScripts();
    expect(files.length).toBeGreaterThan(0);
    const bytes = gzippedBytes(files);
    console.log(`game page JS: ${files.length} file(s), ${(bytes / 1024).toFixed(1)} KB gzipped`);
    expect(bytes).toBeLessThan(400 * 1024);
  });

  it("the video encoder (mediabunny) loads only when a video is rendered: not in the game page's scripts, in a lazy chunk", () => {
    // "Matroska" appears only in mediabunny's WebM muxer.
    for (const f of gamePageScripts()) expect(readFileSync(f, "utf8").includes("Matroska"), f).toBe(false);
    const chunks = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js") && readFileSync(join(DIST, "assets", f), "utf8").includes("Matroska"));
    expect(chunks.length).toBe(1);
  });
});
