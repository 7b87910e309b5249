import { describe, expect, it } from 'vitest';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { ringArea } from './antimeridian';
import { normaliseShape, prepareGeometryInput } from './normalise';

/** Chukotka drawn with a jump: from 170°E eastwards over the antimeridian to 172°W. */
const chukotka = (): Polygon => ({ type: 'Polygon', coordinates: [[[170, 62], [-172, 62], [-172, 68], [170, 68], [170, 62]]] });

/** A counterclockwise square with a clockwise hole. */
const squareWithHole = (): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[2, 2], [2, 8], [8, 8], [8, 2], [2, 2]],
  ],
});

const reversed = (ring: Position[]) => [...ring].reverse();

describe('normaliseShape: the antimeridian', () => {
  it('cuts a polygon that jumps across the antimeridian into parts either side of ±180', () => {
    expect(normaliseShape(chukotka())).toEqual({
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [[[170, 62], [180, 62], [180, 68], [170, 68], [170, 62]]],
          [[[-180, 62], [-172, 62], [-172, 68], [-180, 68], [-180, 62]]],
        ],
      },
      notices: ['split-at-antimeridian'],
    });
  });

  it('cuts a line from 179°E to 179°W into a MultiLineString meeting at ±180', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[179, 10], [-179, 12]] };

    expect(normaliseShape(line)).toEqual({
      geometry: { type: 'MultiLineString', coordinates: [[[179, 10], [180, 11]], [[-180, 11], [-179, 12]]] },
      notices: ['split-at-antimeridian'],
    });
  });

  it('cuts the one part of a MultiPolygon that jumps and keeps the others', () => {
    const kyiv: Position[][] = [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]];
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [kyiv, chukotka().coordinates] };

    const { geometry } = normaliseShape(multi);

    expect((geometry as MultiPolygon).coordinates).toHaveLength(3);
    expect((geometry as MultiPolygon).coordinates).toContainEqual(kyiv);
  });

  it('leaves a shape already cut at ±180 (the way Fiji is drawn) as it is', () => {
    const fiji: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [[[177, -18], [180, -18], [180, -16], [177, -16], [177, -18]]],
        [[[-180, -17], [-179, -17], [-179, -16], [-180, -16], [-180, -17]]],
      ],
    };

    expect(normaliseShape(fiji)).toEqual({ geometry: fiji, notices: [] });
  });

  it('takes a step of exactly 180° as it is drawn: no jump', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[-90, 0], [90, 0]] };

    expect(normaliseShape(line)).toEqual({ geometry: line, notices: [] });
  });

  it('reads a step of more than 180° as crossing the short way, wherever it is', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[-100, 0], [100, 0]] };

    expect(normaliseShape(line).geometry).toEqual({ type: 'MultiLineString', coordinates: [[[-100, 0], [-180, 0]], [[180, 0], [100, 0]]] });
  });

  it('leaves points alone, even on either side of the antimeridian', () => {
    const points: Geometry = { type: 'MultiPoint', coordinates: [[179, 0], [-179, 0]] };

    expect(normaliseShape(points)).toEqual({ geometry: points, notices: [] });
  });
});

describe('normaliseShape: winding (right-hand rule)', () => {
  it('turns a clockwise exterior ring round, and says so', () => {
    const clockwise: Polygon = { type: 'Polygon', coordinates: [reversed(squareWithHole().coordinates[0])] };

    const { geometry, notices } = normaliseShape(clockwise);

    expect(ringArea((geometry as Polygon).coordinates[0])).toBeGreaterThan(0);
    expect(notices).toEqual(['rewound']);
  });

  it('keeps the holes, turning a counterclockwise one clockwise', () => {
    const [outer, hole] = squareWithHole().coordinates;
    const wrong: Polygon = { type: 'Polygon', coordinates: [reversed(outer), reversed(hole)] };

    expect(normaliseShape(wrong)).toEqual({ geometry: squareWithHole(), notices: ['rewound'] });
  });

  it('leaves a polygon wound by the rule as it is', () => {
    const polygon = squareWithHole();

    expect(normaliseShape(polygon)).toEqual({ geometry: polygon, notices: [] });
  });

  it('rewinds the parts of a clockwise polygon cut at the antimeridian', () => {
    const clockwise: Polygon = { type: 'Polygon', coordinates: [reversed(chukotka().coordinates[0])] };

    const { geometry, notices } = normaliseShape(clockwise);

    expect((geometry as MultiPolygon).coordinates.map((rings) => ringArea(rings[0]) > 0)).toEqual([true, true]);
    expect(notices).toEqual(['split-at-antimeridian', 'rewound']);
  });
});

describe('prepareGeometryInput', () => {
  it('drops the altitude of every position, and says so', () => {
    const line = { type: 'LineString', coordinates: [[30, 50, 120], [31, 51, 80.5]] };

    expect(prepareGeometryInput(line)).toEqual({
      geometry: { type: 'LineString', coordinates: [[30, 50], [31, 51]] },
      notices: ['altitude-dropped'],
    });
  });

  it('drops altitudes in the rings of a MultiPolygon', () => {
    const ring = [[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 0, 5]];

    expect(prepareGeometryInput({ type: 'MultiPolygon', coordinates: [[ring]] }).geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]],
    });
  });

  it('ignores a crs member, and says so', () => {
    const point = { type: 'Point', coordinates: [30, 50], crs: { type: 'name', properties: { name: 'EPSG:4326' } } };

    expect(prepareGeometryInput(point)).toEqual({ geometry: { type: 'Point', coordinates: [30, 50] }, notices: ['crs-ignored'] });
  });

  it('returns a plain geometry as the very same value, without notices', () => {
    const point = { type: 'Point', coordinates: [30, 50] };

    expect(prepareGeometryInput(point).geometry).toBe(point);
    expect(prepareGeometryInput(point).notices).toEqual([]);
  });

  it('leaves a third value that is not a number for the schema to refuse', () => {
    const point = { type: 'Point', coordinates: [30, 50, 'high'] };

    expect(prepareGeometryInput(point)).toEqual({ geometry: point, notices: [] });
  });

  it('leaves values that are not geometries as they are', () => {
    for (const value of [null, 'Point', 42, [30, 50]]) expect(prepareGeometryInput(value)).toEqual({ geometry: value, notices: [] });
  });
});
