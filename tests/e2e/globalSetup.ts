import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { build, preview } from "vite";
import { ensureChromium } from "../../scripts/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    shotsDir: string;
  }
}

/**
 * Builds the production bundle once and serves it with vite preview on a free port;
 * the browser tests drive that real bundle in headless Chromium.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  await build({ logLevel: "warn", mode: "production" });
  const server = await preview({ preview: { host: "127.0.0.1", port: 0, strictPort: false }, logLevel: "warn" });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("preview server has no port");
  const shotsDir = process.env.HEADCAM_SHOTS ?? join(tmpdir(), "headcam-shots");
  mkdirSync(shotsDir, { recursive: true });
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  project.provide("chromiumPath", chromiumPath);
  project.provide("shotsDir", shotsDir);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
