import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measurePyramid, overBudget } from './basemap-budget';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A pyramid on disk with tiles of the given sizes, one per column of zoom 2. */
function pyramidOf(sizes: number[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyramid-'));
  dirs.push(dir);
  sizes.forEach((size, x) => {
    fs.mkdirSync(path.join(dir, '2', String(x)), { recursive: true });
    fs.writeFileSync(path.join(dir, '2', String(x), '0.pbf'), Buffer.alloc(size));
  });
  return dir;
}

describe('measurePyramid', () => {
  it('counts every tile, empty ones too, and keeps the largest', () => {
    expect(measurePyramid(pyramidOf([0, 300, 100]))).toEqual({ tiles: 3, bytes: 400, largestTileBytes: 300 });
  });
});

describe('overBudget', () => {
  it('is empty within the budget', () => {
    expect(overBudget('reference', { tiles: 3, bytes: 400, largestTileBytes: 300 }, { bytes: 400, largestTileBytes: 300 })).toEqual([]);
  });

  it('names a total and a tile over budget', () => {
    expect(overBudget('reference', { tiles: 3, bytes: 401, largestTileBytes: 301 }, { bytes: 400, largestTileBytes: 300 })).toHaveLength(2);
  });

  it('refuses a missing pyramid', () => {
    expect(overBudget('plain', { tiles: 0, bytes: 0, largestTileBytes: 0 }, { bytes: 1, largestTileBytes: 1 })).toEqual(['plain: no tiles (run npm run basemap first)']);
  });
});
