import { describe, expect, it } from 'vitest';
import { tileAt, tileBBox, tileCoordinatesSchema } from './tile-math';

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

describe('tileAt', () => {
  it('finds the tile whose box holds the point', () => {
    const kyiv: [number, number] = [30.52, 50.45];
    for (const zoom of [0, 4, 8, 12]) {
      const [w, s, e, n] = tileBBox(tileAt(kyiv, zoom));
      expect(kyiv[0]).toBeGreaterThanOrEqual(w);
      expect(kyiv[0]).toBeLessThan(e);
      expect(kyiv[1]).toBeGreaterThanOrEqual(s);
      expect(kyiv[1]).toBeLessThan(n);
    }
  });

  it('keeps the world edge inside the last tile', () => {
    expect(tileAt([180, -85.06], 2)).toEqual({ z: 2, x: 3, y: 3 });
  });
});
