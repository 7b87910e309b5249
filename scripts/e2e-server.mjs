#!/usr/bin/env node
// Web server for the Playwright tests (see playwright.config.ts `webServer`, which runs it with tsx's
// loader for the TypeScript import below): a fresh SQLite database in a temp directory, or, in the
// PostgreSQL pass (SITMAP_TEST_POSTGRES_URL, see scripts/with-postgres.mjs), a fresh database on that
// server; migrated and seeded by scripts/setup-db.ts, then `next start` on $PORT (default 3100) from
// the existing `npm run build:test` output.
// Signals are forwarded to the running child; the temp directory is removed on exit.
// The local node_modules/.bin binaries are run directly (what `npx tsx` / `npx next` would resolve to):
// npx puts npm and a shell in between, which do not pass SIGTERM on, so next-server would outlive us.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPostgresDatabase } from '../lib/db/postgres-databases.ts';
import { assertTestBuild } from './test-build.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
assertTestBuild(root);
const port = process.env.PORT || '3100';
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-e2e-'));
const postgresServer = process.env.SITMAP_TEST_POSTGRES_URL;
const postgresDatabase = postgresServer ? await createPostgresDatabase(postgresServer, 'sitmap_e2e') : undefined;
const env = {
  ...process.env,
  PORT: port,
  DATABASE_URL: postgresDatabase?.url ?? `file:${path.join(tmpDir, 'e2e.db')}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

/** Removes the PostgreSQL database (the temp directory goes on exit), then exits. */
async function exit(code) {
  await postgresDatabase?.drop().catch((error) => console.error(`e2e-server: could not drop the database: ${error.message}`));
  process.exit(code);
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let child;
/** @type {NodeJS.Signals | undefined} */
let stopping;

function cleanup() {
  try {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  } catch (error) {
    console.error(`e2e-server: could not remove ${tmpDir}: ${error.message}`);
  }
}
process.on('exit', cleanup);

for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = signal;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else process.exit(128 + os.constants.signals[signal]);
  });
}

/**
 * Runs a local node_modules/.bin command with inherited stdio; resolves with its exit code
 * (128+n if killed by signal n).
 * @param {string} bin
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(bin, args) {
  const file = path.join(root, 'node_modules', '.bin', bin);
  console.log(`e2e-server: $ ${[bin, ...args].join(' ')}`);
  if (!fs.existsSync(file)) {
    console.error(`e2e-server: ${file} is missing; run npm ci first`);
    return Promise.resolve(1);
  }
  return new Promise((resolve) => {
    child = spawn(file, args, { stdio: 'inherit', env, cwd: root });
    child.on('error', (error) => {
      console.error(`e2e-server: could not start ${bin}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      child = undefined;
      resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
    });
  });
}

console.log(`e2e-server: database ${env.DATABASE_URL}`);
const setup = await run('tsx', ['scripts/setup-db.ts']);
if (stopping) await exit(128 + os.constants.signals[stopping]);
if (setup !== 0) {
  console.error(`e2e-server: database setup (scripts/setup-db.ts) failed with exit code ${setup}`);
  await exit(setup);
}

const code = await run('next', ['start', '-p', port]);
if (!stopping) console.error(`e2e-server: next start exited unexpectedly with code ${code}`);
await exit(stopping ? 0 : code || 1);
