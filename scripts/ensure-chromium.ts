import { ensureChromium } from "./chromium";

// Run by `npm test` before vitest, so the browser tests never skip silently.
try {
  const path = ensureChromium();
  console.log(`Chromium for the browser tests: ${path}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
