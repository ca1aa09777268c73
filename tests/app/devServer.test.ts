import type { AddressInfo } from "node:net";
import { createServer, type ViteDevServer } from "vite";
import { afterEach, describe, expect, it } from "vitest";

let server: ViteDevServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** Starts the dev server from the project's own vite.config.ts, on a free port. */
async function startDev(overrides: { host?: string | boolean } = {}): Promise<AddressInfo> {
  server = await createServer({ configFile: "vite.config.ts", logLevel: "silent", server: { port: 0, strictPort: false, ...overrides }, optimizeDeps: { noDiscovery: true } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("the dev server has no address");
  return address;
}

describe("npm run dev", () => {
  it("listens on this machine only by default, and serves the page there", async () => {
    const address = await startDev();
    // Loopback only: 127.0.0.1 or ::1, never 0.0.0.0 / :: (every interface).
    expect(["127.0.0.1", "::1"]).toContain(address.address);
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    const page = await fetch(`http://${host}:${address.port}/`).then((r) => r.text());
    expect(page).toContain("<title>HEADCAM</title>");
  });

  it("opens to the network only when asked (--host)", async () => {
    const address = await startDev({ host: true });
    expect(["0.0.0.0", "::"]).toContain(address.address);
  });
});
