#!/usr/bin/env node
// Makes sure Debian's nginx is there for the production topology (deploy/, scripts/deploy-local.ts)
// and its test in the PostgreSQL pass of `npm test`. If it is missing: as root with apt-get,
// `apt-get update && apt-get install -y nginx`; otherwise exit 1 with instructions. Only the binary
// is used: the topology runs its own nginx from a temp directory, never the system service.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExecutableFile } from '../e2e/chromium-path.cjs';
import { aptInstall, canAptInstall } from './system-packages.mjs';

export const NGINX_HELP = `
nginx is missing, and could not be installed.
Install it, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y nginx
Or point SITMAP_NGINX at an nginx binary.
`.trimStart();

/** $SITMAP_NGINX, Debian's /usr/sbin/nginx, or nginx on PATH; null when none is there. */
export function findNginx() {
  const candidates = process.env.SITMAP_NGINX
    ? [process.env.SITMAP_NGINX]
    : ['/usr/sbin/nginx', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, 'nginx'))];
  return candidates.find((file) => isExecutableFile(file)) ?? null;
}

function main() {
  let nginx = findNginx();
  if (!nginx && canAptInstall()) {
    console.log('ensure-nginx: nginx missing; installing Debian nginx with apt-get (apt-get update, then apt-get install -y nginx)...');
    if (aptInstall('ensure-nginx', ['nginx'])) nginx = findNginx();
  }
  if (nginx) {
    console.log(`ensure-nginx: using ${nginx}`);
    return 0;
  }
  console.error(`\n${NGINX_HELP}`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
