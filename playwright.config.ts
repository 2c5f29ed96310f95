import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { e2eDataDir, e2ePort } from "./e2e/e2e-data-dir";

// Debian's Chromium (or CHROMIUM_PATH); Playwright's own browser where it was installed.
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const port = e2ePort();

export default defineConfig({
  testDir: "e2e",
  // The screenshots have their own config (playwright.screenshots.config.ts, npm run screenshots).
  testIgnore: "screenshots/**",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the closing line of `npm test` (scripts/test-all.ts).
  reporter: [["list"], ["json", { outputFile: ".test-reports/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    // The fixtures (e2e/fixtures.ts) remove the users they create from this folder's database.
    env: { E2E_DATA_DIR: e2eDataDir(port) },
    url: `http://127.0.0.1:${port}/sign-in`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
