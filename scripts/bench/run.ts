// npm run bench [-- --sizes=10k,100k,1M|none --load-seconds=60 --browser-runs=3 --port=3402 --cache-seconds=10 --dataset=<file>]
// npm run bench -- --only=viewport|nginx|cache   only one part; on PostgreSQL too:
//   node scripts/with-postgres.mjs npm run bench -- --only=viewport   (or --only=cache)
//
// Side by side in one process, on one temp SQLite database built by the committed migrations and
// grown to each size in turn: the app's own code paths (R*Tree viewport query, region context,
// vector tile) against a naive baseline (load all items, filter with turf / tile them all). Then
// throughput under concurrent load with autocannon against `next start` on the largest size, and
// item tiles through the production topology (nginx, scripts/bench/nginx.ts; `--only=nginx`: just that).
// Prints markdown tables (docs/benchmarks.md holds a real run).
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { BBox, ItemFeature } from '@/lib/items/types';
import { measure, type Timing } from './measure';
import { measureMapLoads, TIMING_HEADER, timingRow } from './browser';
import { benchCache } from './cache';
import { startServer, stopServer } from './server';
import { db } from '@/lib/db/client';
import { chooseDatabaseUrl } from '@/lib/db/config';
import { migrateDatabase } from '@/lib/db/migrate';
import { createPostgresDatabase, type PostgresDatabase } from '@/lib/db/postgres-databases';
import { createDb } from '@/lib/db/create-client';
import { listItems } from '@/lib/items/repository';
import { toMapFeatures } from '@/lib/map/features';
import { touchesRegion } from '@/lib/regions/containment';
import { getRegionContext } from '@/lib/regions/repository';
import { encodeTile } from '@/lib/tiles/encode';
import { ITEMS_LAYER } from '@/lib/tiles/layers';
import { itemTile } from '@/lib/tiles/repository';
import { tileAt } from '@/lib/tiles/tile-math';
import { seedDatabase } from '@/prisma/seed/seed';
import { CITIES, insertSyntheticItems, seededRandom } from './synthetic-items';
import { benchTilesThroughNginx, tilePaths } from './nginx';
import { compareViewportPages, copyItemsToPostgres, VIEWPORT_PAGE_LIMIT, type ViewportComparison } from './viewport';

const SEED = 20241127;
const SIZE_NAMES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
const VIEWPORT_SHARES = [0.0001, 0.01, 0.1];
/** What the map asks for at most per viewport; the baseline answers the same page. */
const VIEWPORT_LIMIT = 5000;
const REGIONS = ['SYR', 'UKR', 'RUS'];
/** The world, then tiles over Kyiv (a cluster centre of the synthetic data) down to a district. */
const KYIV: [number, number] = [30.52, 50.45];
const TILES = [0, 4, 8, 12].map((zoom) => tileAt(KYIV, zoom));

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

// `--sizes=none`: only the seeded database (the basemap comparison in the browser).
const sizes = option('sizes', '10k,100k,1M')
  .split(',')
  .filter((name) => name !== 'none')
  .map((name) => {
    if (!(name in SIZE_NAMES)) throw new Error(`--sizes: unknown size "${name}" (use ${Object.keys(SIZE_NAMES).join(', ')})`);
    return SIZE_NAMES[name];
  })
  .sort((a, b) => a - b);
/**
 * `--only=viewport`: only the viewport page against its baseline (no region membership, browser or load);
 * `--only=nginx`: only the tiles through the production topology; `--only=cache`: only the cacheable reads.
 */
const only = option('only', 'all');
if (!['all', 'viewport', 'nginx', 'cache'].includes(only)) throw new Error(`--only: unknown part "${only}" (use viewport, nginx or cache)`);
const viewportOnly = only === 'viewport';
const loadSeconds = viewportOnly ? 0 : Number(option('load-seconds', '60'));
const port = Number(option('port', '3402'));
/** Page loads per browser measurement; 0 skips them (they need `npm run build:test`, like the load test). */
const browserRuns = viewportOnly ? 0 : Number(option('browser-runs', '3'));
/** A SQLite file to build the data in and keep: a later run with the same file reuses its items. */
const dataset = option('dataset', '');
/** Set by scripts/with-postgres.mjs: the viewport page is then measured on a PostgreSQL copy too. */
const postgresServer = process.env.SITMAP_TEST_POSTGRES_URL;
/** The size at which the browser compares the tile and the GeoJSON item sources. */
const BROWSER_SIZE = 100_000;
/** `--cache-seconds`: each load run of the cacheable reads (0: skipped; only in a full run or `--only=cache`). */
const cacheSeconds = only === 'all' || only === 'cache' ? Number(option('cache-seconds', '10')) : 0;

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const label = (n: number) => Object.entries(SIZE_NAMES).find(([, v]) => v === n)?.[0] ?? String(n);

