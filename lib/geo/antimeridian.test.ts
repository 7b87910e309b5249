import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  hasAntimeridianJump,
  maxLngStep,
  normalizeLng,
  unwrapGeometry,
  unwrapLine,
  unwrapLngs,
  unwrapMultiPolygon,
  unwrapPolygon,
  unwrapRing,
} from './antimeridian';

/** A small Fiji-like island ring straddling 180°: stored as +179.x / -179.x. */
function fijiRing(): Position[] {
  return [
    [179.8, -16.6],
    [-179.9, -16.5],
    [-179.8, -16.3],
    [179.9, -16.2],
    [179.7, -16.4],
    [179.8, -16.6],
  ];
}

/** A Russia-like ring: starts in Europe, runs east past 180 (Chukotka) and back. */
function russiaRing(): Position[] {
  return [
    [30, 60],
    [100, 75],
    [179, 70],
    [-175, 66],
    [-170, 65],
    [179, 62],
    [140, 45],
    [60, 50],
    [30, 60],
  ];
}

/** An Antarctica-like ring circling the south pole (its end is its start after a full turn). */
function antarcticaRing(): Position[] {
  return [
    [-180, -84],
    [-90, -75],
    [0, -70],
    [90, -66],
    [180, -84],
  ];
}

/** An ordinary ring nowhere near the antimeridian (roughly Cyprus). */
function plainRing(): Position[] {
  return [
    [32.3, 34.7],
    [34.6, 35.7],
    [34.0, 35.0],
    [32.3, 34.7],
  ];
}

describe('normalizeLng', () => {
  it('leaves longitudes within [-180, 180] unchanged', () => {
    expect([-180, -12.5, 0, 179.9, 180].map(normalizeLng)).toEqual([-180, -12.5, 0, 179.9, 180]);
  });

  it('wraps longitudes outside [-180, 180]', () => {
    expect(normalizeLng(190)).toBeCloseTo(-170);
    expect(normalizeLng(-190)).toBeCloseTo(170);
    expect(normalizeLng(540)).toBeCloseTo(-180);
    expect(normalizeLng(725)).toBeCloseTo(5);
  });
});

describe('unwrapLngs', () => {
  it('keeps consecutive longitudes within 180 degrees of each other', () => {
    const out = unwrapLngs([[179, 0], [-179, 0], [-170, 1]]);
    expect(out.map((p) => p[0])).toEqual([179, 181, 190]);
  });

  it('moves the first position next to a reference longitude', () => {
    expect(unwrapLngs([[-179, 0]], 175)[0][0]).toBe(181);
  });

  it('does not modify its input', () => {
    const input = fijiRing();
    unwrapLngs(input);
    expect(input).toEqual(fijiRing());
  });
});

describe('unwrapRing', () => {
  it('makes a Fiji-like ring continuous and still closed', () => {
    const out = unwrapRing(fijiRing());
    expect(maxLngStep(out)).toBeLessThan(180);
    expect(out[out.length - 1]).toEqual(out[0]);
    expect(Math.max(...out.map((p) => p[0]))).toBeCloseTo(180.2);
  });

  it('makes a Russia-like ring continuous, Chukotka beyond 180', () => {
    const out = unwrapRing(russiaRing());
    expect(maxLngStep(out)).toBeLessThan(180);
    expect(out.map((p) => p[0])).toEqual([30, 100, 179, 185, 190, 179, 140, 60, 30]);
  });

  it('leaves a plain ring untouched', () => {
    expect(unwrapRing(plainRing())).toEqual(plainRing());
  });

  it('closes an Antarctica-like ring via the south pole', () => {
    const out = unwrapRing(antarcticaRing());
    expect(maxLngStep(out)).toBeLessThan(180);
    expect(out.slice(-3)).toEqual([[180, -90], [-180, -90], [-180, -84]]);
  });

  it('closes a ring around the north pole via the north pole', () => {
    const out = unwrapRing([[-180, 80], [0, 85], [180, 80]]);
    expect(out.slice(-3)).toEqual([[180, 90], [-180, 90], [-180, 80]]);
  });
});

describe('unwrapPolygon', () => {
  it('recentres a polygon that ended up entirely east of 180', () => {
    const out = unwrapPolygon([[[-179.5, 0], [-179, 1], [-179, 0], [-179.5, 0]]].map((r) => unwrapLngs(r, 180)));
    expect(out[0].map((p) => p[0])).toEqual([-179.5, -179, -179, -179.5]);
  });

  it('unwraps a hole next to its outer ring', () => {
    const outer: Position[] = [[178, -1], [-178, -1], [-178, 1], [178, 1], [178, -1]];
    const hole: Position[] = [[-179.5, -0.5], [179.5, -0.5], [179.5, 0.5], [-179.5, -0.5]];
    const [, outHole] = unwrapPolygon([outer, hole]);
    expect(outHole.map((p) => p[0])).toEqual([180.5, 179.5, 179.5, 180.5]);
  });
});

describe('unwrapMultiPolygon', () => {
  it('aligns small parts with the largest one', () => {
    const mainland: Position[] = [[100, 60], [170, 60], [170, 70], [100, 70], [100, 60]];
    const island: Position[] = [[-170, 65], [-169, 65], [-169, 66], [-170, 65]];
    const out = unwrapMultiPolygon([[mainland], [island]]);
    expect(out[1][0].map((p) => p[0])).toEqual([190, 191, 191, 190]);
  });

  it('keeps parts where they are when alignParts is false', () => {
    const mainland: Position[] = [[100, 60], [170, 60], [170, 70], [100, 70], [100, 60]];
    const island: Position[] = [[-170, 65], [-169, 65], [-169, 66], [-170, 65]];
    const out = unwrapMultiPolygon([[mainland], [island]], { alignParts: false });
    expect(out[1][0]).toEqual(island);
  });
});

describe('unwrapLine', () => {
  it('makes a line crossing the antimeridian continuous', () => {
    expect(unwrapLine([[170, 0], [-170, 0]]).map((p) => p[0])).toEqual([170, 190]);
  });
});

describe('hasAntimeridianJump', () => {
  it('detects a band-drawing segment in a raw Russia-like polygon', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [russiaRing()] };
    expect(hasAntimeridianJump(polygon)).toBe(true);
  });

  it('reports no jump once the geometry is unwrapped', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[russiaRing()], [fijiRing()], [antarcticaRing()]] };
    expect(hasAntimeridianJump(unwrapGeometry(multi))).toBe(false);
  });
});

describe('unwrapGeometry', () => {
  it('normalises point longitudes', () => {
    expect(unwrapGeometry({ type: 'Point', coordinates: [190, 5] }).coordinates).toEqual([-170, 5]);
  });

  it('leaves a plain polygon unchanged', () => {
    const polygon: Polygon = { type: 'Polygon', coordinates: [plainRing()] };
    expect(unwrapGeometry(polygon)).toEqual(polygon);
  });
});
