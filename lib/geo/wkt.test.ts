import { describe, expect, it } from 'vitest';
import { toWkt } from './wkt';

describe('toWkt', () => {
  it('writes a point', () => {
    expect(toWkt({ type: 'Point', coordinates: [35.0005, 48.4366] })).toBe('POINT (35.0005 48.4366)');
  });

  it('writes a line', () => {
    expect(toWkt({ type: 'LineString', coordinates: [[37.6173, 55.7558], [-77.0369, 38.9072]] })).toBe(
      'LINESTRING (37.6173 55.7558, -77.0369 38.9072)',
    );
  });

  it('writes a polygon with a hole', () => {
    const outer = [[0, 0], [10, 0], [10, 10], [0, 0]];
    const hole = [[2, 2], [3, 3], [3, 2], [2, 2]];
    expect(toWkt({ type: 'Polygon', coordinates: [outer, hole] })).toBe('POLYGON ((0 0, 10 0, 10 10, 0 0), (2 2, 3 3, 3 2, 2 2))');
  });

  it('writes multi-part geometries', () => {
    expect(toWkt({ type: 'MultiLineString', coordinates: [[[170, 0], [180, 5]], [[-180, 5], [-170, 10]]] })).toBe(
      'MULTILINESTRING ((170 0, 180 5), (-180 5, -170 10))',
    );
    expect(toWkt({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] })).toBe(
      'MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))',
    );
    expect(toWkt({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] })).toBe('MULTIPOINT (1 2, 3 4)');
  });
});
