import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Where a Chromium may live, in the order they are tried after $CHROME_PATH. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The Chromium the browser tests drive: $CHROME_PATH, then the system's; null when none. */
export function findChromium(): string | null {
  const env = process.env.CHROME_PATH;
  if (env && existsSync(env)) return env;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Flags checked on this kind of machine (Debian's chromium, headless, no GPU, often run as
 * root): no sandbox, nothing fetched or synced in the background, and WebGL through
 * SwiftShader, the software renderer.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--ignore-gpu-blocklist",
];

/**
 * Finds Chromium, or installs Debian's package when running as root on a Debian-like
 * machine (as CI does). Elsewhere it throws with the exact command to run.
 */
export function ensureChromium(log: (s: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    log("Chromium not found: installing Debian's chromium with apt-get (once per machine)…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const after = findChromium();
    if (after) return after;
  }
  throw new Error(
    "The browser tests need Chromium and none was found. Install it with\n" +
      "  sudo apt-get install -y chromium\n" +
      "or point CHROME_PATH at a Chromium or Chrome binary.",
  );
}
