import { describe, expect, it } from 'vitest';
import { tileBBox, tileCoordinatesSchema } from './tile-math';

describe('tileBBox', () => {
  it('covers the Mercator world at zoom 0', () => {
    const [w, s, e, n] = tileBBox({ z: 0, x: 0, y: 0 });
    expect([w, e]).toEqual([-180, 180]);
    expect(s).toBeCloseTo(-85.0511, 3);
    expect(n).toBeCloseTo(85.0511, 3);
  });

  it('gives the north-east quarter for 1/1/0', () => {
    const [w, s, e, n] = tileBBox({ z: 1, x: 1, y: 0 });
    expect([w, s, e]).toEqual([0, 0, 180]);
    expect(n).toBeCloseTo(85.0511, 3);
  });

  it('grows the box by the buffer, past 180 at the edge of the world', () => {
    const [w, , e] = tileBBox({ z: 1, x: 1, y: 0 }, 0.25);
    expect([w, e]).toEqual([-45, 225]);
  });
});

describe('tileCoordinatesSchema', () => {
  it('parses path parameters into numbers', () => {
    expect(tileCoordinatesSchema.parse({ z: '3', x: '4', y: '5' })).toEqual({ z: 3, x: 4, y: 5 });
  });

  it('refuses x or y outside the zoom level, naming the parameter', () => {
    const result = tileCoordinatesSchema.safeParse({ z: '2', x: '4', y: '0' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['x']);
  });

  it('refuses zoom levels past the maximum and non-numbers', () => {
    expect(tileCoordinatesSchema.safeParse({ z: '23', x: '0', y: '0' }).success).toBe(false);
    expect(tileCoordinatesSchema.safeParse({ z: '1', x: 'a', y: '0' }).success).toBe(false);
  });
});