/** Boxes covering `share` of the world's lng × lat extent, half centred on cities, half anywhere. */
function viewports(share: number, count: number): BBox[] {
  const random = seededRandom(SEED + Math.round(share * 1e6));
  const width = 360 * Math.sqrt(share);
  const height = 180 * Math.sqrt(share);
  return Array.from({ length: count }, (_, i) => {
    const [lng, lat] = i % 2 === 0 ? CITIES[Math.floor(random() * CITIES.length)] : [random() * 360 - 180, random() * 120 - 60];
    const west = Math.max(-180, Math.min(180 - width, lng - width / 2));
    const south = Math.max(-90, Math.min(90 - height, lat - height / 2));
    return [west, south, west + width, south + height];
  });
}

interface Row {
  size: string;
  what: string;
  indexed: Timing;
  baseline: Timing;
}

function printTable(rows: Row[]): void {
  console.log('\n| items | measurement | results | indexed p50 | indexed p95 | baseline p50 | baseline p95 | speed-up (p95) |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const { size, what, indexed, baseline } of rows) {
    console.log(
      `| ${size} | ${what} | ${Math.round(indexed.results)} | ${fmt(indexed.p50)} ms | ${fmt(indexed.p95)} ms | ` +
        `${fmt(baseline.p50)} ms | ${fmt(baseline.p95)} ms (n=${baseline.runs}) | ${(baseline.p95 / indexed.p95).toFixed(0)}× |`,
    );
  }
}

interface ViewportRow {
  size: string;
  database: string;
  share: number;
  comparison: ViewportComparison;
}

function printViewportTable(rows: ViewportRow[]): void {
  console.log(`\n| items | database | box | mean total | app p50 | app p95 | baseline p50 | baseline p95 | speed-up (p95) | totals estimated (worst error) | pages differing |`);
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { size, database, share, comparison: c } of rows) {
    console.log(
      `| ${size} | ${database} | ${share * 100}% of the world (limit ${VIEWPORT_PAGE_LIMIT}) | ${Math.round(c.meanTotal)} | ${fmt(c.app.p50)} ms | ` +
        `${fmt(c.app.p95)} ms | ${fmt(c.baseline.p50)} ms | ${fmt(c.baseline.p95)} ms (n=${c.baseline.runs}) | ${(c.baseline.p95 / c.app.p95).toFixed(0)}× | ` +
        `${c.estimated}/${c.baseline.runs} (${(c.worstEstimateError * 100).toFixed(0)}%) | ${c.mismatches} |`,
    );
  }
}

/** Runs `measureBrowser` against `next start` on the bench database as it is now. */
async function withServer(measureBrowser: (origin: string) => Promise<void>): Promise<void> {
  const server = await startServer(port, process.env.DATABASE_URL!);
  try {
    await measureBrowser(`http://127.0.0.1:${port}`);
  } finally {
    await stopServer(server);
  }
}

