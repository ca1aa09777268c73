import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's packages for Firefox with software WebGL on a virtual display. */
export const FIREFOX_PACKAGES = ["firefox-esr", "xvfb", "libgl1-mesa-dri", "libegl1"];
const FIREFOX = ["/usr/bin/firefox-esr", "/usr/bin/firefox"];
const XVFB = "/usr/bin/Xvfb";

/** The Firefox the cross-engine test drives: $FIREFOX_PATH, then the system's; null when none (or no Xvfb). */
export function findFirefox(): string | null {
  if (!existsSync(XVFB)) return null;
  const env = process.env.FIREFOX_PATH;
  if (env && existsSync(env)) return env;
  return FIREFOX.find((p) => existsSync(p)) ?? null;
}

/**
 * Finds Firefox and Xvfb, or installs Debian's packages when running as root on a
 * Debian-like machine (as CI does). Elsewhere it throws with the exact command to run.
 */
export function ensureFirefox(log: (s: string) => void = console.log): string {
  const found = findFirefox();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    log(`Firefox or Xvfb not found: installing Debian's ${FIREFOX_PACKAGES.join(" ")} with apt-get (once per machine)…`);
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...FIREFOX_PACKAGES], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const after = findFirefox();
    if (after) return after;
  }
  throw new Error(
    `The Firefox test needs Firefox ESR and Xvfb and they were not found. Install them with\n  sudo apt-get install -y ${FIREFOX_PACKAGES.join(" ")}\nor point FIREFOX_PATH at a Firefox binary.`,
  );
}

/**
 * Starts a virtual X display (what `xvfb-run` does): headless Firefox has no WebGL, so it
 * runs headful on this display with Mesa's software renderer. `stop()` ends it.
 */
export async function startXvfb(): Promise<{ display: string; stop(): void }> {
  const proc: ChildProcess = spawn(XVFB, ["-displayfd", "1", "-screen", "0", "1280x720x24", "-nolisten", "tcp"], { stdio: ["ignore", "pipe", "ignore"] });
  const display = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("Xvfb did not report a display within 20 s")), 20_000);
    proc.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /^(\d+)\s*$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`:${m[1]}`);
      }
    });
    proc.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before it gave a display`));
    });
  });
  return { display, stop: () => proc.kill("SIGTERM") };
}
