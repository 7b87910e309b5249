import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { bboxOf, unionBBox } from './bbox';

function square(x: number, y: number, size: number): number[][] {
  return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
}

describe('bboxOf', () => {
  it('handles a Point', () => {
    expect(bboxOf({ type: 'Point', coordinates: [36.3, 33.5] })).toEqual([36.3, 33.5, 36.3, 33.5]);
  });

  it('handles a MultiPoint', () => {
    expect(bboxOf({ type: 'MultiPoint', coordinates: [[10, 5], [-3, 8], [4, -2]] })).toEqual([-3, -2, 10, 8]);
  });

  it('handles a LineString', () => {
    expect(bboxOf({ type: 'LineString', coordinates: [[30, 50], [35, 45], [32, 48]] })).toEqual([30, 45, 35, 50]);
  });

  it('handles a MultiLineString', () => {
    const g: Geometry = { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[-5, 2], [-4, 3]]] };
    expect(bboxOf(g)).toEqual([-5, 0, 1, 3]);
  });

  it('handles a Polygon', () => {
    expect(bboxOf({ type: 'Polygon', coordinates: [square(35, 33, 2)] })).toEqual([35, 33, 37, 35]);
  });

  it('handles a MultiPolygon', () => {
    const g: Geometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(10, -5, 2)]] };
    expect(bboxOf(g)).toEqual([0, -5, 12, 1]);
  });

  it('handles a GeometryCollection', () => {
    const g: Geometry = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [-20, 60] },
        { type: 'Polygon', coordinates: [square(5, 5, 1)] },
      ],
    };
    expect(bboxOf(g)).toEqual([-20, 5, 6, 60]);
  });

  it('returns null for an empty geometry', () => {
    expect(bboxOf({ type: 'GeometryCollection', geometries: [] })).toBeNull();
  });

  it('keeps unwrapped longitudes beyond 180 as stored', () => {
    expect(bboxOf({ type: 'LineString', coordinates: [[170, 0], [190, 1]] })).toEqual([170, 0, 190, 1]);
  });

  it('spans the antimeridian narrowly with the antimeridian option', () => {
    const g: Geometry = { type: 'MultiPoint', coordinates: [[178, -17], [-179, -16], [177, -18]] };
    expect(bboxOf(g, { antimeridian: true })).toEqual([177, -18, 181, -16]);
  });

  it('gives the plain box with the antimeridian option when nothing crosses', () => {
    const g: Geometry = { type: 'MultiPoint', coordinates: [[30, 40], [40, 30]] };
    expect(bboxOf(g, { antimeridian: true })).toEqual([30, 30, 40, 40]);
  });
});

describe('unionBBox', () => {
  it('covers both boxes', () => {
    expect(unionBBox([0, 0, 1, 1], [-1, 0.5, 0.5, 2])).toEqual([-1, 0, 1, 2]);
  });
});
