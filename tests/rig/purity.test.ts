import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    // Dot-named entries are the import probes tests/arch writes for a moment.
    if (f.startsWith(".")) return [];
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("src/rig is pure (src/rig/README.md)", () => {
  const sources = files("src/rig");
  it("imports only itself, src/content and simplex-noise", () => {
    for (const f of sources) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
        const spec = m[1];
        const ok = spec.startsWith("./") || spec.startsWith("../content/") || spec === "simplex-noise" || (spec.startsWith("../") && f.includes("layers"));
        expect(ok, `${f} imports ${spec}`).toBe(true);
      }
    }
  });

  it("reads no clock and no Math.random; files stay small", () => {
    for (const f of sources) {
      const text = readFileSync(f, "utf8");
      expect(text, f).not.toMatch(/Math\.random|Date\.now|performance\.now|new Date/);
      expect(text.split("\n").length, f).toBeLessThan(320);
    }
  });
});
