#!/usr/bin/env node
// node scripts/with-postgres.mjs <command> [args...]
// Runs a command (the test suites' PostgreSQL pass) against a throwaway PostgreSQL server: a new
// cluster in a temp directory, listening on 127.0.0.1 only on a free port, trust authentication for
// its one superuser "sitmap" (nothing else can reach it), removed when the command ends. The command
// gets SITMAP_TEST_POSTGRES_URL (the server's maintenance database); the tests create and drop their
// own databases on it (lib/testing/temp-database.ts, scripts/e2e-server.mjs).
// PostgreSQL comes from Debian: if its server binaries are missing, as root with apt-get we install
// `postgresql` (apt-get update, then apt-get install -y postgresql); otherwise we stop with instructions.
// startThrowawayPostgres() is the same server for a script that runs its own work on it (the bench,
// npm run deploy:local).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';
import { aptInstall, canAptInstall, run } from './system-packages.mjs';

const LABEL = 'with-postgres';
const HELP = `
PostgreSQL's server (initdb, pg_ctl) is missing, and could not be installed.
Install it, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y postgresql
Or point SITMAP_POSTGRES_BIN at the directory holding initdb and pg_ctl.
`.trimStart();

/** The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl (Debian's layout), or null. */
function findServerBin() {
  const candidates = process.env.SITMAP_POSTGRES_BIN ? [process.env.SITMAP_POSTGRES_BIN] : debianServerBins();
  return candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((bin) => fs.existsSync(path.join(dir, bin)))) ?? null;
}

function debianServerBins() {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'));
}

/**
 * PostgreSQL refuses to run as root: as root, the server's commands run as Debian's `postgres` user,
 * which then owns the cluster's directory.
 * @param {string} bin
 * @param {string[]} args
 */
function serverCommand(bin, args) {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

/**
 * Starts a throwaway PostgreSQL server (installing Debian's postgresql first if need be, as root):
 * its maintenance database's URL, and `stop` (also run on exit), which stops it and removes its files.
 * Null (with instructions printed) when PostgreSQL is missing or does not start.
 * @returns {Promise<{ url: string, stop: () => void } | null>}
 */
export async function startThrowawayPostgres() {
  let bin = findServerBin();
  if (!bin && canAptInstall()) {
    console.log(`${LABEL}: PostgreSQL missing; installing Debian postgresql with apt-get (apt-get update, then apt-get install -y postgresql)...`);
    if (aptInstall(LABEL, ['postgresql'])) bin = findServerBin();
  }
  if (!bin) {
    console.error(`\n${HELP}`);
    return null;
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-postgres-'));
  const dataDir = path.join(dir, 'data');
  if (process.getuid?.() === 0) spawnSync('chown', ['postgres:postgres', dir]);
  const port = await freePort();
  const pgCtl = path.join(bin, 'pg_ctl');
  let started = false;
  const stop = () => {
    if (started) {
      const [cmd, args] = serverCommand(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-s']);
      spawnSync(cmd, args, { stdio: 'inherit' });
      started = false;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);

  const [initCmd, initArgs] = serverCommand(path.join(bin, 'initdb'), [
    '-D', dataDir, '-U', 'sitmap', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync',
  ]);
  if (!run(LABEL, initCmd, initArgs, { ...process.env, LC_ALL: 'C.UTF-8' })) {
    stop();
    return null;
  }
  // Tuned for throwaway test data: no fsync; a socket directory inside the cluster's own folder.
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const [startCmd, startArgs] = serverCommand(pgCtl, ['start', '-D', dataDir, '-w', '-s', '-l', path.join(dir, 'server.log'), '-o', options]);
  if (!run(LABEL, startCmd, startArgs)) {
    const logFile = path.join(dir, 'server.log');
    if (fs.existsSync(logFile)) console.error(fs.readFileSync(logFile, 'utf8'));
    stop();
    return null;
  }
  started = true;
  const url = `postgres://sitmap@127.0.0.1:${port}/postgres`;
  console.log(`${LABEL}: PostgreSQL (${path.basename(path.dirname(bin))}) on ${url}`);
  return { url, stop };
}

async function main() {
  const command = process.argv.slice(2);
  if (command.length === 0) {
    console.error(`${LABEL}: usage: node scripts/with-postgres.mjs <command> [args...]`);
    return 2;
  }
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  // A running command gets the signal and time to stop (e.g. close its connections) before the server goes.
  for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
      else process.exit(128 + os.constants.signals[signal]);
    });
  }
  const server = await startThrowawayPostgres();
  if (!server) return 1;

  child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, SITMAP_TEST_POSTGRES_URL: server.url } });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`${LABEL}: could not run ${command[0]}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  });
}

// Run as a command, not when imported (no top-level await: tsx loads this file as CommonJS from a .ts).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => {
    process.exitCode = code;
  });
}
