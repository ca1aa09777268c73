import { defineConfig } from "vitest/config";

// `npm run test:firefox`: the cross-engine take test in Firefox ESR (tests/firefox), kept
// out of `npm test` for its minutes of software rendering; CI runs both (.ci/run).
export default defineConfig({
  test: {
    name: "firefox",
    include: ["tests/firefox/**/*.test.ts"],
    environment: "node",
    testTimeout: 420_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
