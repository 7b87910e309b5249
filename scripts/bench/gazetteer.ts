// node --expose-gc --import tsx scripts/bench/gazetteer.ts
//
// What the drafter's gazetteer costs the server, side by side in one process: loading the generated
// lib/generated/gazetteer.json (loadGazetteer) against deriving the same data from the packages
// (buildGazetteer, what the server would do without the install step); then recognising the places of the
// seeded article once the gazetteer is loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc');

function heapMb(): number {
  gc!();
  return process.memoryUsage().heapUsed / 1e6;
}

async function cost(label: string, load: () => Promise<number>): Promise<void> {
  const heapBefore = heapMb();
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  const places = await load();
  const cpu = process.cpuUsage(cpuBefore);
  const ms = performance.now() - start;
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the others' load.
  console.log(`| ${label} | ${places} | ${ms.toFixed(0)} ms | ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms | ${(heapMb() - heapBefore).toFixed(1)} MB |`);
}

async function main(): Promise<void> {
  console.log('| gazetteer | places | first load (wall) | first load (CPU) | heap kept |\n|---|---|---|---|---|');
  let kept: unknown;
  const { loadGazetteer } = await import('@/lib/draft/gazetteer');
  const { buildGazetteer } = await import('@/lib/draft/gazetteer-build');
  await cost('generated file (loadGazetteer)', async () => loadGazetteer().size.places);
  await cost('derived from the packages (buildGazetteer)', async () => {
    const { data } = buildGazetteer();
    kept = data;
    return data.name.length;
  });
  void kept;

  const { recognisePlaces } = await import('@/lib/draft/recognise');
  const article = readFileSync(path.join(process.cwd(), 'prisma', 'seed', 'article-gerasimov-brown.fr.txt'), 'utf8');
  const runs = 50;
  const timings: number[] = [];
  let mentions = 0;
  const cpuBefore = process.cpuUsage();
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    mentions = recognisePlaces(article, 'fr').length;
    timings.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuBefore);
  timings.sort((a, b) => a - b);
  console.log(`CPU per run, mean: ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms`);
  console.log(`\nrecognisePlaces on the seeded article (${article.length} characters): ${mentions} mentions, median ${timings[runs / 2].toFixed(1)} ms over ${runs} runs (first run ${timings.length && timings[runs - 1].toFixed(1)} ms at worst)`);
}

void main();
