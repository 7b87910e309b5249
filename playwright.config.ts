import { randomBytes } from 'node:crypto';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium-path.cjs';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const isCI = !!process.env.CI;
// The browser tests sign in as the first admin: a fresh random password per run, set here once
// (workers inherit it) and handed to scripts/setup-db.ts, which creates the admin with it.
process.env.E2E_ADMIN_PASSWORD ??= randomBytes(18).toString('base64url');

const ADMIN_SPECS = /(admin|admin-accessibility|import|draft|shapes)\.spec\.ts/;

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    // $CHROMIUM_PATH, /usr/bin/chromium or Playwright's chromium; undefined = Playwright's default
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  },
};

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
    { name: 'chromium', testIgnore: ADMIN_SPECS, use: chromium },
    // The admin journeys add and change items, so they run after the journeys that count the seed.
    { name: 'admin', testMatch: ADMIN_SPECS, dependencies: ['chromium'], use: chromium },
  ],
  webServer: {
    command: 'node --import tsx scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    env: { PORT: String(PORT), SITMAP_FIRST_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD },
    reuseExistingServer: false,
    timeout: 180_000,
    // SIGTERM (not Playwright's default SIGKILL) so e2e-server.mjs can stop next and delete its temp dir
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