async function load(name: string, urls: string[]): Promise<string> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 16,
    duration: loadSeconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: urls[next++ % urls.length] }) }],
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  return `| ${name} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p97_5} ms | ${result.latency.p99} ms | ${result.requests.total} | ${errors} |`;
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(`Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`);
  console.log(`Load average at the start: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  if (only === 'nginx') {
    await benchTilesThroughNginx(loadSeconds, SEED);
    return;
  }
  if (only !== 'cache') await benchScale();
  if (cacheSeconds > 0) {
    console.log(`\nCacheable reads (load average ${os.loadavg()[0].toFixed(1)}):`);
    await benchCache({ port, seconds: cacheSeconds });
  }
  console.log(`\nLoad average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}`);
}

/** The viewport, region and tile reads at each size, the browser timings and the load test. */
async function benchScale(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-bench-'));
  const dbFile = dataset ? path.resolve(dataset) : path.join(dir, 'bench.db');
  const reused = fs.existsSync(dbFile);
  // Read by lib/db at first use, and by the app server the load test starts.
  process.env.DATABASE_URL = `file:${dbFile}`;
  let server: ChildProcess | undefined;
  let postgres: PostgresDatabase | undefined;
  try {
    await migrateDatabase(process.env.DATABASE_URL);
    const seedClient = createDb(process.env.DATABASE_URL);
    if (!reused) await seedDatabase(seedClient);
    await seedClient.$disconnect();
    // PostgreSQL gets the same seed (same ids), then a copy of the synthetic items as they are inserted.
    let copiedUpTo = 0;
    if (postgresServer) {
      postgres = await createPostgresDatabase(postgresServer, 'sitmap_bench');
      await migrateDatabase(postgres.url);
      const postgresClient = createDb(postgres.url);
      await seedDatabase(postgresClient);
      copiedUpTo = (await postgresClient.item.aggregate({ _max: { id: true } }))._max.id ?? 0;
      await postgresClient.$disconnect();
    }
    const viewportRows: ViewportRow[] = [];

    const loadAll = async (): Promise<ItemFeature[]> => (await listItems()).features;
    const rows: Row[] = [];
    const browserRows: string[] = [];
    if (browserRuns > 0) {
      // The basemap: the reference pyramid (the app) against the plain one of earlier versions, on the
      // seeded dashboard's first view and at zoom 9 over Dnipro (no item in view: the first idle counts).
      await withServer(async (origin) => {
        const basemaps = ['reference', 'plain'] as const;
        const views = [
          { what: 'seeded dashboard', query: '', basemapOnly: false },
          { what: 'Dnipro at zoom 9', query: '&view=35.05,48.45,9', basemapOnly: true },
        ];
        const pages = views.flatMap(({ query, basemapOnly }) =>
          basemaps.map((basemap) => ({ url: `${origin}/?basemap=${basemap}${query}`, mode: 'geojson' as const, basemapOnly })),
        );
        const timings = await measureMapLoads(pages, { width: 1280, height: 800 }, browserRuns, { warmUp: true });
        views.forEach(({ what, basemapOnly }, v) =>
          basemaps.forEach((basemap, b) => {
            const notApplicable = basemapOnly ? (['firstTile', 'itemsDrawn'] as const) : (['firstTile'] as const);
            browserRows.push(timingRow(`${what}, ${basemap} basemap, 1280x800`, timings[v * basemaps.length + b], [...notApplicable]));
            console.log(`  browser: ${browserRows.at(-1)}`);
          }),
        );
      });
    }
    let count = await db.item.count();
    for (const size of sizes) {
      const started = performance.now();
      if (count < size) {
        insertSyntheticItems(dbFile, SEED, count, size, { withRegions: !viewportOnly });
        console.log(`\n${label(size)}: generated and inserted ${size - count} items in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        count = size;
      }

      // The viewport page (limit 500) against the query it replaced, on SQLite, then on PostgreSQL.
      const measureViewports = async (database: string) => {
        for (const share of VIEWPORT_SHARES) {
          const comparison = await compareViewportPages(viewports(share, 40), 60_000);
          viewportRows.push({ size: label(size), database, share, comparison });
          console.log(`  ${database} viewport page ${share * 100}%: app p50 ${fmt(comparison.app.p50)} ms, p95 ${fmt(comparison.app.p95)} ms; baseline p50 ${fmt(comparison.baseline.p50)} ms, p95 ${fmt(comparison.baseline.p95)} ms; estimated ${comparison.estimated}, differing ${comparison.mismatches}`);
        }
      };
      console.log(`  uptime: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')}`);
      await measureViewports('SQLite');
      if (postgres) {
        const copyStarted = performance.now();
        await copyItemsToPostgres(dbFile, postgres.url, copiedUpTo);
        copiedUpTo = (await db.item.aggregate({ _max: { id: true } }))._max.id ?? 0;
        console.log(`  copied the items to PostgreSQL in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s`);
        console.log(`  uptime: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')}`);
        chooseDatabaseUrl(postgres.url);
        try {
          await measureViewports('PostgreSQL');
        } finally {
          chooseDatabaseUrl(`file:${dbFile}`);
        }
      }
      console.log(`  uptime: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')}`);
      if (viewportOnly) continue;
      const baselineBudget = { maxRuns: 5, budgetMs: 20_000, warmUp: false };

      for (const share of VIEWPORT_SHARES) {
        const boxes = viewports(share, 40);
        const indexed = await measure(async (i) => (await listItems({ bbox: boxes[i % boxes.length], limit: VIEWPORT_LIMIT })).features.length, {
          maxRuns: boxes.length,
          budgetMs: 30_000,
        });
        const baseline = await measure(async (i) => {
          const box = bboxPolygon(boxes[i % boxes.length]);
          return (await loadAll()).filter((item) => booleanIntersects(item.geometry, box)).slice(0, VIEWPORT_LIMIT).length;
        }, baselineBudget);
        rows.push({ size: label(size), what: `viewport ${share * 100}% of the world (limit ${VIEWPORT_LIMIT})`, indexed, baseline });
        console.log(`  viewport ${share * 100}%: indexed p95 ${fmt(indexed.p95)} ms, baseline p95 ${fmt(baseline.p95)} ms`);
      }

      for (const id of REGIONS) {
        const indexed = await measure(async () => (await getRegionContext(id)).itemCount, { maxRuns: 10, budgetMs: 20_000 });
        const baseline = await measure(async () => {
          const region = await db.region.findUniqueOrThrow({ where: { id } });
          const geometry = JSON.parse(region.geometry);
          const outline = { geometry, bbox: [region.minLng, region.minLat, region.maxLng, region.maxLat] as BBox };
          // The baseline: every item tested in memory with turf, as before the stored membership.
          return (await loadAll()).filter((item) => touchesRegion(outline, { kind: item.properties.kind, geometry: item.geometry, bbox: item.bbox })).length;
        }, baselineBudget);
        rows.push({ size: label(size), what: `region context ${id}`, indexed, baseline });
        console.log(`  region ${id}: indexed p95 ${fmt(indexed.p95)} ms, baseline p95 ${fmt(baseline.p95)} ms`);
      }

      for (const { z, x, y } of TILES) {
        const indexed = await measure(async () => (await itemTile({ z, x, y })).byteLength, { maxRuns: 10, budgetMs: 20_000 });
        const baseline = await measure(
          async () => encodeTile({ z, x, y }, { [ITEMS_LAYER]: toMapFeatures(await loadAll()).features }).byteLength,
          baselineBudget,
        );
        rows.push({ size: label(size), what: `tile ${z}/${x}/${y} (results = bytes)`, indexed, baseline });
        console.log(`  tile ${z}/${x}/${y}: indexed p95 ${fmt(indexed.p95)} ms, baseline p95 ${fmt(baseline.p95)} ms`);
      }

      if (browserRuns > 0 && size === BROWSER_SIZE) {
        await withServer(async (origin) => {
          const modes = ['geojson', 'tiles'] as const;
          const timings = await measureMapLoads(
            modes.map((mode) => ({ url: `${origin}/?itemSource=${mode}`, mode })),
            { width: 800, height: 600 },
            browserRuns,
          );
          modes.forEach((mode, i) => {
            browserRows.push(timingRow(`${label(size)} items, ${mode === 'tiles' ? 'vector tiles' : 'GeoJSON source'}, 800x600`, timings[i], mode === 'tiles' ? [] : ['firstTile']));
            console.log(`  browser ${mode}: ${browserRows.at(-1)}`);
          });
        });
      }
    }
    if (viewportRows.length) printViewportTable(viewportRows);
    if (rows.length) printTable(rows);
    if (browserRows.length) {
      console.log(`\nHeadless Chromium (software WebGL), ms since navigation, median, max (every run), ${browserRuns} fresh contexts each, alternating:\n`);
      console.log([TIMING_HEADER, ...browserRows].join('\n'));
    }
    await db.$disconnect();

    if (loadSeconds > 0 && sizes.length > 0) {
      server = await startServer(port, process.env.DATABASE_URL!);
      const boxes = viewports(0.01, 200).map((b) => `/api/items?bbox=${b.map((v) => v.toFixed(4)).join(',')}&limit=500`);
      const tiles = tilePaths(SEED);
      console.log(`\nThroughput with ${label(sizes[sizes.length - 1])} items, 16 connections, ${loadSeconds} s each, next start:`);
      console.log('\n| requests | req/s | p50 | p97.5 | p99 | total | errors (incl. non-2xx, timeouts) |');
      console.log('|---|---:|---:|---:|---:|---:|---:|');
      console.log(await load('viewport 1% of the world, limit 500', boxes));
      console.log(await load('tiles z6–z11 around cities', tiles));
    }
    if (loadSeconds > 0) await benchTilesThroughNginx(loadSeconds, SEED);
  } finally {
    server?.kill('SIGTERM');
    await postgres?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
