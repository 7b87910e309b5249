#!/usr/bin/env node
// Makes sure Playwright has a Chromium to launch, installing one if needed.
// Lookup order (see e2e/chromium-path.cjs): $CHROMIUM_PATH, /usr/bin/chromium, Playwright's chromium.
// If none: as root with apt-get, `apt-get update && apt-get install -y chromium`;
// otherwise (or if that fails) `npx playwright install chromium`; else exit 1 with instructions.
import {
  chromiumCandidates,
  isExecutableFile,
  resolveChromium,
} from '../e2e/chromium-path.cjs';
import { aptInstall, canAptInstall, run } from './system-packages.mjs';

const HELP = `
No Chromium found for the end-to-end tests, and none could be installed.
Install one, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - Playwright's own build (needs access to Playwright's download CDN):
                    npx playwright install chromium
  - Or point at an existing Chromium/Chrome binary:
                    CHROMIUM_PATH=/path/to/chromium npm run test:e2e
`.trimStart();

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

  if (canAptInstall()) {
    console.log(
      'ensure-browser: installing Debian chromium with apt-get (apt-get update, then apt-get install -y chromium; ~480 MB)...',
    );
    if (aptInstall('ensure-browser', ['chromium'])) {
      if (report()) return 0;
      console.error('ensure-browser: apt-get finished but /usr/bin/chromium is still missing.');
    }
  }

  console.log("ensure-browser: trying Playwright's own build: npx playwright install chromium ...");
  if (run('ensure-browser', 'npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
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
