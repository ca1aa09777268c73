import { ensureFirefox } from "./firefox";

// Run by `npm run test:firefox` before vitest, so the Firefox test never skips silently.
try {
  const path = ensureFirefox();
  console.log(`Firefox for the cross-engine test: ${path}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
