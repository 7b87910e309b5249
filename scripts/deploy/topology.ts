// The production topology on one machine (docs/deploy.md): nginx, configured from
// deploy/nginx.conf.template, in front of several app servers (scripts/serve.mjs on the `npm run build`
// output) sharing one database. Started by `npm run deploy:local`, by its test and by the bench.
// nginx runs from a temp directory (pid, logs, cache, temp files) and, when we are root, as Debian's
// unprivileged www-data user; everything is removed by stop().
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_BYTES } from '@/lib/import/limits';
import { findNginx, NGINX_HELP } from '../ensure-nginx.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const NGINX_TEMPLATE = path.join(ROOT, 'deploy', 'nginx.conf.template');
/** The user nginx runs as when we are root (Debian's nginx package and base system have it). */
const UNPRIVILEGED_USER = 'www-data';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

export interface NginxSettings {
  /** Directory for the pid file, logs, cache and temp files. */
  prefix: string;
  /** host:port nginx listens on. */
  listen: string;
  /** host:port of each app server. */
  appServers: string[];
  /** How long nginx serves an item tile before asking the app again (by ETag). */
  dataFreshSeconds: number;
  workerProcesses?: number | 'auto';
  mimeTypes?: string;
}

/** deploy/nginx.conf.template with its {{NAMES}} filled; an unknown or unfilled name is an error. */
export function renderNginxConfig(template: string, settings: NginxSettings): string {
  const values: Record<string, string> = {
    PREFIX: settings.prefix,
    LISTEN: settings.listen,
    APP_SERVERS: settings.appServers.map((server) => `    server ${server} max_fails=1 fail_timeout=5s;`).join('\n'),
    DATA_FRESH_SECONDS: String(settings.dataFreshSeconds),
    WORKER_PROCESSES: String(settings.workerProcesses ?? 'auto'),
    MIME_TYPES: settings.mimeTypes ?? '/etc/nginx/mime.types',
    CLIENT_MAX_BODY_SIZE: String(MAX_IMPORT_BYTES + 1),
  };
  if (settings.appServers.length === 0) throw new Error('nginx needs at least one app server');
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`${NGINX_TEMPLATE}: unknown placeholder ${placeholder}`);
    return values[name];
  });
}

export interface TopologyOptions {
  /** The one database every app server uses; migrated and seeded first (scripts/setup-db.ts). */
  databaseUrl: string;
  host?: string;
  nginxPort: number;
  appPorts: number[];
  /** Given to the app servers as SITMAP_TRUSTED_PROXIES; default: nginx's own address (`host`). */
  trustedProxies?: string;
  dataFreshSeconds?: number;
  workerProcesses?: number | 'auto';
  /** The first admin's password (SITMAP_FIRST_ADMIN_PASSWORD) when the database has no admin. */
  firstAdminPassword?: string;
  /** Where the processes' output goes: the terminal, or log files under the temp directory. */
  output?: 'inherit' | 'files';
}

export interface Topology {
  /** nginx's address: what a browser would open. */
  url: string;
  appUrls: string[];
  /** Temp directory: nginx.conf, logs/ (nginx and one file per process), cache/. */
  prefix: string;
  stop: () => Promise<void>;
}

interface Started {
  name: string;
  child: ChildProcess;
  log: string;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
}

async function waitForHealth(url: string, process: Started): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited(process.child)) throw new Error(`${process.name} exited with ${process.child.exitCode ?? process.child.signalCode}:\n${tail(process.log)}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${process.name} did not answer ${url}/api/health within ${START_TIMEOUT_MS / 1000} s:\n${tail(process.log)}`);
}

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const nginx = findNginx();
  if (!nginx) throw new Error(NGINX_HELP);
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) throw new Error('No build: run `npm run build` first (the app servers serve its output).');
  const host = options.host ?? '127.0.0.1';
  const asRoot = process.getuid?.() === 0;
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-deploy-'));
  for (const dir of ['logs', 'temp', 'cache']) fs.mkdirSync(path.join(prefix, dir));
  const started: Started[] = [];

  /** Output goes to logs/<name>.log; `log` is the file to show when the process fails (nginx: its error log). */
  const launch = (name: string, command: string, args: string[], env: NodeJS.ProcessEnv, log = path.join(prefix, 'logs', `${name}.log`)): Started => {
    const out = options.output === 'inherit' ? 'inherit' : fs.openSync(path.join(prefix, 'logs', `${name}.log`), 'a');
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', out, out] });
    if (typeof out === 'number') fs.closeSync(out);
    const entry = { name, child, log };
    started.push(entry);
    return entry;
  };

  const stop = async () => {
    // nginx first (no new requests reach the apps), by the pid its master wrote: under runuser the
    // child we hold is runuser, not nginx.
    for (const entry of [...started].reverse()) {
      if (exited(entry.child)) continue;
      const pidFile = path.join(prefix, 'nginx.pid');
      if (entry.name === 'nginx' && fs.existsSync(pidFile)) process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGQUIT');
      else entry.child.kill('SIGTERM');
      if (!(await waitForExit(entry.child, STOP_TIMEOUT_MS))) {
        entry.child.kill('SIGKILL');
        await waitForExit(entry.child, STOP_TIMEOUT_MS);
      }
    }
    fs.rmSync(prefix, { recursive: true, force: true });
  };

  try {
    const baseEnv = { ...process.env, DATABASE_URL: options.databaseUrl, NEXT_TELEMETRY_DISABLED: '1' };
    const setupEnv = options.firstAdminPassword ? { ...baseEnv, SITMAP_FIRST_ADMIN_PASSWORD: options.firstAdminPassword } : baseEnv;
    const setup = launch('setup-db', path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/setup-db.ts'], setupEnv);
    await waitForExit(setup.child, START_TIMEOUT_MS);
    if (setup.child.exitCode !== 0) throw new Error(`database setup (scripts/setup-db.ts) failed:\n${tail(setup.log)}`);

    const apps = options.appPorts.map((port) =>
      launch(`app-${port}`, process.execPath, ['scripts/serve.mjs'], {
        ...baseEnv,
        HOSTNAME: host,
        PORT: String(port),
        SITMAP_TRUSTED_PROXIES: options.trustedProxies ?? host,
      }),
    );
    const appUrls = options.appPorts.map((port) => `http://${host}:${port}`);

    const config = path.join(prefix, 'nginx.conf');
    const template = fs.readFileSync(NGINX_TEMPLATE, 'utf8');
    fs.writeFileSync(
      config,
      renderNginxConfig(template, {
        prefix,
        listen: `${host}:${options.nginxPort}`,
        appServers: options.appPorts.map((port) => `${host}:${port}`),
        dataFreshSeconds: options.dataFreshSeconds ?? 1,
        workerProcesses: options.workerProcesses,
      }),
    );
    const errorLog = path.join(prefix, 'logs', 'error.log');
    const nginxArgs = ['-p', prefix, '-c', config, '-e', errorLog];
    if (asRoot) {
      spawnSync('chown', ['-R', `${UNPRIVILEGED_USER}:`, prefix]);
      // Traversable by www-data even when the temp directory is private to root.
      fs.chmodSync(prefix, 0o755);
    }
    const [command, args] = asRoot ? ['runuser', ['-u', UNPRIVILEGED_USER, '--', nginx, ...nginxArgs]] : [nginx, nginxArgs];
    const proxy = launch('nginx', command, args, process.env, errorLog);

    await Promise.all(apps.map((app, i) => waitForHealth(appUrls[i], app)));
    const url = `http://${host}:${options.nginxPort}`;
    await waitForHealth(url, proxy);
    return { url, appUrls, prefix, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
