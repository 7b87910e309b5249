#!/usr/bin/env node
// Makes sure Playwright has a Chromium to launch, installing one if needed.
// Lookup order (see e2e/chromium-path.cjs): $CHROMIUM_PATH, /usr/bin/chromium, Playwright's chromium.
// If none: as root with apt-get, `apt-get update && apt-get install -y chromium`;
// otherwise (or if that fails) `npx playwright install chromium`; else exit 1 with instructions.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  chromiumCandidates,
  isExecutableFile,
  resolveChromium,
} from '../e2e/chromium-path.cjs';

const HELP = `
No Chromium found for the end-to-end tests, and none could be installed.
Install one, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - Playwright's own build (needs access to Playwright's download CDN):
                    npx playwright install chromium
  - Or point at an existing Chromium/Chrome binary:
                    CHROMIUM_PATH=/path/to/chromium npm run test:e2e
`.trimStart();

/** @param {string} cmd */
function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutableFile(path.join(dir, cmd))) return true;
  }
  return false;
}

/** Runs a command with inherited stdio; true if it exited 0. @param {string} cmd @param {string[]} args */
function run(cmd, args, env = process.env) {
  console.log(`ensure-browser: $ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`ensure-browser: could not run ${cmd}: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    console.error(`ensure-browser: ${cmd} exited with ${result.status ?? result.signal}`);
    return false;
  }
  return true;
}

/** Reports the browser found, if any. */
function report() {
  const found = resolveChromium(chromiumCandidates());
  if (found) console.log(`ensure-browser: using ${found.source}: ${found.path}`);
  return found;
}

function main() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && !isExecutableFile(fromEnv)) {
    console.warn(
      `ensure-browser: warning: CHROMIUM_PATH=${fromEnv} is not an executable file; ignoring it`,
    );
  }
  if (report()) return 0;

  console.log('ensure-browser: no Chromium found ($CHROMIUM_PATH, /usr/bin/chromium, Playwright cache).');

  const isRoot = process.getuid?.() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(
      'ensure-browser: installing Debian chromium with apt-get (apt-get update, then apt-get install -y chromium; ~480 MB)...',
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env)) {
      if (report()) return 0;
      console.error('ensure-browser: apt-get finished but /usr/bin/chromium is still missing.');
    }
  }

  console.log("ensure-browser: trying Playwright's own build: npx playwright install chromium ...");
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
    if (report()) return 0;
    console.error('ensure-browser: playwright install finished but its chromium is still missing.');
  }

  console.error(`\n${HELP}`);
  return 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`ensure-browser: ${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
  process.exitCode = 1;
}
