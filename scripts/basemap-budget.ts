// npm run test:basemap (after npm run basemap): fails when a basemap pyramid grows past
// basemap-budget.json, in total bytes (what a deployment carries) or in its largest tile (what one
// view waits for). docs/basemap.md says what the pyramids hold and why they are this size.
import fs from 'node:fs';
import path from 'node:path';

export interface PyramidSize {
  tiles: number;
  bytes: number;
  largestTileBytes: number;
}

export interface PyramidBudget {
  bytes: number;
  largestTileBytes: number;
}

/** Tile count, total and largest size of the pyramid under `dir` ({z}/{x}/{y}.pbf). */
export function measurePyramid(dir: string): PyramidSize {
  const size: PyramidSize = { tiles: 0, bytes: 0, largestTileBytes: 0 };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.pbf')) continue;
    const bytes = fs.statSync(path.join(entry.parentPath, entry.name)).size;
    size.tiles++;
    size.bytes += bytes;
    size.largestTileBytes = Math.max(size.largestTileBytes, bytes);
  }
  return size;
}

/** What is over budget, in words; empty when within it. */
export function overBudget(name: string, size: PyramidSize, budget: PyramidBudget): string[] {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const problems: string[] = [];
  if (size.tiles === 0) problems.push(`${name}: no tiles (run npm run basemap first)`);
  if (size.bytes > budget.bytes) problems.push(`${name}: ${kib(size.bytes)} in all, budget ${kib(budget.bytes)}`);
  if (size.largestTileBytes > budget.largestTileBytes) problems.push(`${name}: largest tile ${kib(size.largestTileBytes)}, budget ${kib(budget.largestTileBytes)}`);
  return problems;
}

function main(): void {
  const { pyramids } = JSON.parse(fs.readFileSync('basemap-budget.json', 'utf8')) as { pyramids: Record<string, PyramidBudget> };
  const problems: string[] = [];
  for (const [name, budget] of Object.entries(pyramids)) {
    const dir = path.resolve('public', 'basemap', name);
    const size = fs.existsSync(dir) ? measurePyramid(dir) : { tiles: 0, bytes: 0, largestTileBytes: 0 };
    console.log(`  ${name}: ${size.tiles} tiles, ${(size.bytes / 1024 / 1024).toFixed(2)} MiB, largest tile ${(size.largestTileBytes / 1024).toFixed(1)} KiB`);
    problems.push(...overBudget(name, size, budget));
  }
  if (problems.length) {
    console.error(`basemap budget exceeded:\n  ${problems.join('\n  ')}\nThin the data, or raise basemap-budget.json on purpose.`);
    process.exit(1);
  }
  console.log('basemap budget ok');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('scripts/basemap-budget.ts')) main();
