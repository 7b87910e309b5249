import fs from 'node:fs';
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const SOURCE_FILE = /\.(ts|tsx|mts|mjs)$/;

/** Source files under `dir` (generated code excluded), as ./-relative paths. */
function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => `./${path.join(path.relative('.', entry.parentPath), entry.name)}`)
    .filter((file) => !file.startsWith('./lib/generated/'));
}

/** Files whose first statement is the given directive or import, e.g. 'use client' or import 'server-only'. */
function filesMarked(dirs, marker) {
  return dirs.flatMap(sourceFiles).filter((file) => marker.test(fs.readFileSync(file, 'utf8').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')));
}

// Read from the code itself, so the lists cannot go stale: a module is server-only when it imports
// 'server-only', a client module when it is under components/ or starts with 'use client'.
const serverOnly = filesMarked(['lib'], /^import 'server-only';/);
const clientOutsideComponents = filesMarked(['lib', 'app'], /^'use client';/);
const SERVER_ONLY_MESSAGE = 'Client code must not import server-only code, not even its types: move the shared shape to a client-safe module.';

const eslintConfig = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', 'public/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    // Dependencies run one way: app/ → components/ → lib/, and client bundles never reach the server's modules.
    // (The files eslint-config-next gives the import plugin to.)
    files: ['**/*.{js,jsx,mjs,ts,tsx,mts,cts}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: './components', message: 'lib/ must not import components/: move the shared code to lib/.' },
            { target: './lib', from: './app', message: 'lib/ must not import app/: move the shared code to lib/.' },
            { target: './components', from: './app', message: 'components/ must not import app/: move the shared code to lib/.' },
            ...['./components', ...clientOutsideComponents].map((target) => ({
              target,
              from: ['./lib/db', './lib/generated', ...serverOnly],
              message: SERVER_ONLY_MESSAGE,
            })),
          ],
        },
      ],
    },
  },
];

export default eslintConfig;
