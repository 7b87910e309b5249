// The production topology under load (part of `npm run bench`; `--only=nginx` runs just this): item
// tile requests with autocannon (keep-alive), straight to one app server (the path without nginx)
// and then through nginx in front of two (deploy/nginx.conf.template), on a throwaway PostgreSQL
// database seeded like a fresh install; then the basemap's tiles through nginx, which it keeps for as
// long as the app says (what nginx serves when the app servers are not asked). Needs `npm run build`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createPostgresDatabase } from '@/lib/db/postgres-databases';
import { tileAt } from '@/lib/tiles/tile-math';
import { startTopology } from '../deploy/topology';
import { freePort } from '../free-port.mjs';
import { startThrowawayPostgres } from '../with-postgres.mjs';
import { CITIES, seededRandom } from './synthetic-items';

/** What issue 15 asks of tiles through nginx. */
const TARGET_REQUESTS_PER_SECOND = 5000;
const CONNECTIONS = 64;

/** 200 item tiles, z6–z11, around the cities the synthetic data clusters on. */
export function tilePaths(seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: 200 }, () => {
    const { z, x, y } = tileAt(CITIES[Math.floor(random() * CITIES.length)] as [number, number], 6 + Math.floor(random() * 6));
    return `/api/tiles/${z}/${x}/${y}`;
  });
}

/** The reference basemap's tiles of zooms 0–4 (341 files), as built by `npm run build`. */
function basemapPaths(): string[] {
  const root = path.join('public', 'basemap', 'reference');
  return [0, 1, 2, 3, 4].flatMap((z) =>
    fs.readdirSync(path.join(root, String(z))).flatMap((x) =>
      fs.readdirSync(path.join(root, String(z), x)).map((file) => `/basemap/reference/${z}/${x}/${file}`),
    ),
  );
}

async function loadRow(name: string, origin: string, paths: string[], seconds: number): Promise<{ row: string; perSecond: number; errors: number }> {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const perSecond = result.requests.total / seconds;
  return {
    row: `| ${name} | ${perSecond.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p97_5} ms | ${result.latency.p99} ms | ${result.requests.total} | ${errors} |`,
    perSecond,
    errors,
  };
}

function loadAverage(): string {
  return os.loadavg().map((value) => value.toFixed(2)).join(', ');
}

/** Prints a markdown table: tiles from one app server, then through nginx; and whether the target holds. */
export async function benchTilesThroughNginx(seconds: number, seed: number): Promise<void> {
  const postgres = await startThrowawayPostgres();
  if (!postgres) throw new Error('The nginx bench needs PostgreSQL (see above).');
  const database = await createPostgresDatabase(postgres.url, 'sitmap_bench');
  const [nginxPort, ...appPorts] = await Promise.all([freePort(), freePort(), freePort()]);
  const topology = await startTopology({ databaseUrl: database.url, nginxPort, appPorts });
  try {
    const paths = tilePaths(seed);
    const basemap = basemapPaths();
    // Warm every path once (compiled routes, nginx's cache) so the runs compare steady states.
    for (const [origin, warm] of [[topology.appUrls[0], paths], [topology.url, [...paths, ...basemap]]] as const) {
      await Promise.all(warm.map((url) => fetch(`${origin}${url}`).then((response) => response.arrayBuffer())));
    }
    console.log(`\nItem tiles under load, seeded PostgreSQL database, ${CONNECTIONS} keep-alive connections, ${seconds} s each:`);
    console.log('\n| path | req/s | p50 | p97.5 | p99 | total | errors (incl. non-2xx, timeouts) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    const before = loadAverage();
    const direct = await loadRow('one app server (scripts/serve.mjs), no nginx', topology.appUrls[0], paths, seconds);
    console.log(direct.row);
    const proxied = await loadRow('nginx → two app servers, tiles cached 1 s then revalidated', topology.url, paths, seconds);
    console.log(proxied.row);
    const basemapRow = await loadRow('nginx: basemap tiles z0–z4 (cached as the app says: a day)', topology.url, basemap, seconds);
    console.log(basemapRow.row);
    console.log(`\nLoad average (1, 5, 15 min) before: ${before}; after: ${loadAverage()}.`);
    const holds = proxied.perSecond >= TARGET_REQUESTS_PER_SECOND && proxied.errors === 0;
    console.log(`Target ≥ ${TARGET_REQUESTS_PER_SECOND} tile requests/s through nginx with 0 errors: ${holds ? 'met' : 'NOT met'} (${proxied.perSecond.toFixed(0)}/s, ${proxied.errors} errors).`);
  } finally {
    await topology.stop();
    await database.drop();
    postgres.stop();
  }
}
