import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../vite.config";
import { launch, open, pageProblems } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The built page's Content Security Policy. That no page breaks it and none asks another
 * origin for anything is checked after every browser test file (pageChecks.ts), including
 * the whole set pieces of pieces.test.ts; here: that the policy is there and is enforced,
 * so "no violation" is not true only because nothing was watching.
 */
describe("Content Security Policy", () => {
  it("the built page carries a policy that allows only its own origin (and data: for images and sound)", () => {
    const html = readFileSync("dist/index.html", "utf8");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const policy = (meta?.[1] ?? "").replaceAll("&#39;", "'");
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    const sources = policy.split(";").flatMap((d) => d.trim().split(/\s+/).slice(1));
    // Nothing but the page's own origin, data: where justified in vite.config.ts, and no script exceptions.
    expect(new Set(sources)).toEqual(new Set(["'self'", "'unsafe-inline'", "data:", "'none'"]));
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    // It comes before the scripts it governs.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("the browser enforces it: a script or image from another origin is refused and reported", async () => {
    const { page } = await open(browser, "?piece=street");
    await page.waitForSelector('[data-screen="start"]');
    const before = pageProblems.csp.length;
    await page.evaluate(() => {
      const img = new Image();
      img.src = "http://127.0.0.2:9/elsewhere.png";
      const s = document.createElement("script");
      s.textContent = "window.inlineRan = true";
      document.body.append(img, s);
    });
    await expect.poll(() => pageProblems.csp.length - before, { timeout: 10_000 }).toBe(2);
    const seen = pageProblems.csp.splice(before);
    expect(seen.join("\n")).toMatch(/img-src http:\/\/127\.0\.0\.2:9\/elsewhere\.png/);
    expect(seen.join("\n")).toMatch(/script-src-elem inline/);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? false)).toBe(false);
    // The refused image never reached the network either (the request failed as blocked).
    await expect.poll(() => pageProblems.offOrigin.length, { timeout: 5_000 }).toBe(0);
  });
});
