import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { bboxOf, shapeBBox, splitAtAntimeridian, storedBoxesMeeting, unionBBox, withinBBox, wrapBBox } from './bbox';

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

describe('splitAtAntimeridian', () => {
  it('keeps a box that does not cross the antimeridian', () => {
    expect(splitAtAntimeridian([30, 40, 40, 50])).toEqual([[30, 40, 40, 50]]);
  });

  it('splits a box whose west lies east of its east into the parts either side of 180°', () => {
    expect(splitAtAntimeridian([170, -20, -170, 20])).toEqual([
      [170, -20, 180, 20],
      [-180, -20, -170, 20],
    ]);
  });
});

describe('wrapBBox', () => {
  it('keeps a box within -180..180', () => {
    expect(wrapBBox([30, 40, 40, 50])).toEqual([30, 40, 40, 50]);
  });

  it('turns a box reaching east past 180 into one crossing the antimeridian', () => {
    expect(wrapBBox([19, 41, 191, 82])).toEqual([19, 41, -169, 82]);
  });

  it('turns a box reaching west past -180 into one crossing the antimeridian', () => {
    expect(wrapBBox([-187, 18, -66, 72])).toEqual([173, 18, -66, 72]);
  });

  it('covers every longitude for a box 360° wide', () => {
    expect(wrapBBox([-180, -90, 180, -60])).toEqual([-180, -90, 180, -60]);
    expect(wrapBBox([-190, -90, 175, -60])).toEqual([-180, -90, 180, -60]);
  });
});

/** Chukotka as the write path stores it: cut at the antimeridian (lib/geo/normalise.ts). */
const chukotkaCut = (): Geometry => ({
  type: 'MultiPolygon',
  coordinates: [
    [[[170, 62], [180, 62], [180, 68], [170, 68], [170, 62]]],
    [[[-180, 62], [-172, 62], [-172, 68], [-180, 68], [-180, 62]]],
  ],
});

describe('shapeBBox', () => {
  it('is the plain box of a shape away from the antimeridian', () => {
    expect(shapeBBox({ type: 'Polygon', coordinates: [square(35, 33, 2)] })).toEqual([35, 33, 37, 35]);
  });

  it('covers the parts of a shape cut at the antimeridian across it, not around the world', () => {
    expect(shapeBBox(chukotkaCut())).toEqual([170, 62, 188, 68]);
  });

  it('covers a line cut at the antimeridian across it', () => {
    expect(shapeBBox({ type: 'MultiLineString', coordinates: [[[179, 10], [180, 11]], [[-180, 11], [-179, 12]]] })).toEqual([179, 10, 181, 12]);
  });

  it('keeps a wide shape that does not cross the antimeridian as drawn, whatever gap its corners leave', () => {
    const band: Geometry = { type: 'Polygon', coordinates: [[[-170, 0], [-10, 0], [10, 0], [170, 0], [170, 5], [-170, 5], [-170, 0]]] };

    expect(shapeBBox(band)).toEqual([-170, 0, 170, 5]);
  });

  it('takes the narrower way round for parts far apart', () => {
    const alaskaAndKamchatka: Geometry = { type: 'MultiPoint', coordinates: [[-150, 60], [160, 55]] };

    expect(shapeBBox(alaskaAndKamchatka)).toEqual([160, 55, 210, 60]);
  });

  it('is null for a shape without positions', () => {
    expect(shapeBBox({ type: 'GeometryCollection', geometries: [] })).toBeNull();
  });
});

describe('storedBoxesMeeting', () => {
  it('adds the copy 360° east of a query box, for stored boxes reaching past 180', () => {
    expect(storedBoxesMeeting([-180, 60, -170, 70])).toEqual([
      [-180, 60, -170, 70],
      [180, 60, 190, 70],
    ]);
  });

  it('does so for both halves of a box crossing the antimeridian', () => {
    expect(storedBoxesMeeting([175, 0, -175, 10])).toHaveLength(4);
  });
});

describe('withinBBox', () => {
  it('moves the parts west of the box by 360°, so the shape lies within its box', () => {
    expect(withinBBox(chukotkaCut(), [170, 62, 188, 68])).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [[[170, 62], [180, 62], [180, 68], [170, 68], [170, 62]]],
        [[[180, 62], [188, 62], [188, 68], [180, 68], [180, 62]]],
      ],
    });
  });

  it('leaves a shape within its box as it is', () => {
    const polygon: Geometry = { type: 'Polygon', coordinates: [square(35, 33, 2)] };

    expect(withinBBox(polygon, [35, 33, 37, 35])).toEqual(polygon);
  });
});
