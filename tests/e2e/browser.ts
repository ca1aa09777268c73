import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type ConsoleMessage, type Page, type Request } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "../../scripts/chromium";

/** The budgets for one frame, every pass included. */
export const MAX_DRAW_CALLS = 150;
export const MAX_TRIANGLES = 600_000;

/** A page on the production build with its console errors and warnings collected. */
export interface OpenedPage {
  page: Page;
  /** Console errors, warnings (three.js deprecations, WebGL complaints) and page errors: a clean run has none. */
  errors: string[];
  /** Its console warnings alone (also kept for the file's check, `pageChecks.ts`). */
  warnings: string[];
}

/**
 * What every page a test file opened must not do; `pageChecks.ts` fails the file when any
 * is left. `warnings`: console warnings (three.js warns about removed or missing features
 * this way, and our code has no business warning in a good run). `csp`: Content Security
 * Policy violations. `offOrigin`: requests to anywhere but the page's own origin. A test
 * that provokes one on purpose takes it out of the list.
 */
export const pageProblems = { warnings: [] as string[], csp: [] as string[], offOrigin: [] as string[] };

// The page reports each policy violation as a console warning with this prefix.
const CSP_PREFIX = "csp violation:";

/**
 * Collects a page's console errors and warnings (both into `errors`), uncaught exceptions,
 * its policy violations and its requests to other origins (all but the errors also into
 * `pageProblems`, which every test file checks whether or not the test reads `errors`).
 */
export async function watchConsole(page: Page, label: string, origin = new URL(inject("baseUrl")).origin): Promise<{ errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  await page.addInitScript((prefix) => {
    document.addEventListener("securitypolicyviolation", (e) => console.warn(`${prefix} ${e.effectiveDirective} ${e.blockedURI}`));
  }, CSP_PREFIX);
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`);
    if (m.type() !== "warning") return;
    if (m.text().startsWith(CSP_PREFIX)) pageProblems.csp.push(`${label}: ${m.text()}`);
    else {
      warnings.push(m.text());
      pageProblems.warnings.push(`${label}: ${m.text()}`);
    }
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  const offOrigin = (r: Request) => `${label}: ${r.method()} ${r.url()}`;
  page.on("request", (r) => {
    const url = r.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) pageProblems.offOrigin.push(offOrigin(r));
  });
  // One the policy stopped never left the page (the violation is reported instead).
  page.on("requestfailed", (r) => {
    const why = r.failure()?.errorText ?? "";
    if (why !== "csp" && !why.includes("BLOCKED_BY_CSP")) return;
    const i = pageProblems.offOrigin.indexOf(offOrigin(r));
    if (i >= 0) pageProblems.offOrigin.splice(i, 1);
  });
  return { errors, warnings };
}

/**
 * Takes the warnings a test provokes on purpose (matching `pattern`) out of the page's
 * lists and the file's check; returns how many there were.
 */
export function expectedWarnings(opened: OpenedPage, pattern: RegExp): number {
  const drop = (list: string[]) => {
    const before = list.length;
    const kept = list.filter((w) => !pattern.test(w));
    list.splice(0, list.length, ...kept);
    return before - kept.length;
  };
  drop(opened.errors);
  drop(pageProblems.warnings);
  return drop(opened.warnings);
}

export async function launch(opts: { autoplay?: boolean } = {}): Promise<Browser> {
  const args = [...CHROMIUM_ARGS];
  if (opts.autoplay !== false) args.push("--autoplay-policy=no-user-gesture-required");
  return chromium.launch({ executablePath: inject("chromiumPath"), headless: true, args });
}

/** The page opened last: closed when the next opens, so only one page renders at a time. */
let current: BrowserContext | null = null;

/**
 * Opens `path` (relative to the served build) in a 640x360 page (or `viewport`, a touch screen with `hasTouch`) and records errors and warnings.
 * Software WebGL is slow, so unless `defaults` is set the page starts with shadows off
 * (a player setting, seeded into `headcam.settings`); budget tests keep the defaults.
 */
export async function open(
  browser: Browser,
  path: string,
  base = inject("baseUrl"),
  opts: { defaults?: boolean; viewport?: { width: number; height: number }; hasTouch?: boolean } = {},
): Promise<OpenedPage> {
  await current?.close().catch(() => {});
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 640, height: 360 }, hasTouch: opts.hasTouch ?? false });
  current = context;
  if (!opts.defaults) {
    await context.addInitScript(() => {
      try {
        if (!localStorage.getItem("headcam.settings")) localStorage.setItem("headcam.settings", JSON.stringify({ version: 1, shadows: "off" }));
      } catch {
        // about:blank has no storage; the game's page will.
      }
    });
  }
  const page = await context.newPage();
  const watched = await watchConsole(page, path, new URL(base).origin);
  await page.goto(new URL(path, base).toString());
  return { page, ...watched };
}

/**
 * Saves a screenshot outside the repository (HEADCAM_SHOTS or the temp dir) and returns its
 * path. Headless Chromium under load sometimes cannot capture a frame; a screenshot is a
 * record for people, not an assertion, so it retries and then only warns.
 */
export async function shot(page: Page, name: string): Promise<string> {
  const path = join(inject("shotsDir"), `${name}.png`);
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await page.screenshot({ path, timeout: 10_000 });
      return path;
    } catch (e) {
      if (attempt === 3) console.warn(`screenshot ${name} not saved: ${e instanceof Error ? e.message.split("\n")[0] : e}`);
      else await page.waitForTimeout(300);
    }
  }
  return path;
}

/** Waits until the game has rendered `n` more frames. */
export async function waitFrames(page: Page, n: number, timeoutMs = 30_000): Promise<void> {
  const start = await page.evaluate(() => window.headcam.stats().frames);
  await page.waitForFunction((target) => window.headcam.stats().frames >= target, start + n, { timeout: timeoutMs });
}
