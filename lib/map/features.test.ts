import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { ItemKind } from '@/lib/items/kinds';
import type { ItemFeature } from '@/lib/items/types';
import { makeItemFeature } from '@/lib/testing/item-feature';
import { toMapFeatures } from './features';

function item(kind: ItemKind, geometry: Geometry, overrides: Partial<ItemFeature['properties']> = {}): ItemFeature {
  return makeItemFeature({ id: 1, kind, ...overrides }, geometry);
}

const call = () => item('diplomatic_contact', { type: 'LineString', coordinates: [[37.6, 55.7], [-77, 38.9]] });

describe('toMapFeatures', () => {
  it('draws a contact as a densified arc', () => {
    const [arc] = toMapFeatures([call()]).features;
    expect(arc.geometry.type).toBe('LineString');
    expect((arc.geometry as { coordinates: unknown[] }).coordinates.length).toBeGreaterThan(2);
  });

  it('adds both endpoints of an arc as points', () => {
    const endpoints = toMapFeatures([call()]).features.filter((f) => f.properties.role === 'endpoint');
    expect(endpoints.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [37.6, 55.7] },
      { type: 'Point', coordinates: [-77, 38.9] },
    ]);
  });

  it('keeps a front line as drawn', () => {
    const line = { type: 'LineString' as const, coordinates: [[36, 36], [37, 35]] };
    expect(toMapFeatures([item('front_line', line)]).features).toHaveLength(1);
  });

  it('marks claimed items as unverified', () => {
    const [feature] = toMapFeatures([item('strike', { type: 'Point', coordinates: [35, 48] }, { status: 'claimed' })]).features;
    expect(feature.properties.unverified).toBe(true);
  });

  it('carries the support level to the shape and its arc ends', () => {
    const [quote] = makeItemFeature().properties.excerpts;
    const excerpts = [{ ...quote, attribution: 'the Kremlin' }];
    const features = toMapFeatures([item('diplomatic_contact', { type: 'LineString', coordinates: [[37.6, 55.7], [-77, 38.9]] }, { excerpts })]).features;
    expect(features.map((feature) => feature.properties.support)).toEqual(['one-party', 'one-party', 'one-party']);
  });
});
