import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run screenshots`: the README's pictures, taken by browser tests against the built app on
 * the same throwaway server as the browser tests, with the same fixtures and helpers, so that
 * they stay current with the product. `npm test` does not run them (playwright.config.ts ignores
 * e2e/screenshots/).
 */
export default defineConfig({
  ...base,
  testDir: "e2e/screenshots",
  testIgnore: [],
  workers: 1,
  timeout: 180_000,
  reporter: [["list"]],
});
