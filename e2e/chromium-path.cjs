// Where to find a Chromium for Playwright. Plain Node (CommonJS), no dependencies, no side effects:
// shared by playwright.config.ts and scripts/ensure-browser.mjs so the lookup order lives here only.
// CommonJS rather than .mjs on purpose: Playwright's require hook transpiles an .mjs imported by the
// config into CommonJS, which Node 20.19+ then evaluates as ESM ("exports is not defined").
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose (see above) */
'use strict';
const fs = require('node:fs');

/** Debian's chromium package (a shell wrapper around /usr/lib/chromium/chromium). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Headless on this offline machine: no sandbox as root, software WebGL, and no background calls home
// (each would be refused by the closed network).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium that `npx playwright install chromium` puts in Playwright's cache, or undefined if
 * Playwright cannot be loaded. The path is returned whether or not the browser is installed.
 * @returns {string | undefined}
 */
function playwrightChromiumPath() {
  for (const id of ['playwright-core', '@playwright/test']) {
    try {
      const path = require(id).chromium.executablePath();
      if (path) return path;
    } catch {
      // not resolvable from here, or no browser registry: try the next one
    }
  }
  return undefined;
}

/**
 * The candidates in lookup order: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own chromium.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ source: string, path: string | undefined }[]}
 */
function chromiumCandidates(env = process.env) {
  return [
    { source: '$CHROMIUM_PATH', path: env.CHROMIUM_PATH || undefined },
    { source: 'Debian chromium', path: SYSTEM_CHROMIUM },
    { source: "Playwright's chromium", path: playwrightChromiumPath() },
  ];
}

/**
 * True if `path` is an executable regular file (symlinks followed).
 * @param {string | undefined} path
 */
function isExecutableFile(path) {
  if (!path) return false;
  try {
    if (!fs.statSync(path).isFile()) return false;
    fs.accessSync(path, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first candidate that is an executable file, with where it came from; undefined if none is.
 * @param {({ source: string, path: string | undefined } | string | undefined)[]} [candidates]
 * @returns {{ source: string, path: string } | undefined}
 */
function resolveChromium(candidates = chromiumCandidates()) {
  for (const candidate of candidates) {
    const { source, path } =
      typeof candidate === 'object' ? candidate : { source: 'candidate', path: candidate };
    if (path && isExecutableFile(path)) return { source, path };
  }
  return undefined;
}

/**
 * Path of the Chromium Playwright should launch, or undefined (then Playwright uses its default).
 * Synchronous and never installs anything.
 * @param {({ source: string, path: string | undefined } | string | undefined)[]} [candidates]
 * @returns {string | undefined}
 */
function findChromium(candidates) {
  return resolveChromium(candidates)?.path;
}

module.exports = {
  SYSTEM_CHROMIUM,
  CHROMIUM_ARGS,
  playwrightChromiumPath,
  chromiumCandidates,
  isExecutableFile,
  resolveChromium,
  findChromium,
};
