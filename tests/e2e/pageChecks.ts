import { afterAll, expect } from "vitest";
import { pageProblems } from "./browser";

// Runs after every browser test file (vitest.config.ts, setupFiles): no page it opened
// printed a console warning (three.js deprecations and missing extensions, our own code),
// broke the Content Security Policy or asked another origin for anything.
afterAll(() => {
  expect(pageProblems.warnings, "console warnings in the pages this file opened").toEqual([]);
  expect(pageProblems.csp, "Content Security Policy violations").toEqual([]);
  expect(pageProblems.offOrigin, "requests to another origin").toEqual([]);
});
