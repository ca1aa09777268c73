import { defineConfig, type Plugin } from "vite";

/**
 * The Content Security Policy of the built page: everything from the page's own origin,
 * nothing from anywhere else, no plugins, no inline or evaluated script. Each exception:
 * - img-src data: the favicon is `data:,` (no request for /favicon.ico), and vite inlines
 *   images under 4 KB as data: URLs.
 * - media-src data: howler unlocks HTML5 audio on the first click with a tiny silent WAV
 *   written as a data: URL.
 * - style-src 'unsafe-inline': the Rig Lab's panel (Tweakpane) puts its stylesheet into a
 *   <style> element at run time, and the game's screens carry style="" attributes in their
 *   markup (both refused without it: tests/e2e/csp.test.ts). Styles cannot run code, and
 *   scripts stay 'self' only.
 * Takes and presets are saved through blob: URLs on download links, which CSP does not
 * govern (nothing is fetched from them), so blob: is not allowed anywhere.
 * A <meta> policy travels with the files to any static host; frame-ancestors and
 * report-uri need a header, so they are not here. Dev (`npm run dev`) runs without it:
 * vite's client injects inline styles there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "media-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "headcam-csp",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
  };
}

// A relative base makes the built site work from any static host and any sub-path.
// The dev server listens on this machine only: serving the source to the local network
// is a choice made on purpose (`npm run dev -- --host`, README "Set up").
export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicy()],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: "localhost" },
});
