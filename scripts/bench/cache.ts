// The cacheable reads (lib/api/cache.ts) on the seeded database, side by side on SQLite and, when
// SITMAP_TEST_POSTGRES_URL names a server (`node scripts/with-postgres.mjs npm run bench -- --only=cache`),
// on PostgreSQL, in one run, through `next start` (autocannon; needs `npm run build`): the seeded
// /api/items answered 200 from the kept answer, 200 built from the rows (the first request of its URL,
// what every request cost before) and 304, against a public/ file of about the same size through the same
// server (Next's own static-file path), 16 connections each; then a 304 alone on one connection, whose
// latency is the time one request takes. (The route handlers cannot be imported in this process: the
// react-server condition it runs under has no React client context, which next/navigation needs.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createDb } from '@/lib/db/create-client';
import { migrateDatabase } from '@/lib/db/migrate';
import { createPostgresDatabase } from '@/lib/db/postgres-databases';
import { seedDatabase } from '@/prisma/seed/seed';
import { startServer, stopServer } from './server';

const ITEMS_URL = '/api/items';
/** Where a static file of about the body's size is looked for (small directories: no walk of the big pyramid). */
const STATIC_DIRS = ['public/fonts', 'public/basemap/plain'];

/** A URL per request that no earlier request asked: `limit` above the seeded count, so the same items. */
function builtUrl(i: number): string {
  return `${ITEMS_URL}?limit=${1000 + (i % 40_000)}`;
}

interface BenchDatabase {
  kind: string;
  url: string;
  remove: () => Promise<void>;
}

async function benchDatabases(): Promise<BenchDatabase[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-bench-cache-'));
  const databases: BenchDatabase[] = [{ kind: 'SQLite', url: `file:${path.join(dir, 'bench.db')}`, remove: async () => fs.rmSync(dir, { recursive: true, force: true }) }];
  const postgresServer = process.env.SITMAP_TEST_POSTGRES_URL;
  if (postgresServer) {
    const database = await createPostgresDatabase(postgresServer, 'sitmap_bench');
    databases.push({ kind: 'PostgreSQL', url: database.url, remove: database.drop });
  }
  for (const { url } of databases) {
    await migrateDatabase(url);
    const client = createDb(url);
    await seedDatabase(client);
    await client.$disconnect();
  }
  return databases;
}

/** The public file whose size is closest to `bytes`, as a URL path. */
function staticFileNear(bytes: number): { url: string; bytes: number } {
  const files = STATIC_DIRS.flatMap((dir) =>
    fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)) : [],
  );
  if (!files.length) throw new Error(`No static file under ${STATIC_DIRS.join(', ')}: run \`npm run basemap\` first.`);
  const sized = files.map((file) => ({ url: `/${path.relative('public', file).split(path.sep).join('/')}`, bytes: fs.statSync(file).size }));
  return sized.reduce((best, file) => (Math.abs(file.bytes - bytes) < Math.abs(best.bytes - bytes) ? file : best));
}

interface Load {
  name: string;
  urls: (i: number) => string;
  headers?: Record<string, string>;
  connections?: number;
  /** The status class every answer must have: anything else counts as an error. */
  expected: '2xx' | '3xx';
}

async function load(port: number, seconds: number, { name, urls, headers = {}, connections = 16, expected }: Load): Promise<string> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: urls(next++) }) }],
  });
  const errors = result.errors + result.timeouts + (result.requests.total - result[expected]);
  return `| ${name} | ${connections} | ${result.requests.average.toFixed(0)} | ${result.latency.average.toFixed(2)} ms | ${result.latency.p50} ms | ${result.latency.p97_5} ms | ${result.latency.p99} ms | ${result.requests.total} | ${errors} |`;
}

export async function benchCache({ port, seconds }: { port: number; seconds: number }): Promise<void> {
  const databases = await benchDatabases();
  const loadRows: string[] = [];
  try {
    for (const database of databases) {
      const server = await startServer(port, database.url);
      try {
        const first = await fetch(`http://127.0.0.1:${port}${ITEMS_URL}`);
        const etag = first.headers.get('etag');
        if (!etag) throw new Error(`${ITEMS_URL} answered without an ETag: is the build older than lib/api/cache.ts?`);
        const bytes = (await first.arrayBuffer()).byteLength;
        const file = staticFileNear(bytes);
        const loads: Load[] = [
          { name: `static file ${file.url} (${(file.bytes / 1024).toFixed(1)} KB)`, urls: () => file.url, expected: '2xx' },
          { name: `${ITEMS_URL} (${(bytes / 1024).toFixed(1)} KB) kept`, urls: () => ITEMS_URL, expected: '2xx' },
          { name: `${ITEMS_URL} built (each URL asked once)`, urls: builtUrl, expected: '2xx' },
          { name: `${ITEMS_URL} 304`, urls: () => ITEMS_URL, headers: { 'if-none-match': etag }, expected: '3xx' },
          { name: `${ITEMS_URL} 304`, urls: () => ITEMS_URL, headers: { 'if-none-match': etag }, connections: 1, expected: '3xx' },
        ];
        // Served once each first: the server's first answers are slower.
        for (const { urls, headers } of loads) await fetch(`http://127.0.0.1:${port}${urls(0)}`, { headers });
        for (const run of loads) {
          loadRows.push(`| ${database.kind} | ${(await load(port, seconds, run)).slice(2)}`);
          console.log(`  ${loadRows.at(-1)}`);
        }
      } finally {
        await stopServer(server);
      }
    }
  } finally {
    for (const database of databases) await database.remove();
  }
  console.log(`\nCacheable reads through next start, ${seconds} s each, side by side:\n`);
  console.log('| database | requests | connections | req/s | mean | p50 | p97.5 | p99 | total | errors |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(loadRows.join('\n'));
}
