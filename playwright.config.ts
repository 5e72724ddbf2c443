import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// Against the production build (`next build` runs before this, see scripts/test.mjs), on Debian's
// Chromium when it is installed; never a downloaded browser.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;

export default defineConfig({
  testDir: "e2e",
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/fa/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
