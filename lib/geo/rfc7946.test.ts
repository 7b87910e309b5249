import { describe, expect, it } from 'vitest';
import type { Geometry, Polygon, Position } from 'geojson';
import { ringArea } from './antimeridian';
import { roundCoordinates, splitAtAntimeridian, toRfc7946Geometry, withRightHandRule } from './rfc7946';

const square = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const clockwise = (ring: Position[]) => [...ring].reverse();

describe('splitAtAntimeridian', () => {
  it('leaves geometries that do not cross the antimeridian as they are', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[37.6173, 55.7558], [-77.0369, 38.9072]] };
    expect(splitAtAntimeridian(line)).toEqual(line);
    const area: Geometry = { type: 'Polygon', coordinates: [square(30, 40, 35, 45)] };
    expect(splitAtAntimeridian(area)).toEqual(area);
  });

  it('cuts a line that jumps across the antimeridian into two, meeting at ±180', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[170, 0], [-170, 10]] };
    expect(splitAtAntimeridian(line)).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [[170, 0], [180, 5]],
        [[-180, 5], [-170, 10]],
      ],
    });
  });

  it('cuts a line at a vertex that lies on the antimeridian without a zero-length piece', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[170, 0], [180, 0], [-170, 0]] };
    expect(splitAtAntimeridian(line)).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [[170, 0], [180, 0]],
        [[-180, 0], [-170, 0]],
      ],
    });
  });

  it('cuts every line of a MultiLineString and keeps the others', () => {
    const lines: Geometry = {
      type: 'MultiLineString',
      coordinates: [
        [[0, 0], [10, 0]],
        [[-175, 0], [175, 0]],
      ],
    };
    expect(splitAtAntimeridian(lines)).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [[0, 0], [10, 0]],
        [[-175, 0], [-180, 0]],
        [[180, 0], [175, 0]],
      ],
    });
  });

  it('cuts a polygon across the antimeridian into a MultiPolygon with one part per side', () => {
    const area: Geometry = { type: 'Polygon', coordinates: [[[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]]] };
    const split = splitAtAntimeridian(area);
    expect(split.type).toBe('MultiPolygon');
    const parts = (split as { coordinates: Position[][][] }).coordinates;
    const ranges = parts.map((part) => {
      const lngs = part[0].map(([lng]) => lng);
      return [Math.min(...lngs), Math.max(...lngs)];
    });
    expect(ranges).toEqual([
      [170, 180],
      [-180, -170],
    ]);
    expect(parts.every((part) => Math.abs(ringArea(part[0])) === 200)).toBe(true);
  });
});

describe('withRightHandRule', () => {
  it('winds the exterior ring counterclockwise and holes clockwise', () => {
    const area: Polygon = { type: 'Polygon', coordinates: [clockwise(square(0, 0, 10, 10)), square(2, 2, 4, 4)] };
    const [outer, hole] = (withRightHandRule(area) as Polygon).coordinates;
    expect(ringArea(outer)).toBeGreaterThan(0);
    expect(ringArea(hole)).toBeLessThan(0);
  });

  it('leaves rings that already follow the rule untouched', () => {
    const area: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10, 10)] };
    expect(withRightHandRule(area)).toEqual(area);
  });

  it('never reverses a line: its direction means origin to destination', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[125.7625, 39.0392], [35.6, 51.4]] };
    expect(withRightHandRule(line)).toEqual(line);
  });
});

describe('roundCoordinates', () => {
  it('keeps 6 decimals and never writes -0', () => {
    expect(roundCoordinates({ type: 'Point', coordinates: [35.00051234567, -0.0000001] })).toEqual({
      type: 'Point',
      coordinates: [35.000512, 0],
    });
  });
});

describe('toRfc7946Geometry', () => {
  it('splits, winds and rounds in one go', () => {
    const area: Geometry = {
      type: 'Polygon',
      coordinates: [clockwise([[170.1234567, -10], [-170, -10], [-170, 10], [170.1234567, 10], [170.1234567, -10]])],
    };
    const result = toRfc7946Geometry(area) as { type: string; coordinates: Position[][][] };
    expect(result.type).toBe('MultiPolygon');
    for (const part of result.coordinates) expect(ringArea(part[0])).toBeGreaterThan(0);
    expect(result.coordinates[0][0].map(([lng]) => lng)).toContain(170.123457);
  });
});
