import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/chromium-path.cjs';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const isCI = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 20_000 },
  retries: isCI ? 1 : 0,
  // Software WebGL uses a whole core per browser: one at a time keeps map timings honest.
  workers: 1,
  forbidOnly: isCI,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          // $CHROMIUM_PATH, /usr/bin/chromium or Playwright's chromium; undefined = Playwright's default
          executablePath: findChromium(),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 180_000,
    // SIGTERM (not Playwright's default SIGKILL) so e2e-server.mjs can stop next and delete its temp dir
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
