import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { hasAntimeridianJump, ringArea } from './antimeridian';
import { loadBorders, loadCoastline, loadCountries, type CountryFeature } from './countries';

function country(id: string): CountryFeature {
  const found = loadCountries().find((c) => c.id === id);
  if (!found) throw new Error(`country ${id} not found`);
  return found;
}

function largestPart(geometry: Polygon | MultiPolygon): Position[][] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.reduce((best, p) => (Math.abs(ringArea(p[0])) > Math.abs(ringArea(best[0])) ? p : best));
}

/** Even-odd point-in-polygon on raw coordinates (outer ring and holes). */
function insidePolygon([x, y]: Position, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

/** The label lng is normalised to [-180, 180]; the unwrapped geometry may sit one turn away. */
function labelInside(c: CountryFeature): boolean {
  const rings = largestPart(c.geometry);
  return [-360, 0, 360].some((shift) => insidePolygon([c.label[0] + shift, c.label[1]], rings));
}

describe('loadCountries', () => {
  it('draws no band for Russia', () => {
    expect(hasAntimeridianJump(country('RUS').geometry)).toBe(false);
  });

  it('draws no band for Fiji', () => {
    expect(hasAntimeridianJump(country('FJI').geometry)).toBe(false);
  });

  it('draws no band for Antarctica', () => {
    expect(hasAntimeridianJump(country('ATA').geometry)).toBe(false);
  });

  it('draws no band for any country', () => {
    expect(loadCountries().filter((c) => hasAntimeridianJump(c.geometry)).map((c) => c.id)).toEqual([]);
  });

  it('keeps Russia in one piece east of Europe (Chukotka beyond 180)', () => {
    const [w, , e] = country('RUS').bbox;
    expect(w).toBeGreaterThan(0);
    expect(e).toBeGreaterThan(180);
  });

  it.each([
    ['SYR', 'Syria'],
    ['UKR', 'Ukraine'],
    ['RUS', 'Russia'],
    ['USA', 'United States of America'],
    ['PRK', 'North Korea'],
    ['KOR', 'South Korea'],
    ['CYP', 'Cyprus'],
    ['LBN', 'Lebanon'],
  ])('has %s named %s', (id, name) => {
    expect(country(id)).toMatchObject({ id, name, isoA3: id });
  });

  it('has unique ids', () => {
    const ids = loadCountries().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('includes all 242 Natural Earth countries, point-sized ones too', () => {
    expect(loadCountries()).toHaveLength(242);
    expect(country('VAT').name).toBe('Vatican');
  });

  it('gives no ISO code to Natural Earth-only entities', () => {
    expect([country('XKX').isoA3, country('CYN').isoA3, country('SOL').isoA3]).toEqual([null, null, null]);
  });

  it('places each label point inside the largest part of its country', () => {
    const outside = loadCountries().filter((c) => !labelInside(c)).map((c) => c.id);
    expect(outside).toEqual([]);
  });

  it('keeps label longitudes within [-180, 180]', () => {
    expect(loadCountries().every((c) => c.label[0] >= -180 && c.label[0] <= 180)).toBe(true);
  });

  it('keeps small countries recognisable (Lebanon and Cyprus have real outlines)', () => {
    for (const id of ['LBN', 'CYP', 'PRK']) expect(largestPart(country(id).geometry)[0].length).toBeGreaterThan(12);
  });
});

describe('loadBorders and loadCoastline', () => {
  it('draws no band in borders', () => {
    expect(hasAntimeridianJump(loadBorders())).toBe(false);
  });

  it('draws no band in coastlines', () => {
    expect(hasAntimeridianJump(loadCoastline())).toBe(false);
  });
});
