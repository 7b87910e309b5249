import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { ringArea } from '@/lib/geo/antimeridian';
import { makeItemFeature } from '@/lib/testing/item-feature';
import { exportGeoJson, toExportCollection } from './geojson';

describe('toExportCollection', () => {
  it('exports exactly the items given, in their order', () => {
    const items = [makeItemFeature({ id: 5 }), makeItemFeature({ id: 2 })];
    expect(toExportCollection(items).features.map((f) => f.id)).toEqual([5, 2]);
  });

  it('puts the excerpts with their offsets and the source title in the properties', () => {
    const [feature] = toExportCollection([makeItemFeature()]).features;
    expect(feature.properties.source).toBe('Premier appel (Guérassimov–Brown)');
    expect(feature.properties.excerpts).toEqual([
      {
        sourceId: 1, start: 10, end: 36, text: 'le tir le 21 novembre, «x»', language: 'fr', sourceTitle: 'Premier appel (Guérassimov–Brown)',
        outlet: 'Le Monde', publishedAt: '2024-12-05', attribution: null,
      },
    ]);
  });

  it('carries every source of an item: ids, outlets, titles and the support they give', () => {
    const [first] = makeItemFeature().properties.excerpts;
    const second = { ...first, id: 8, sourceId: 2, sourceTitle: 'Second report', outlet: 'Reuters', publishedAt: '2024-12-07' };
    const [feature] = toExportCollection([makeItemFeature({ excerpts: [first, second] })]).features;
    expect(feature.properties.sourceIds).toEqual([1, 2]);
    expect(feature.properties.outlets).toEqual(['Le Monde', 'Reuters']);
    expect(feature.properties.source).toBe('Premier appel (Guérassimov–Brown); Second report');
    expect(feature.properties.support).toEqual({ sources: 2, outlets: 2, level: 'corroborated' });
  });

  it('leaves out what only the database needs (version, excerpt ids)', () => {
    const [feature] = toExportCollection([makeItemFeature()]).features;
    expect(feature.properties).not.toHaveProperty('version');
    expect(feature.properties.excerpts[0]).not.toHaveProperty('id');
  });

  it('writes coordinates with at most 6 decimals', () => {
    const [feature] = toExportCollection([makeItemFeature({}, { type: 'Point', coordinates: [35.00051234567, 48.43660000001] })]).features;
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [35.000512, 48.4366] });
  });

  it('winds polygons by the right-hand rule', () => {
    const clockwise: Position[] = [[30, 40], [30, 45], [35, 45], [35, 40], [30, 40]];
    const [feature] = toExportCollection([makeItemFeature({ kind: 'exercise_area' }, { type: 'Polygon', coordinates: [clockwise] })]).features;
    expect(ringArea((feature.geometry as { coordinates: Position[][] }).coordinates[0])).toBeGreaterThan(0);
  });

  it('splits a deployment across the Pacific at the antimeridian', () => {
    const pacific = makeItemFeature({ kind: 'troop_deployment' }, { type: 'LineString', coordinates: [[145.75, 15.2], [-157.95, 21.35]] });
    const [feature] = toExportCollection([pacific]).features;
    expect(feature.geometry.type).toBe('MultiLineString');
    const [west, east] = (feature.geometry as { coordinates: Position[][] }).coordinates;
    expect(west[0]).toEqual([145.75, 15.2]);
    expect(west[1][0]).toBe(180);
    expect(east[0][0]).toBe(-180);
    expect(east[1]).toEqual([-157.95, 21.35]);
  });
});

describe('exportGeoJson', () => {
  it('is a parseable FeatureCollection', () => {
    const parsed = JSON.parse(exportGeoJson([makeItemFeature()]));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features).toHaveLength(1);
  });
});
