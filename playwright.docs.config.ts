// `npm run docs:screenshots`: the README's screenshots (e2e/readme-screenshots.ts), against the same
// fresh, seeded server as the browser tests; never part of `npm test`, which writes no tracked file.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const chromium = base.projects!.find((project) => project.name === 'chromium')!;

export default defineConfig({
  ...base,
  testMatch: 'readme-screenshots.ts',
  projects: [{ name: 'docs', use: chromium.use }],
});
