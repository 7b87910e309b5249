import { describe, expect, it } from 'vitest';
import { geometrySchema } from '@/lib/items/schema';
import { syntheticItem } from './synthetic-items';

const stream = (seed: number, count: number) => Array.from({ length: count }, (_, index) => syntheticItem(seed, index));

describe('syntheticItem', () => {
  it('gives the same item for the same seed and index', () => {
    expect(syntheticItem(42, 1234)).toEqual(syntheticItem(42, 1234));
  });

  it('gives different items for another seed', () => {
    expect(stream(1, 20)).not.toEqual(stream(2, 20));
  });

  it('makes geometries the app itself would accept', () => {
    for (const item of stream(42, 2000)) expect(geometrySchema.safeParse(item.geometry).success).toBe(true);
  });

  it('clusters about half of the items around cities and spreads the rest', () => {
    const clustered = stream(42, 4000).filter((item) => item.clustered).length;
    expect(clustered / 4000).toBeGreaterThan(0.45);
    expect(clustered / 4000).toBeLessThan(0.55);
  });
});
