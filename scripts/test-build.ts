// The browser tests and the benchmark need a test build (`npm run build:test`: handles on the live maps,
// components/map/test-hooks.ts); next.config.ts marks its build id so they can refuse any other build.
import fs from 'node:fs';
import path from 'node:path';

export const TEST_BUILD_ID_PREFIX = 'test-';

/** Throws, saying what to run, unless `<root>/.next` holds a test build. */
export function assertTestBuild(root: string): void {
  const file = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(file)) throw new Error('No build in .next: run `npm run build:test` first.');
  if (!fs.readFileSync(file, 'utf8').startsWith(TEST_BUILD_ID_PREFIX)) {
    throw new Error('.next holds a production build, which has no test hooks: run `npm run build:test` first.');
  }
}
