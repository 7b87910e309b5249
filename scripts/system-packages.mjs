// Shared by the ensure-* scripts: find a command on PATH, run a command visibly, and install Debian
// packages with apt-get when we are root (the only download the test set-up may make besides npm).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isExecutableFile } from '../e2e/chromium-path.cjs';

/** @param {string} cmd */
export function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutableFile(path.join(dir, cmd))) return true;
  }
  return false;
}

/**
 * Runs a command with inherited stdio; true if it exited 0.
 * @param {string} label prefix of the log lines, e.g. "ensure-gdal"
 * @param {string} cmd
 * @param {string[]} args
 */
export function run(label, cmd, args, env = process.env) {
  console.log(`${label}: $ ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`${label}: could not run ${cmd}: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    console.error(`${label}: ${cmd} exited with ${result.status ?? result.signal}`);
    return false;
  }
  return true;
}

/** True when this process may install Debian packages itself (root with apt-get). */
export function canAptInstall() {
  return process.getuid?.() === 0 && onPath('apt-get');
}

/**
 * apt-get update, then apt-get install -y the packages; true on success.
 * @param {string} label
 * @param {string[]} packages
 */
export function aptInstall(label, packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return run(label, 'apt-get', ['update'], env) && run(label, 'apt-get', ['install', '-y', ...packages], env);
}
